import { useI18n } from '@/lib/i18n';
import { TRANSIENT_PAYLOAD_FIELD, transientPayload } from '@/lib/kratos/transient-payload';

/** The page's language for Kratos (mail templates, hooks): put in every form posted to Kratos. */
export function LocalePayload() {
  const { locale } = useI18n();
  return <input type="hidden" name={TRANSIENT_PAYLOAD_FIELD} value={transientPayload(locale)} />;
}
