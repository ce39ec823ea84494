// The one entry point pages and routes use to talk to Hydra's admin API.
export {
  acceptConsent,
  acceptLogout,
  hydraEnabled,
  loadConsentRequest,
  loadLogoutRequest,
  loadLoginRequest,
  loadGrants,
  revokeGrants,
  revokeHydraLogins,
  rejectConsent,
  rejectLogout,
} from './client';
export type * from './types';
