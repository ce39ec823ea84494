import type { UiMessage, UiNode } from '@/lib/kratos/types';

/** How Kratos's code reaches an address: `via` in the identity schema. */
export type CodeChannel = 'email' | 'sms';

// ITU-T E.164 country calling codes of two digits. The others are 1 (North America) and 7
// (Russia, Kazakhstan), or three digits long. Enough to keep the country code when masking.
const TWO_DIGIT_CODES = new Set(
  (
    '20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 ' +
    '60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98'
  ).split(' '),
);

/** Looks like a phone number in international format (+, then digits and separators). */
export function isPhoneNumber(address: string): boolean {
  return /^\+[\d\s().-]{4,}$/.test(address.trim());
}

/** "+1 (415) 555-0100" → "+14155550100": the E.164 form Kratos uses for code identifiers. */
export function normalizePhone(address: string): string {
  return isPhoneNumber(address) ? `+${address.replace(/\D/g, '')}` : address;
}

/**
 * The channel of a code address: Kratos says it in the label's context (1010023 carries
 * `channel`); an address without a label is a phone number when it looks like one.
 */
export function addressChannel(address: string, label?: UiMessage): CodeChannel {
  const channel = label?.context?.channel;
  if (channel === 'sms' || channel === 'email') return channel;
  return isPhoneNumber(address) ? 'sms' : 'email';
}

/**
 * "+1 ••• ••• 4567": the country code and the last four digits, the rest hidden in groups of
 * three. Anything that is not an international number is returned as it is.
 */
export function maskPhone(address: string): string {
  if (!isPhoneNumber(address)) return address;
  const digits = address.replace(/\D/g, '');
  const ccLength =
    digits[0] === '1' || digits[0] === '7' ? 1 : TWO_DIGIT_CODES.has(digits.slice(0, 2)) ? 2 : 3;
  const national = digits.slice(ccLength);
  if (national.length <= 4) return address;
  const groups = Math.max(1, Math.round((national.length - 4) / 3));
  return `+${digits.slice(0, ccLength)} ${Array(groups).fill('•••').join(' ')} ${national.slice(-4)}`;
}

// Kratos's generic validation error: on a `tel` field, it is the "tel" format failing (JSON
// schema's "… is not valid \"tel\"", in English only).
const GENERIC_VALIDATION = 4000001;

/** A phone number field of a form (a trait with `"format": "tel"`, which Kratos renders as type=tel). */
export function isPhoneField(node: UiNode): boolean {
  return node.attributes.nodeType === 'input' && node.attributes.type === 'tel';
}

/** Kratos's "not a valid tel" on a phone field, which we say in our words (field.phone.invalid). */
export function isInvalidPhoneMessage(node: UiNode, message: UiMessage): boolean {
  return isPhoneField(node) && message.type === 'error' && message.id === GENERIC_VALIDATION;
}
