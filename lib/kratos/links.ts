// Links between the sign-in pages that keep an app's sign-in going: started from a Hydra
// login_challenge, "Create account" and "Forgot password" must come back to the app.
import type { FlowView } from './types';

export interface FlowLinks {
  login: string;
  registration: string;
  recovery: string;
}

export function flowLinks(flow: FlowView): FlowLinks {
  const challenge = flow.restartParams.login_challenge;
  const withQuery = (path: string, params: Record<string, string | undefined>) => {
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v) query.set(k, v);
    return query.size ? `${path}?${query}` : path;
  };
  // With oauth2_provider.override_return_to, Kratos sets the app's request URL as return_to.
  const returnTo = challenge ? flow.restartParams.return_to : undefined;
  return {
    login: withQuery('/login', { login_challenge: challenge }),
    registration: withQuery('/registration', { login_challenge: challenge }),
    recovery: withQuery('/recovery', { return_to: returnTo }),
  };
}
