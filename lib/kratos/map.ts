// Pure mapping from Kratos JSON (flows, errors) to the UI's view models and outcomes.
// Unit-tested against JSON captured from the real Kratos (test/fixtures/kratos).
import type {
  FlowKind,
  FlowView,
  KratosErrorView,
  NodeAttributes,
  SessionView,
  UiMessage,
  UiNode,
} from './types';
import { mapLoginRequest } from '@/lib/hydra/map';
import { flowRestartParams } from './restart';
import { safeRedirect, toBrowserUrl, type UrlContext } from '@/lib/redirects';
import * as raw from './schema';

function toMessage(m: raw.RawMessage): UiMessage;
function toMessage(m: raw.RawMessage | undefined): UiMessage | undefined;
function toMessage(m: raw.RawMessage | undefined): UiMessage | undefined {
  if (!m) return undefined;
  return { id: m.id, type: m.type, text: m.text, ...(m.context ? { context: m.context } : {}) };
}

const toMessages = (list: raw.RawMessage[]) => list.map((m) => toMessage(m));
const blank = (text = ''): UiMessage => ({ id: 0, type: 'info', text });

function toAttributes(a: raw.RawAttributes, nodeType: string, ctx: UrlContext): NodeAttributes {
  switch (nodeType) {
    case 'input':
      return {
        nodeType: 'input',
        name: a.name ?? '',
        type: a.type ?? 'text',
        value: a.value,
        required: a.required === true,
        disabled: a.disabled === true,
        autocomplete: a.autocomplete,
        pattern: a.pattern,
        maxlength: a.maxlength,
        label: toMessage(a.label),
        options: a.options?.map((o) => ({ value: o.value, label: toMessage(o.label) })),
        onclickTrigger: a.onclickTrigger,
        onloadTrigger: a.onloadTrigger,
      };
    case 'img':
      return {
        nodeType: 'img',
        id: a.id ?? '',
        src: a.src ?? '',
        width: a.width ?? 256,
        height: a.height ?? 256,
      };
    case 'text': {
      const text = toMessage(a.text) ?? blank();
      const secrets = text.context?.secrets;
      return {
        nodeType: 'text',
        id: a.id ?? '',
        text,
        ...(Array.isArray(secrets) ? { secrets: toMessages(raw.messages.parse(secrets)) } : {}),
      };
    }
    case 'a':
      return {
        nodeType: 'a',
        id: a.id ?? '',
        href: toBrowserUrl(a.href ?? '', ctx) ?? '/',
        title: toMessage(a.title) ?? blank(a.href),
      };
    case 'script':
      return {
        nodeType: 'script',
        id: a.id ?? '',
        src: toBrowserUrl(a.src ?? '', ctx) ?? '',
        integrity: a.integrity,
        crossorigin: a.crossorigin,
        referrerpolicy: a.referrerpolicy,
        type: a.type,
        async: a.async === true,
      };
    case 'div':
      return { nodeType: 'div', id: a.id ?? '', className: a.class };
    default:
      return { nodeType: 'unknown', rawType: nodeType };
  }
}

function toNode(n: raw.RawNode, ctx: UrlContext): UiNode {
  const nodeType = n.attributes.node_type ?? n.type ?? 'unknown';
  const label = toMessage(n.meta.label);
  return {
    group: n.group,
    attributes: toAttributes(n.attributes, nodeType, ctx),
    messages: toMessages(n.messages),
    ...(label ? { label } : {}),
  };
}

export function mapNode(input: unknown, ctx: UrlContext): UiNode | undefined {
  const parsed = raw.node.safeParse(input);
  return parsed.success ? toNode(parsed.data, ctx) : undefined;
}

/** Maps a flow document to the view model; internal Kratos URLs are rewritten for the browser. */
export function mapFlow(kind: FlowKind, input: unknown, ctx: UrlContext): FlowView {
  const flow = raw.flow.parse(input);
  const oauth2 =
    kind === 'login' || kind === 'registration'
      ? mapLoginRequest(flow.oauth2_login_request)
      : undefined;
  const nodes = flow.ui.nodes
    .map((n) => toNode(n, ctx))
    .map((n) => (oauth2?.loginHint ? withLoginHint(n, oauth2.loginHint) : n));
  let query = new URLSearchParams();
  try {
    query = new URL(flow.request_url ?? '', ctx.uiOrigin).searchParams;
  } catch {
    // A malformed request_url only costs us the restart parameters.
  }
  const returnTo = safeRedirect(flow.return_to, ctx);
  const requestedAal = flow.requested_aal;
  // The page shows only a return_to that passes our check; a restart carries Kratos's own, which
  // Kratos checks again.
  const restartParams = flowRestartParams(kind, query, {
    returnTo: flow.return_to,
    loginChallenge: flow.oauth2_login_challenge,
    requestedAal,
  });
  return {
    kind,
    id: flow.id,
    action: toBrowserUrl(flow.ui.action, ctx) ?? '',
    method: flow.ui.method.toUpperCase(),
    state: flow.state,
    messages: toMessages(flow.ui.messages),
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
  const outer = raw.errorBody.parse(body);
  const inner = outer.error ?? outer;
  const details = inner.details ?? {};
  const detail = (key: string) =>
    typeof details[key] === 'string' ? (details[key] as string) : undefined;
  return {
    status: inner.code ?? status,
    id: inner.id,
    reason: inner.reason,
    message: inner.message ?? 'Unexpected error',
    redirectTo: outer.redirect_browser_to ?? detail('redirect_to'),
    useFlowId: outer.use_flow_id ?? detail('use_flow_id'),
  };
}

export function mapSession(input: unknown): SessionView | undefined {
  const parsed = raw.session.safeParse(input);
  if (!parsed.success) return undefined;
  const { identity, ...session } = parsed.data;
  const addresses = identity.verifiable_addresses;
  return {
    id: session.id,
    aal: session.authenticator_assurance_level,
    methods: session.authentication_methods.map((m) => m.method),
    expiresAt: session.expires_at,
    authenticatedAt: session.authenticated_at,
    identity: {
      id: identity.id,
      traits: identity.traits,
      verified: addresses.some((a) => a.verified),
      addresses,
    },
  };
}
