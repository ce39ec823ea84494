import { PageTitle } from '@/components/layout/page-title';
import { Card } from '@/components/ui/card';
import { SettingsMessages, SettingsSections } from '@/components/settings/settings-sections';
import { SignOutForm } from '@/components/session/sign-out-form';
import { getI18n } from '@/lib/i18n';
import { withFlow, type SearchParams } from '@/app/(shell)/_flow/with-flow';
import { TextLink } from '@/components/ui/text-link';
import { PhoneStatusList } from '@/components/settings/phone-status';
import { env } from '@/lib/env';
import { loadSession } from '@/lib/kratos';
import { phoneStatuses } from '@/lib/phone/verification';

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
    </div>
  ));
}
