import { redirect } from 'next/navigation';
import { PageTitle } from '@/components/layout/page-title';
import { DeviceItem } from '@/components/devices/device-item';
import { RevokeForm } from '@/components/devices/revoke-form';
import { SignOutForm } from '@/components/session/sign-out-form';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { TextLink } from '@/components/ui/text-link';
import { DEVICES_CSRF_PURPOSE, type DeviceNotice } from '@/lib/devices';
import { noticeTone, readNotice } from '@/lib/notices';
import { getI18n, type Translate } from '@/lib/i18n';
import { loadDevices } from '@/lib/kratos';
import { formToken, unavailableFrom } from '@/lib/own-forms';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function noticeText(t: Translate, notice: DeviceNotice, count: number): string {
  switch (notice) {
    case 'revoked':
      return t('devices.notice.revoked');
    case 'revoked-others':
      return t('devices.notice.revoked-others', { count });
    case 'csrf':
      return t('devices.notice.csrf');
    case 'not-found':
      return t('devices.notice.not-found');
    case 'current':
      return t('devices.notice.current');
  }
}

// Where the account is signed in: this device first, then every other active session, each
// with a plain-form "Sign out" (POST /devices/revoke, our own CSRF token). This device signs
// out through the normal sign-out (POST /logout).
export default async function DevicesPage({ searchParams }: { searchParams: SearchParams }) {
  const [outcome, { locale, t }, query, csrfToken] = await Promise.all([
    loadDevices(),
    getI18n(),
    searchParams,
    formToken(DEVICES_CSRF_PURPOSE),
  ]);
  if (outcome.kind === 'unavailable') redirect(unavailableFrom('/devices'));
  if (outcome.kind !== 'devices') redirect(outcome.to);
  const { current, others } = outcome.devices;
  const notice = readNotice('devices', query.notice);
  const count = Number(typeof query.count === 'string' ? query.count : '0') || 0;
  return (
    <div className="flex w-full max-w-md flex-col gap-6" data-testid="devices">
      <Card>
        <PageTitle title={t('devices.title')} subtitle={t('devices.subtitle')} />
        {notice ? (
          <div className="mb-4" data-testid="devices-notice" data-notice={notice}>
            <Alert tone={noticeTone(notice)}>{noticeText(t, notice, count)}</Alert>
          </div>
        ) : null}
        <h2 id="devices-this" className="mb-3 text-lg font-semibold">
          {t('devices.this-device')}
        </h2>
        <ul aria-labelledby="devices-this" className="flex flex-col gap-3">
          <DeviceItem
            device={current}
            locale={locale}
            action={() => <SignOutForm label={t('devices.sign-out-this')} />}
          />
        </ul>
        <div className="mt-6 flex justify-between gap-4 text-sm">
          <TextLink href="/">{t('nav.back-home')}</TextLink>
          <TextLink href="/settings">{t('home.settings')}</TextLink>
        </div>
      </Card>
      <Card>
        <h2 id="devices-others" className="mb-3 text-lg font-semibold">
          {t('devices.other-devices', { count: others.length })}
        </h2>
        {others.length ? (
          <>
            {outcome.truncated ? (
              <p className="mb-3 text-sm text-muted">
                {t('devices.truncated', { shown: others.length + 1, total: outcome.total })}
              </p>
            ) : null}
            <ul
              aria-labelledby="devices-others"
              className="flex flex-col gap-3"
              data-testid="other-devices"
            >
              {others.map((device) => (
                <DeviceItem
                  key={device.id}
                  device={device}
                  locale={locale}
                  action={(headingId) => (
                    <RevokeForm
                      csrfToken={csrfToken}
                      sessionId={device.id}
                      describedBy={headingId}
                      testId="device-sign-out"
                    >
                      {t('devices.sign-out')}
                    </RevokeForm>
                  )}
                />
              ))}
            </ul>
            <div className="mt-6">
              <RevokeForm csrfToken={csrfToken} variant="primary" testId="sign-out-others">
                {t('devices.sign-out-others')}
              </RevokeForm>
            </div>
          </>
        ) : (
          <p className="text-sm text-muted" data-testid="no-other-devices">
            {t('devices.none-other')}
          </p>
        )}
      </Card>
    </div>
  );
}
