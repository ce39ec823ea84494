// @ts-check
// A local OpenID Connect provider ("Example ID") for the demo and the e2e suite, so social
// sign-in runs end to end without an internet provider. It is panva's certified
// `oidc-provider` with our own one-page sign-in: whoever types an email address is that user.
// Development only: it trusts anyone, keeps everything in memory and listens on loopback.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import http from 'node:http';
import Provider, { interactionPolicy } from 'oidc-provider';

const port = Number(process.env.OIDC_PORT || 4999);
const issuer = `http://127.0.0.1:${port}`;
const redirectUris = (process.env.OIDC_REDIRECT_URIS || '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
if (!redirectUris.length) {
  console.error('OIDC_REDIRECT_URIS is empty: set the Kratos callback URL(s), comma-separated.');
  process.exit(2);
}

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const jwk = {
  ...privateKey.export({ format: 'jwk' }),
  kid: 'example-id',
  alg: 'RS256',
  use: 'sig',
};

// Ask who the user is on every sign-in, even with a session here: "any email address signs in"
// must hold for the next sign-in in the same browser too.
const policy = interactionPolicy.base();
policy
  .get('login')
  .checks.push(
    new interactionPolicy.Check(
      'always_ask',
      'Example ID asks every time',
      'login_required',
      (ctx) => !ctx.oidc.result?.login,
    ),
  );

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: process.env.OIDC_CLIENT_ID || 'kratos-selfservice-ui',
      client_secret: process.env.OIDC_CLIENT_SECRET || 'not-a-secret',
      redirect_uris: redirectUris,
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  jwks: { keys: [jwk] },
  cookies: { keys: [randomBytes(32).toString('hex')] },
  claims: { openid: ['sub'], email: ['email', 'email_verified'] },
  // Kratos's generic provider reads the claims from the ID token.
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: false } },
  interactions: { policy, url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  async findAccount(_ctx, sub) {
    return {
      accountId: sub,
      claims: async () => ({ sub, email: sub, email_verified: true }),
    };
  },
});

const escape = (s) =>
  String(s).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

function page(uid, error = '') {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>Example ID</title>
<style>body{font:16px system-ui,sans-serif;max-width:24rem;margin:4rem auto;padding:0 1rem}
label,input,button{display:block;width:100%;box-sizing:border-box;margin:.5rem 0}
input,button{padding:.6rem;font:inherit}p.err{color:#b00020}</style></head><body>
<h1>Example ID</h1><p>A local OpenID provider for development. Any email address signs in.</p>
${error ? `<p class="err" role="alert">${escape(error)}</p>` : ''}
<form method="post" action="/interaction/${escape(uid)}">
<label for="email">Email</label><input id="email" name="email" type="email" required autofocus>
<button type="submit" name="action" value="login">Sign in with Example ID</button>
<button type="submit" name="action" value="cancel" formnovalidate>Cancel</button>
</form></body></html>`;
}

async function readForm(req) {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 16_384) throw new Error('body too large');
  }
  return new URLSearchParams(body);
}

async function interaction(req, res, uid) {
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) throw new Error('interaction mismatch');
  if (req.method === 'GET') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(page(uid));
    return;
  }
  const form = await readForm(req);
  if (form.get('action') === 'cancel') {
    await provider.interactionFinished(req, res, {
      error: 'access_denied',
      error_description: 'The user cancelled the sign-in.',
    });
    return;
  }
  const email = (form.get('email') || '').trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) {
    res.writeHead(400, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page(uid, 'Enter an email address.'));
    return;
  }
  const grant = new provider.Grant({ accountId: email, clientId: details.params.client_id });
  grant.addOIDCScope(String(details.params.scope || 'openid'));
  const grantId = await grant.save();
  await provider.interactionFinished(
    req,
    res,
    { login: { accountId: email }, consent: { grantId } },
    { mergeWithLastSubmission: false },
  );
}

const oidc = provider.callback();
const server = http.createServer((req, res) => {
  const match = /^\/interaction\/([\w-]+)$/.exec(new URL(req.url, issuer).pathname);
  if (!match?.[1]) return oidc(req, res);
  interaction(req, res, match[1]).catch((err) => {
    console.error(JSON.stringify({ msg: 'interaction failed', error: String(err) }));
    if (!res.headersSent) res.writeHead(400, { 'content-type': 'text/plain' });
    res.end('This sign-in expired. Go back to the application and start again.');
  });
});
server.listen(port, '127.0.0.1', () => {
  console.log(JSON.stringify({ msg: 'Example ID listening', issuer, redirectUris }));
});
for (const signal of ['SIGTERM', 'SIGINT'])
  process.on(signal, () => server.close(() => process.exit(0)));
