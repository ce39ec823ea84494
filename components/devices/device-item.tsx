import type { ReactNode } from 'react';
import { useI18n, type OwnKey, type Translate } from '@/lib/i18n';
import type { AuthMethodView, DeviceView } from '@/lib/kratos';
import { LocalTime } from '@/components/ui/local-time';

const METHOD_KEYS: Record<string, OwnKey> = {
  password: 'devices.method.password',
  code: 'devices.method.code',
  totp: 'devices.method.totp',
  lookup_secret: 'devices.method.lookup_secret',
  webauthn: 'devices.method.webauthn',
  passkey: 'devices.method.passkey',
  link_recovery: 'devices.method.recovery',
  code_recovery: 'devices.method.recovery',
};

function methodLabel(t: Translate, m: AuthMethodView): string {
  if (m.method === 'oidc') {
    return m.provider
      ? t('devices.method.oidc-provider', { provider: m.provider })
      : t('devices.method.oidc');
  }
  const key = METHOD_KEYS[m.method];
  return key ? t(key) : t('devices.method.other', { method: m.method });
}

function aalLabel(t: Translate, aal: string): string {
  if (aal === 'aal1') return t('devices.aal.aal1');
  if (aal === 'aal2') return t('devices.aal.aal2');
  return t('devices.aal.other', { aal });
}

/** "Chrome 140 on Linux", from the parsed user agent. */
function deviceName(t: Translate, device: DeviceView): string {
  return t('devices.name', {
    browser: device.userAgent.browser ?? t('devices.unknown-browser'),
    os: device.userAgent.os ?? t('devices.unknown-os'),
  });
}

/** One signed-in session: what it is, where from, how and when; `action` signs it out. */
export function DeviceItem({
  device,
  locale,
  action,
}: {
  device: DeviceView;
  locale: string;
  action: (headingId: string) => ReactNode;
}) {
  const { t } = useI18n();
  const headingId = `device-${device.id}`;
  // Kratos lists each method once per step; the same method twice reads as noise.
  const methods = [...new Set(device.methods.map((m) => methodLabel(t, m)))];
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  return (
    <li
      className="flex flex-col gap-3 rounded-brand border border-border p-4"
      data-testid="device"
      data-session-id={device.id}
      data-current={device.current ? 'true' : 'false'}
    >
      <h3 id={headingId} className="flex flex-wrap items-center gap-2 font-medium">
        <span data-testid="device-name">{deviceName(t, device)}</span>
        {device.current ? (
          <span
            className="rounded-brand bg-primary px-2 py-0.5 text-xs font-medium text-primary-foreground"
            data-testid="device-current"
          >
            {t('devices.this-device')}
          </span>
        ) : null}
      </h3>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-muted">{t('devices.ip')}</dt>
        <dd data-testid="device-ip" className="break-all">
          {device.ipAddresses.length ? list.format(device.ipAddresses) : t('devices.unknown')}
        </dd>
        {device.locations.length ? (
          <>
            <dt className="text-muted">{t('devices.location')}</dt>
            <dd data-testid="device-location">{list.format(device.locations)}</dd>
          </>
        ) : null}
        <dt className="text-muted">{t('devices.signed-in')}</dt>
        <dd data-testid="device-signed-in">
          <LocalTime iso={device.authenticatedAt} locale={locale} />
        </dd>
        <dt className="text-muted">{t('devices.how')}</dt>
        <dd data-testid="device-how">
          {t('devices.how-value', {
            methods: methods.length ? list.format(methods) : t('devices.unknown'),
            aal: aalLabel(t, device.aal),
          })}
        </dd>
        <dt className="text-muted">{t('devices.expires')}</dt>
        <dd data-testid="device-expires">
          <LocalTime iso={device.expiresAt} locale={locale} />
        </dd>
      </dl>
      {action(headingId)}
    </li>
  );
}
