// The one entry point pages use to talk to Kratos.
export {
  loadFlow,
  loadSession,
  loadVerifiesPhones,
  loadFlowError,
  createLogoutUrl,
  startBrowserFlow,
} from './client';
// When and how a flow starts again (lib/kratos/restart.ts).
export {
  errorPageCause,
  fullSessionFirst,
  restart,
  restartUrl,
  secondFactorFirst,
} from './restart';
export type * from './types';
// The Devices page: the user's own sessions (lib/kratos/sessions.ts).
export { countDevices, loadDevices, revokeDevice, revokeOtherDevices } from './sessions';
export type { RevokeOutcome } from './sessions';
export type { AuthMethodView, DeviceView } from './devices-map';
