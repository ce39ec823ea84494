import type { AppView } from '@/lib/hydra/types';
import { useI18n } from '@/lib/i18n';
import type { FlowView } from '@/lib/kratos/types';

/** Which app is asking: its logo (when it has one) and a line such as "Sign in to Example app". */
export function AppBanner({ app, title }: { app: AppView; title: string }) {
  return (
    <div className="mb-4 flex items-center gap-3" data-testid="oauth2-app">
      {app.logoUri ? (
        // The logo is the app's own, from its registration in Hydra.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={app.logoUri}
          alt=""
          width={40}
          height={40}
          className="h-10 w-10 rounded-brand border border-border object-contain"
          referrerPolicy="no-referrer"
        />
      ) : null}
      <p className="text-sm font-medium">{title}</p>
    </div>
  );
}

/** The banner of the app a login or registration flow signs in for (Hydra), if any. */
export function FlowAppBanner({ flow }: { flow: Pick<FlowView, 'oauth2'> }) {
  const { t } = useI18n();
  if (!flow.oauth2) return null;
  const { app } = flow.oauth2;
  return <AppBanner app={app} title={t('oauth2.login.title', { app: app.name })} />;
}
