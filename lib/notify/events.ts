import type { Hook, HookPayload } from './payload';

// Which notification a hook call means. Pure: the payload and the time in, events out. A
// new-device sign-in is only a candidate here: lib/notify/devices.ts decides with the account's
// earlier sessions.

export const EVENTS = [
  'password-changed',
  'totp-added',
  'totp-removed',
  'security-key-added',
  'security-key-removed',
  'passkey-added',
  'passkey-removed',
  'backup-codes-created',
  'backup-codes-removed',
  'address-changed',
  'recovery-used',
  'backup-code-used',
  'new-device',
  'account-deleted',
] as const;

export type NotifyEvent = (typeof EVENTS)[number];

export interface Notification {
  event: NotifyEvent;
  /** Who gets the mail: the account's addresses (for an address change, old and new). */
  to: string[];
  /** For address-changed: what was added and removed. */
  added?: string[];
  removed?: string[];
}

/**
 * A security key or passkey added within this long before the hook counts as the one just
 * added; otherwise the change was a removal (Kratos's hook sees the keys after the change only).
 */
const KEY_ADDED_WITHIN_MS = 2 * 60_000;

function keyChange(
  payload: HookPayload,
  group: 'webauthn' | 'passkey',
  now: Date,
): 'added' | 'removed' {
  const keys = payload.settings?.keys.filter((k) => k.group === group) ?? [];
  const recent = keys.some((k) => {
    const at = k.added_at ? Date.parse(k.added_at) : NaN;
    return (
      Number.isFinite(at) &&
      now.getTime() - at <= KEY_ADDED_WITHIN_MS &&
      at <= now.getTime() + 60_000
    );
  });
  return recent ? 'added' : 'removed';
}

export function notificationsFor(hook: Hook, payload: HookPayload, now: Date): Notification[] {
  const to = payload.addresses;
  const one = (event: NotifyEvent): Notification[] => [{ event, to }];
  const buttons = new Set(payload.settings?.buttons ?? []);
  switch (hook) {
    case 'settings/password':
      return one('password-changed');
    case 'settings/totp':
      return one(buttons.has('totp_unlink') ? 'totp-added' : 'totp-removed');
    case 'settings/lookup_secret':
      return one(
        buttons.has('lookup_secret_disable') || buttons.has('lookup_secret_reveal')
          ? 'backup-codes-created'
          : 'backup-codes-removed',
      );
    case 'settings/webauthn':
      return one(`security-key-${keyChange(payload, 'webauthn', now)}`);
    case 'settings/passkey':
      return one(`passkey-${keyChange(payload, 'passkey', now)}`);
    case 'settings/profile': {
      const before = new Set((payload.previous_addresses ?? []).map((a) => a.toLowerCase()));
      const after = new Set(to.map((a) => a.toLowerCase()));
      const added = to.filter((a) => !before.has(a.toLowerCase()));
      const removed = (payload.previous_addresses ?? []).filter((a) => !after.has(a.toLowerCase()));
      if (!added.length && !removed.length) return [];
      // The old address too: whoever took over the account should not be the only one told.
      return [{ event: 'address-changed', to: [...to, ...removed], added, removed }];
    }
    case 'recovery':
      return one('recovery-used');
    case 'login': {
      const methods = payload.session?.methods ?? [];
      const out: Notification[] = [];
      if (methods.at(-1) === 'lookup_secret') out.push({ event: 'backup-code-used', to });
      // The first factor of a sign-in (a second-factor step is the same sign-in).
      if (methods.length === 1) out.push({ event: 'new-device', to });
      return out;
    }
  }
}
