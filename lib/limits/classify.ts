// Which requests to Kratos's public API the abuse limits count, decided on the request alone
// (pure, unit-tested): the ones that make Kratos send a message, and password attempts.

/** A flow kind whose submissions can make Kratos send a message or check a password. */
type LimitedFlow = 'login' | 'registration' | 'recovery' | 'verification' | 'settings';

export type Classified =
  /** Kratos will send a code or link to `target` (an email address or phone number). */
  | { kind: 'message'; flow: LimitedFlow; flowId?: string; target: string }
  /** A settings save that may add an address (Kratos then mails it a verification code). */
  | { kind: 'profile'; flowId?: string; addresses: string[] }
  /** A password for `identifier`. */
  | { kind: 'password'; flowId?: string; identifier: string }
  | { kind: 'none' };

const FLOWS = new Set<LimitedFlow>([
  'login',
  'registration',
  'recovery',
  'verification',
  'settings',
]);

/** The fields of a form-encoded or JSON body, flattened ("traits.email"); {} for anything else. */
export function bodyFields(contentType: string, body: string | undefined): Record<string, string> {
  if (!body) return {};
  if (contentType.startsWith('application/x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(body));
  }
  if (!contentType.startsWith('application/json')) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return {};
  }
  const out: Record<string, string> = {};
  const walk = (value: unknown, prefix: string, depth: number) => {
    if (depth > 3 || value === null || typeof value !== 'object' || Array.isArray(value)) return;
    for (const [key, v] of Object.entries(value)) {
      const name = prefix ? `${prefix}.${key}` : key;
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
        out[name] = String(v);
      else walk(v, name, depth + 1);
    }
  };
  walk(parsed, '', 0);
  return out;
}

/** An address as the limits key it: trimmed and lower-cased ("J@Example.org " is j@example.org). */
export function normalizeTarget(value: string): string {
  return value.trim().toLowerCase();
}

const looksLikeAddress = (v: string | undefined): v is string =>
  typeof v === 'string' && (/^[^\s@]+@[^\s@]+$/.test(v.trim()) || /^\+?[\d\s().-]{6,}$/.test(v));

/** The traits that hold an address (email or phone), whatever the schema calls them. */
function traitAddresses(fields: Record<string, string>): string[] {
  return Object.entries(fields)
    .filter(([k, v]) => k.startsWith('traits.') && looksLikeAddress(v))
    .map(([, v]) => normalizeTarget(v));
}

/**
 * What a request to Kratos's public API is, for the limits. `path` is the decoded path below the
 * proxy (["self-service", "login"]), `query` the request's search params.
 */
export function classify(
  method: string,
  path: readonly string[],
  query: URLSearchParams,
  fields: Record<string, string>,
): Classified {
  if (method !== 'POST' || path.length !== 2 || path[0] !== 'self-service') return { kind: 'none' };
  const flow = path[1] as LimitedFlow;
  if (!FLOWS.has(flow)) return { kind: 'none' };
  const flowId = query.get('flow') ?? undefined;
  const submitted = fields.method;
  const resend = Boolean(fields.resend);
  // A code typed in is checked, not sent (a resend posts the code field too, empty or not).
  const checksCode = !resend && Boolean(fields.code?.trim());

  if (flow === 'login' && submitted === 'password') {
    const identifier = fields.identifier;
    return identifier
      ? { kind: 'password', flowId, identifier: normalizeTarget(identifier) }
      : { kind: 'none' };
  }
  if (flow === 'settings') {
    if (submitted !== 'profile') return { kind: 'none' };
    const addresses = traitAddresses(fields);
    return addresses.length ? { kind: 'profile', flowId, addresses } : { kind: 'none' };
  }
  if (checksCode) return { kind: 'none' };

  let target: string | undefined;
  if (flow === 'login') {
    // The 2FA "send to this address" button (method optional), a resend, or a first-factor code.
    if (looksLikeAddress(fields.address)) target = fields.address;
    else if ((submitted === 'code' || resend) && looksLikeAddress(fields.identifier))
      target = fields.identifier;
  } else if (flow === 'registration') {
    if (submitted === 'code' || resend) target = traitAddresses(fields)[0];
  } else if (submitted === 'code' || submitted === 'link' || submitted === undefined) {
    // Recovery and verification: the address to send to.
    if (looksLikeAddress(fields.email)) target = fields.email;
  }
  return target
    ? { kind: 'message', flow, flowId, target: normalizeTarget(target) }
    : { kind: 'none' };
}
