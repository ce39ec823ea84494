import { PageTitle } from '@/components/layout/page-title';
import { Card } from '@/components/ui/card';
import { SettingsMessages, SettingsSections } from '@/components/settings/settings-sections';
import { SignOutForm } from '@/components/session/sign-out-form';
import { getI18n } from '@/lib/i18n';
import { withFlow, type SearchParams } from '@/app/_flow/with-flow';
import { TextLink } from '@/components/ui/text-link';
import { PhoneStatusList } from '@/components/settings/phone-status';
import { env } from '@/lib/env';
import { loadSession } from '@/lib/kratos';
import { phoneStatuses } from '@/lib/phone/verification';
import { accountDeletionEnabled } from '@/lib/account';

export default async function SettingsPage({ searchParams }: { searchParams: SearchParams }) {
  const [{ t }, session] = await Promise.all([getI18n(), loadSession()]);
  const phones = session.kind === 'session' ? phoneStatuses(session.session) : [];
  return withFlow('settings', searchParams, (flow) => (
    <div className="flex w-full max-w-md flex-col gap-6" data-testid="settings">
      <Card>
        <PageTitle title={t('settings.title')} />
        <SettingsMessages flow={flow} />
        <PhoneStatusList phones={phones} uiUrl={env().UI_URL} />
        <div className="mt-6 flex justify-between text-sm">
          <TextLink href="/">{t('nav.back-home')}</TextLink>
          <TextLink href="/devices">{t('devices.link')}</TextLink>
          {/* Signing out from settings goes back to the app that sent the user here. */}
          <SignOutForm returnTo={flow.returnTo} />
        </div>
      </Card>
      <SettingsSections flow={flow} />
      {accountDeletionEnabled() ? (
        <Card>
          <section aria-labelledby="settings-delete" data-testid="settings-delete">
            <h2 id="settings-delete" className="mb-1 text-lg font-semibold">
              {t('account.delete.section')}
            </h2>
            <p className="mb-3 text-sm text-muted">{t('account.delete.section-text')}</p>
            <TextLink href="/account/delete">{t('account.delete.link')}</TextLink>
          </section>
        </Card>
      ) : null}
    </div>
  ));
}
