import { useI18n } from '@/lib/i18n';

/** A moment in the user's language; in UTC, since the server does not know their time zone. */
export function LocalTime({ iso, locale }: { iso?: string; locale: string }) {
  const { t } = useI18n();
  if (!iso) return <>{t('devices.unknown')}</>;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return <>{t('devices.unknown')}</>;
  // The server does not know the browser's time zone, so times say UTC.
  const text = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
    timeZoneName: 'short',
  }).format(date);
  return <time dateTime={date.toISOString()}>{text}</time>;
}
