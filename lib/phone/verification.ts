import { restartUrl } from '@/lib/kratos/restart';
import type { OwnKey } from '@/lib/i18n';
import type { FlowView, SessionView } from '@/lib/kratos/types';
import { isPhoneNumber, normalizePhone } from '.';

// Kratos's verification messages (text/id.go), which say "email" for a text message too.
const CODE_SENT = 1080003;
const VERIFIED = 1080002;

export interface VerificationCopy {
  flow: FlowView;
  title?: OwnKey;
  note?: { key: OwnKey; tone: 'info' | 'success' };
}

/**
 * The verification page's words for an identity with a phone number. Kratos's verification
 * flow does not say which address it verifies (after registration there is one flow per
 * address, and the browser lands on one of them), so the page says "email or phone number"
 * and replaces Kratos's email-only messages by ours. Without a phone trait in the identity
 * schemas (the session is not there to ask: after registration it waits for the second
 * factor) the page keeps Kratos's.
 */
export function verificationCopy(flow: FlowView, verifiesPhones: boolean): VerificationCopy {
  if (!verifiesPhones) return { flow };
  const sent = flow.messages.some((m) => m.id === CODE_SENT);
  const done = flow.messages.some((m) => m.id === VERIFIED);
  return {
    flow: {
      ...flow,
      messages: flow.messages.filter((m) => m.id !== CODE_SENT && m.id !== VERIFIED),
    },
    title: 'verification.title-any',
    note: done
      ? { key: 'verification.done-any', tone: 'success' }
      : sent
        ? { key: 'verification.sent-any', tone: 'info' }
        : undefined,
  };
}

export interface PhoneStatus {
  address: string;
  verified: boolean;
  /** The trait holding it: `via` of the sign-in that texts it a code (and so verifies it). */
  trait?: string;
}

/** The identity's phone numbers (addresses verified by SMS), with the trait each one is in. */
export function phoneStatuses(session: SessionView): PhoneStatus[] {
  const traits = Object.entries(session.identity.traits);
  return session.identity.addresses
    .filter((a) => a.via === 'sms')
    .map((a) => ({
      address: a.value,
      verified: a.verified,
      trait: traits.find(
        ([, v]) =>
          typeof v === 'string' &&
          isPhoneNumber(v) &&
          normalizePhone(v) === normalizePhone(a.value),
      )?.[0],
    }));
}

/**
 * Where "Verify by text message" goes: a re-authentication with the code sent to this phone
 * (`via` = its trait). Kratos v1.3.1 cannot start a verification flow for a phone number (its
 * form takes an email address only), but a sign-in code sent by SMS and entered marks that
 * number verified. Back on the settings afterwards.
 */
export function verifyPhoneUrl(trait: string, uiUrl: string): string {
  return restartUrl('login', {
    aal: 'aal2',
    refresh: 'true',
    via: trait,
    return_to: `${uiUrl}/settings`,
  });
}
