// Pure mapping from Kratos JSON (flows, errors) to the UI's view models and outcomes.
// Unit-tested against JSON captured from the real Kratos (test/fixtures/kratos).
import type {
  FlowKind,
  FlowOutcome,
  FlowView,
  KratosErrorView,
  NodeAttributes,
  RestartParams,
  SessionView,
  UiMessage,
  UiNode,
} from './types';
import { mapLoginRequest } from '@/lib/hydra/map';
import { safeRedirect, toBrowserUrl, type UrlContext } from './urls';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Query parameters that define a flow and must be kept when it is started again. */
export const RESTART_KEYS: Record<FlowKind, readonly string[]> = {
  login: ['aal', 'refresh', 'return_to', 'login_challenge', 'organization', 'via'],
  registration: ['return_to', 'login_challenge', 'organization'],
  verification: ['return_to'],
  recovery: ['return_to'],
  settings: ['return_to'],
};

export function pickRestartParams(kind: FlowKind, source: URLSearchParams): RestartParams {
  const out: RestartParams = {};
  for (const key of RESTART_KEYS[kind]) {
    const value = source.get(key);
    if (value) out[key] = value;
  }
  return out;
}

export function mapMessage(raw: unknown): UiMessage | undefined {
  if (!isObject(raw) || typeof raw.id !== 'number') return undefined;
  const type = raw.type === 'error' || raw.type === 'success' ? raw.type : 'info';
  return {
    id: raw.id,
    type,
    text: str(raw.text) ?? '',
    ...(isObject(raw.context) ? { context: raw.context } : {}),
  };
}

function mapMessages(raw: unknown): UiMessage[] {
  return Array.isArray(raw) ? raw.map(mapMessage).filter((m): m is UiMessage => !!m) : [];
}

function mapAttributes(raw: Json, nodeType: string, ctx: UrlContext): NodeAttributes {
  switch (nodeType) {
    case 'input':
      return {
        nodeType: 'input',
        name: str(raw.name) ?? '',
        type: str(raw.type) ?? 'text',
        value: raw.value,
        required: raw.required === true,
        disabled: raw.disabled === true,
        autocomplete: str(raw.autocomplete),
        pattern: str(raw.pattern),
        maxlength: typeof raw.maxlength === 'number' ? raw.maxlength : undefined,
        label: mapMessage(raw.label),
        options: Array.isArray(raw.options)
          ? raw.options
              .filter(isObject)
              .map((o) => ({ value: o.value, label: mapMessage(o.label) }))
          : undefined,
        onclickTrigger: str(raw.onclickTrigger),
        onloadTrigger: str(raw.onloadTrigger),
      };
    case 'img':
      return {
        nodeType: 'img',
        id: str(raw.id) ?? '',
        src: str(raw.src) ?? '',
        width: typeof raw.width === 'number' ? raw.width : 256,
        height: typeof raw.height === 'number' ? raw.height : 256,
      };
    case 'text': {
      const text = mapMessage(raw.text) ?? { id: 0, type: 'info', text: '' };
      const secrets = text.context?.secrets;
      return {
        nodeType: 'text',
        id: str(raw.id) ?? '',
        text,
        ...(Array.isArray(secrets) ? { secrets: mapMessages(secrets) } : {}),
      };
    }
    case 'a':
      return {
        nodeType: 'a',
        id: str(raw.id) ?? '',
        href: toBrowserUrl(str(raw.href) ?? '', ctx) ?? '/',
        title: mapMessage(raw.title) ?? { id: 0, type: 'info', text: str(raw.href) ?? '' },
      };
    case 'script':
      return {
        nodeType: 'script',
        id: str(raw.id) ?? '',
        src: toBrowserUrl(str(raw.src) ?? '', ctx) ?? '',
        integrity: str(raw.integrity),
        crossorigin: str(raw.crossorigin),
        referrerpolicy: str(raw.referrerpolicy),
        type: str(raw.type),
        async: raw.async === true,
      };
    case 'div':
      return { nodeType: 'div', id: str(raw.id) ?? '', className: str(raw.class) };
    default:
      return { nodeType: 'unknown', rawType: nodeType };
  }
}

