// The one entry point pages use to talk to Kratos.
export {
  loadFlow,
  loadSession,
  loadFlowError,
  createLogoutUrl,
  startBrowserFlow,
  restartUrl,
} from './client';
export type * from './types';
