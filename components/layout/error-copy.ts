import type { OwnKey } from '@/lib/i18n';
import type { KratosErrorView } from '@/lib/kratos/types';

export interface ErrorCopy {
  title: OwnKey;
  body: OwnKey;
  /** Kratos's own reason, shown as a detail: only for client errors, whose reasons are about the request. */
  detail?: string;
  /** The way back that fits best besides the start page. */
  action?: { href: string; label: OwnKey };
}

const SIGN_IN = { href: '/login', label: 'error.action.sign-in' } as const;

// Kratos error ids that reach the error page, in words a user can act on.
const BY_ID: Record<string, Omit<ErrorCopy, 'detail'>> = {
  self_service_flow_return_to_forbidden: {
    title: 'error.title',
    body: 'error.kratos.return-to-forbidden',
  },
  security_identity_mismatch: {
    title: 'error.title',
    body: 'error.kratos.identity-mismatch',
    action: SIGN_IN,
  },
  session_already_available: {
    title: 'error.kratos.already-signed-in.title',
    body: 'error.kratos.already-signed-in',
  },
  session_refresh_required: {
    title: 'error.title',
    body: 'error.kratos.refresh-required',
    action: SIGN_IN,
  },
  self_service_flow_replaced: {
    title: 'error.title',
    body: 'error.kratos.flow-replaced',
    action: SIGN_IN,
  },
  session_verified_address_required: {
    title: 'error.title',
    body: 'error.kratos.verify-address',
    action: { href: '/verification', label: 'error.action.verify' },
  },
  self_service_flow_disabled: { title: 'error.title', body: 'error.kratos.flow-disabled' },
  // Ours: the browser sends no cookies back, so every fresh flow fails its CSRF check.
  cookies_required: { title: 'error.title', body: 'error.cookies-required' },
};

/** What the error page says for a Kratos error: never a stack trace or an internal address. */
export function describeError(error: KratosErrorView | undefined): ErrorCopy {
  if (!error) return { title: 'error.kratos.unknown.title', body: 'error.kratos.unknown' };
  const known = error.id ? BY_ID[error.id] : undefined;
  if (known) return known;
  if (error.status >= 500) {
    // A 5xx reason can name internal hosts (e.g. an OIDC provider Kratos could not reach).
    return { title: 'error.title', body: 'error.kratos.internal' };
  }
  const detail = error.reason || error.message || undefined;
  if (error.status === 404) return { title: 'error.title', body: 'error.kratos.not-found', detail };
  if (error.status === 401 || error.status === 403) {
    return { title: 'error.title', body: 'error.kratos.forbidden', detail, action: SIGN_IN };
  }
  return { title: 'error.title', body: 'error.kratos.bad-request', detail };
}