export function mapNode(raw: unknown, ctx: UrlContext): UiNode | undefined {
  if (!isObject(raw)) return undefined;
  const attrs = isObject(raw.attributes) ? raw.attributes : {};
  const nodeType = str(attrs.node_type) ?? str(raw.type) ?? 'unknown';
  const meta = isObject(raw.meta) ? raw.meta : {};
  const label = mapMessage(meta.label);
  return {
    group: str(raw.group) ?? 'default',
    attributes: mapAttributes(attrs, nodeType, ctx),
    messages: mapMessages(raw.messages),
    ...(label ? { label } : {}),
  };
}

/** Maps a flow document to the view model; internal Kratos URLs are rewritten for the browser. */
export function mapFlow(kind: FlowKind, raw: unknown, ctx: UrlContext): FlowView {
  const flow = isObject(raw) ? raw : {};
  const ui = isObject(flow.ui) ? flow.ui : {};
  const oauth2 =
    kind === 'login' || kind === 'registration'
      ? mapLoginRequest(flow.oauth2_login_request)
      : undefined;
  const nodes = Array.isArray(ui.nodes)
    ? ui.nodes
        .map((n) => mapNode(n, ctx))
        .filter((n): n is UiNode => !!n)
        .map((n) => (oauth2?.loginHint ? withLoginHint(n, oauth2.loginHint) : n))
    : [];
  let query = new URLSearchParams();
  try {
    query = new URL(str(flow.request_url) ?? '', ctx.uiOrigin).searchParams;
  } catch {
    // A malformed request_url only costs us the restart parameters.
  }
  const restartParams = pickRestartParams(kind, query);
  // Kratos checks return_to again when a flow is restarted; what we show must pass our check.
  const rawReturnTo = str(flow.return_to);
  if (rawReturnTo && !restartParams.return_to) restartParams.return_to = rawReturnTo;
  const returnTo = safeRedirect(rawReturnTo, ctx);
  const requestedAal = str(flow.requested_aal);
  const challenge = str(flow.oauth2_login_challenge);
  if (kind === 'login' && challenge && !restartParams.login_challenge) {
    restartParams.login_challenge = challenge;
  }
  if (kind === 'login' && requestedAal === 'aal2') restartParams.aal = 'aal2';
  return {
    kind,
    id: str(flow.id) ?? '',
    action: toBrowserUrl(str(ui.action) ?? '', ctx) ?? '',
    method: (str(ui.method) ?? 'POST').toUpperCase(),
    state: str(flow.state),
    messages: mapMessages(ui.messages),
    nodes,
    requestedAal:
      requestedAal === 'aal1' || requestedAal === 'aal2' || requestedAal === 'aal3'
        ? requestedAal
        : undefined,
    refresh: flow.refresh === true,
    returnTo,
    restartParams,
    ...(oauth2 ? { oauth2 } : {}),
  };
}

// The app's login_hint fills the identifier (or the email of a new account) when it is empty.
const HINTED_FIELDS = new Set(['identifier', 'traits.email']);

function withLoginHint(node: UiNode, hint: string): UiNode {
  const a = node.attributes;
  if (a.nodeType !== 'input' || !HINTED_FIELDS.has(a.name) || a.type === 'hidden') return node;
  if (typeof a.value === 'string' && a.value !== '') return node;
  return { ...node, attributes: { ...a, value: hint } };
}

/** Kratos wraps errors as {error: {...}} on the API and returns them bare on /self-service/errors. */
export function mapError(
  status: number,
  body: unknown,
): KratosErrorView & {
  redirectTo?: string;
  useFlowId?: string;
} {
  const outer = isObject(body) ? body : {};
  const inner = isObject(outer.error) ? outer.error : outer;
  const details = isObject(inner.details) ? inner.details : {};
  return {
    status: typeof inner.code === 'number' ? inner.code : status,
    id: str(inner.id),
    reason: str(inner.reason),
    message: str(inner.message) ?? 'Unexpected error',
    redirectTo: str(outer.redirect_browser_to) ?? str(details.redirect_to),
    useFlowId: str(outer.use_flow_id) ?? str(details.use_flow_id),
  };
}

