// View models for Hydra's login, consent and logout requests. Raw SDK types stay in client.ts.

export interface AppView {
  id: string;
  /** The client's name, or its id when it has none. */
  name: string;
  logoUri?: string;
  policyUri?: string;
  tosUri?: string;
  skipConsent: boolean;
  skipLogoutConsent: boolean;
}

/** What a login challenge asks: which app, and its OpenID Connect hints. */
export interface OAuth2LoginView {
  app: AppView;
  loginHint?: string;
  uiLocales: string[];
}

export interface ConsentView {
  challenge: string;
  subject: string;
  skip: boolean;
  requestedScope: string[];
  requestedAudience: string[];
  app: AppView;
}

export interface LogoutView {
  challenge: string;
  subject?: string;
  sid?: string;
  rpInitiated: boolean;
  app?: AppView;
}

/** What a page does after asking Hydra about a challenge. */
export type ChallengeOutcome<T> =
  | { kind: 'request'; request: T }
  /** Already handled: Hydra says where the browser goes now. */
  | { kind: 'handled'; redirectTo: string }
  /** Unknown, expired or malformed. */
  | { kind: 'invalid' }
  | { kind: 'unavailable' }
  /** The UI has no Hydra configured. */
  | { kind: 'disabled' };

export type DecisionOutcome =
  | { kind: 'redirect'; to: string }
  | { kind: 'invalid' }
  | { kind: 'unavailable' }
  | { kind: 'disabled' };

/** An app the user let in (Hydra's consent sessions for the user, one entry per app). */
export interface GrantView {
  app: AppView;
  /** The scopes granted, in Hydra's words (the page says them in the user's language). */
  scopes: string[];
  /** When access was last granted (ISO time). */
  grantedAt?: string;
  /** The choice was remembered: the app does not ask again. */
  remembered: boolean;
}

/** One page of the apps a user let in. */
export type GrantsOutcome =
  | { kind: 'grants'; grants: GrantView[]; nextPage?: string }
  | { kind: 'unavailable' }
  | { kind: 'disabled' };
