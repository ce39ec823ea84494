import { LocalTime } from '@/components/ui/local-time';
import { TextLink } from '@/components/ui/text-link';
import type { AccountOverview } from '@/lib/account/overview';
import { useI18n } from '@/lib/i18n';

function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="border-t border-border pt-4">
      <h2 id={id} className="mb-2 text-base font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * The account at a glance, in plain words: who, which addresses (and a way to verify one that
 * is not), how the account is protected, where it is signed in and which apps hold access.
 */
export function OverviewSections({
  overview,
  locale,
}: {
  overview: AccountOverview;
  locale: string;
}) {
  const { t } = useI18n();
  const { methods } = overview;
  const unnamed = t('account.method.unnamed-key');
  return (
    <div className="flex flex-col gap-4 text-sm" data-testid="account-overview">
      <Section id="account-addresses" title={t('account.addresses')}>
        <ul className="flex flex-col gap-1" data-testid="account-addresses">
          {overview.addresses.map((a) => (
            <li key={`${a.via}-${a.value}`} className="flex flex-wrap items-center gap-2">
              <span className="break-all">{a.value}</span>
              {a.verified ? (
                <span className="text-success" data-verified="true">
                  {t('account.address.verified')}
                </span>
              ) : (
                <>
                  <span className="text-muted" data-verified="false">
                    {t('account.address.unverified')}
                  </span>
                  {a.via === 'email' ? (
                    <TextLink href="/verification" data-testid="verify-address">
                      {t('account.address.verify')}
                    </TextLink>
                  ) : null}
                </>
              )}
            </li>
          ))}
        </ul>
      </Section>
      <Section id="account-protection" title={t('account.protection')}>
        <p className="mb-2 font-medium" data-testid="two-step" data-on={overview.twoStep}>
          {overview.twoStep ? t('account.two-step.on') : t('account.two-step.off')}
        </p>
        {methods ? (
          <ul className="flex list-disc flex-col gap-1 ps-5" data-testid="sign-in-methods">
            {methods.password ? (
              <li data-method="password">{t('settings.password.title')}</li>
            ) : null}
            {methods.codeAddresses.length ? (
              <li data-method="code">
                {t('account.method.code', { addresses: methods.codeAddresses.join(', ') })}
              </li>
            ) : null}
            {methods.totp ? <li data-method="totp">{t('settings.totp.title')}</li> : null}
            {methods.securityKeys.length ? (
              <li data-method="webauthn">
                {t('account.method.security-keys', { count: methods.securityKeys.length })}:{' '}
                {methods.securityKeys.map((k) => k.name || unnamed).join(', ')}
              </li>
            ) : null}
            {methods.passkeys.length ? (
              <li data-method="passkey">
                {t('account.method.passkeys', { count: methods.passkeys.length })}:{' '}
                {methods.passkeys.map((k) => k.name || unnamed).join(', ')}
              </li>
            ) : null}
            {methods.backupCodesLeft !== undefined ? (
              <li data-method="lookup_secret" data-left={methods.backupCodesLeft}>
                {t('account.method.backup-codes', { count: methods.backupCodesLeft })}
              </li>
            ) : null}
          </ul>
        ) : null}
        <p className="mt-2">
          <TextLink href="/settings">{t('account.methods.manage')}</TextLink>
        </p>
      </Section>
      <Section id="account-activity" title={t('account.activity')}>
        <ul className="flex flex-col gap-1">
          {overview.signedInAt ? (
            <li data-testid="signed-in-at">
              {t('account.signed-in-at')} <LocalTime iso={overview.signedInAt} locale={locale} />
            </li>
          ) : null}
          {overview.devices !== undefined ? (
            <li data-testid="devices-count" data-count={overview.devices}>
              <TextLink href="/devices">
                {t('account.devices', { count: overview.devices })}
              </TextLink>
            </li>
          ) : null}
          {overview.apps !== undefined ? (
            <li data-testid="apps-count" data-count={overview.apps}>
              <TextLink href="/apps">{t('account.apps', { count: overview.apps })}</TextLink>
            </li>
          ) : null}
        </ul>
      </Section>
    </div>
  );
}
