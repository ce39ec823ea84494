// View models the pages render. Raw @ory/client types never leave lib/kratos.
import type { OAuth2LoginView } from '@/lib/hydra/types';
import { readNotice, type NoticeOf } from '@/lib/notices';

/** The self-service flows with a page of their own (and a /start/<kind> route). */
const FLOW_KINDS = ['login', 'registration', 'verification', 'recovery', 'settings'] as const;
export type FlowKind = (typeof FLOW_KINDS)[number];

export function isFlowKind(value: string): value is FlowKind {
  return (FLOW_KINDS as readonly string[]).includes(value);
}

type MessageType = 'info' | 'error' | 'success';

/** A Kratos message, carried by id so it can be translated at render time. */
export interface UiMessage {
  id: number;
  type: MessageType;
  /** Kratos's English text, the last fallback. */
  text: string;
  context?: Record<string, unknown>;
}

export interface InputAttributes {
  nodeType: 'input';
  name: string;
  type: string;
  value?: unknown;
  required?: boolean;
  disabled?: boolean;
  autocomplete?: string;
  pattern?: string;
  maxlength?: number;
  label?: UiMessage;
  options?: { value: unknown; label?: UiMessage }[];
  onclickTrigger?: string;
  onloadTrigger?: string;
}

interface ImageAttributes {
  nodeType: 'img';
  id: string;
  src: string;
  width: number;
  height: number;
}

export interface TextAttributes {
  nodeType: 'text';
  id: string;
  text: UiMessage;
  /** Backup codes: Kratos lists each code as its own message in `text.context.secrets`. */
  secrets?: UiMessage[];
}

interface AnchorAttributes {
  nodeType: 'a';
  id: string;
  href: string;
  title: UiMessage;
}

export interface ScriptAttributes {
  nodeType: 'script';
  id: string;
  src: string;
  integrity?: string;
  crossorigin?: string;
  referrerpolicy?: string;
  type?: string;
  async?: boolean;
}

interface DivAttributes {
  nodeType: 'div';
  id: string;
  className?: string;
}

interface UnknownAttributes {
  nodeType: 'unknown';
  rawType: string;
}

export type NodeAttributes =
  | InputAttributes
  | ImageAttributes
  | TextAttributes
  | AnchorAttributes
  | ScriptAttributes
  | DivAttributes
  | UnknownAttributes;

export interface UiNode {
  group: string;
  attributes: NodeAttributes;
  messages: UiMessage[];
  label?: UiMessage;
}

/** Query parameters that must survive a restart of the flow. */
export type RestartParams = Record<string, string>;

export interface FlowView {
  kind: FlowKind;
  id: string;
  /** Where the browser posts, always on the UI's own origin. */
  action: string;
  method: string;
  state?: string;
  messages: UiMessage[];
  nodes: UiNode[];
  requestedAal?: 'aal1' | 'aal2' | 'aal3';
  refresh?: boolean;
  returnTo?: string;
  restartParams: RestartParams;
  /** The OAuth2 app asking for this sign-in (a login or registration with a Hydra challenge). */
  oauth2?: OAuth2LoginView;
}

export interface KratosErrorView {
  status: number;
  id?: string;
  reason?: string;
  message: string;
}

export type FlowOutcome =
  | { kind: 'flow'; flow: FlowView }
  | { kind: 'redirect'; to: string }
  /** The flow starts again (lib/kratos/restart.ts decides how). */
  | { kind: 'restart'; to: string }
  | { kind: 'error'; error: KratosErrorView }
  | { kind: 'unavailable' };

/** Why we started a flow over for the user; shown to them as one line (`?notice=`). */
export type Notice = NoticeOf<'restart'>;

/** The restart notice named by a query value, if it is one. */
export function asNotice(value: unknown): Notice | undefined {
  return readNotice('restart', value);
}

export interface SessionView {
  id: string;
  aal: string;
  methods: string[];
  expiresAt?: string;
  authenticatedAt?: string;
  identity: {
    id: string;
    traits: Record<string, unknown>;
    verified: boolean;
    addresses: VerifiableAddress[];
  };
}

interface VerifiableAddress {
  value: string;
  via: string;
  verified: boolean;
}

/** The browser's session, as one whoami tells it. */
export type SessionOutcome =
  | { kind: 'session'; session: SessionView }
  | { kind: 'anonymous' }
  /** Signed in with the first factor; the second is still owed (Kratos's required_aal). */
  | { kind: 'second-factor-owed' }
  | { kind: 'unavailable' };