/** Builds the UI URL that starts a fresh flow of this kind, keeping its defining parameters. */
export function restartUrl(kind: FlowKind, params: RestartParams, reason?: string): string {
  const query = new URLSearchParams(params);
  if (reason) query.set('notice', reason);
  const qs = query.toString();
  return `/start/${kind}${qs ? `?${qs}` : ''}`;
}

/**
 * Decides what a page does when fetching a flow failed. Kratos's error contract:
 * 404 unknown id, 410 expired, 403 CSRF → start again; redirect_browser_to → follow it;
 * session_already_available → go where the user was heading; 5xx → unavailable.
 */
export function mapFlowFailure(
  kind: FlowKind,
  status: number,
  body: unknown,
  pageParams: URLSearchParams,
  ctx: UrlContext,
): FlowOutcome {
  const error = mapError(status, body);
  const params = pickRestartParams(kind, pageParams);
  if (status >= 500 || status === 0) return { kind: 'unavailable' };
  if (error.id === 'session_already_available') {
    return { kind: 'redirect', to: safeRedirect(params.return_to, ctx) ?? '/' };
  }
  if (status === 404 || (status === 400 && !error.id && kind !== 'settings')) {
    return { kind: 'restart', to: restartUrl(kind, params), reason: 'missing' };
  }
  if (status === 410 || error.id === 'self_service_flow_expired') {
    // redirect_to drops aal and friends; rebuild it from what we know.
    if (error.redirectTo) {
      try {
        const fromKratos = pickRestartParams(
          kind,
          new URL(error.redirectTo, ctx.uiOrigin).searchParams,
        );
        Object.assign(params, { ...fromKratos, ...params });
      } catch {
        // Ignore a malformed redirect_to.
      }
    }
    return { kind: 'restart', to: restartUrl(kind, params, 'expired'), reason: 'expired' };
  }
  if (error.id === 'security_csrf_violation' && pageParams.get('notice') === 'csrf') {
    // We already started over once for this reason: the browser is not sending cookies back.
    // Another restart would loop forever.
    return {
      kind: 'error',
      error: { status: 403, id: 'cookies_required', message: 'Cookies are required to continue.' },
    };
  }
  if (error.id === 'security_csrf_violation') {
    return { kind: 'restart', to: restartUrl(kind, params, 'csrf'), reason: 'csrf' };
  }
  if (error.redirectTo) {
    return { kind: 'redirect', to: toBrowserUrl(error.redirectTo, ctx) ?? '/' };
  }
  if (status === 401 || error.id === 'session_inactive' || error.id === 'session_aal1_required') {
    return {
      kind: 'redirect',
      to: restartUrl('login', params.return_to ? { return_to: params.return_to } : {}),
    };
  }
  if (status === 403 && kind !== 'login') {
    return { kind: 'restart', to: restartUrl(kind, params), reason: 'unknown' };
  }
  return {
    kind: 'error',
    error: { status: error.status, id: error.id, reason: error.reason, message: error.message },
  };
}

export function mapSession(raw: unknown): SessionView | undefined {
  if (!isObject(raw) || !isObject(raw.identity)) return undefined;
  const identity = raw.identity;
  const methods = Array.isArray(raw.authentication_methods)
    ? raw.authentication_methods.filter(isObject).map((m) => str(m.method) ?? 'unknown')
    : [];
  const addresses = Array.isArray(identity.verifiable_addresses)
    ? identity.verifiable_addresses
    : [];
  return {
    id: str(raw.id) ?? '',
    aal: str(raw.authenticator_assurance_level) ?? 'aal1',
    methods,
    expiresAt: str(raw.expires_at),
    authenticatedAt: str(raw.authenticated_at),
    identity: {
      id: str(identity.id) ?? '',
      traits: isObject(identity.traits) ? identity.traits : {},
      verified: addresses.some((a) => isObject(a) && a.verified === true),
      addresses: addresses.filter(isObject).map((a) => ({
        value: str(a.value) ?? '',
        via: str(a.via) ?? '',
        verified: a.verified === true,
      })),
    },
  };
}
