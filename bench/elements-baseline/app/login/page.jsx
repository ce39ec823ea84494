import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LoginFlowFromJSON } from '@ory/client-fetch';
import { Login } from '@ory/elements-react/theme';

// A real app fetches the flow from Kratos per request; this one reads the captured flow per
// request instead, so it renders offline and the page is dynamic like ours. The path is built
// from the cwd (`next start` runs here) so the bundler does not try to pull the file in.
const FLOW_FILE = path.join(process.cwd(), '../../test/fixtures/kratos/login-flow-aal1.json');
export const dynamic = 'force-dynamic';

const config = {
  sdk: { url: 'http://127.0.0.1:3000/kratos' },
  project: {
    name: 'Account',
    registration_enabled: true,
    verification_enabled: true,
    recovery_enabled: true,
    default_redirect_url: '/',
    error_ui_url: '/error',
    login_ui_url: '/login',
    registration_ui_url: '/registration',
    verification_ui_url: '/verification',
    recovery_ui_url: '/recovery',
    settings_ui_url: '/settings',
  },
};

export default async function LoginPage() {
  const { body } = JSON.parse(await readFile(FLOW_FILE, 'utf8'));
  // The SDK's own decoder, as @ory/nextjs's getLoginFlow would return it (dates as Date).
  const flow = LoginFlowFromJSON(body);
  return (
    <main style={{ display: 'flex', justifyContent: 'center', padding: '2rem 1rem' }}>
      <Login flow={flow} config={config} />
    </main>
  );
}
