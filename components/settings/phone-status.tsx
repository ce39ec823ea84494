import { useI18n } from '@/lib/i18n';
import { maskPhone } from '@/lib/phone';
import { verifyPhoneUrl, type PhoneStatus } from '@/lib/phone/verification';

/**
 * The identity's phone numbers and whether each is verified; an unverified one links to the
 * sign-in that texts it a code and so verifies it (lib/phone/verification.ts).
 */
export function PhoneStatusList({ phones, uiUrl }: { phones: PhoneStatus[]; uiUrl: string }) {
  const { t } = useI18n();
  if (!phones.length) return null;
  return (
    <ul className="mt-4 flex flex-col gap-2 text-sm" data-testid="settings-phones">
      {phones.map((p) => {
        const address = maskPhone(p.address);
        return (
          <li
            key={p.address}
            className="flex flex-wrap items-center justify-between gap-2"
            data-verified={p.verified}
          >
            <span>
              {p.verified
                ? t('settings.phone.verified', { address })
                : t('settings.phone.unverified', { address })}
            </span>
            {!p.verified && p.trait ? (
              <a
                href={verifyPhoneUrl(p.trait, uiUrl)}
                className="rounded-brand border border-border px-3 py-1.5 font-medium hover:bg-background"
                data-testid="verify-phone"
              >
                {t('settings.phone.verify')}
              </a>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
