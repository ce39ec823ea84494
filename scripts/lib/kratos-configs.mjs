// @ts-check
// The Kratos configurations `npm test` runs the e2e suite against, one fresh stack each. Each
// entry: the environment that turns kratos/kratos.yml into that configuration, the env the e2e
// run gets, and the Playwright tag its tests carry (playwright.config.ts selects by
// E2E_KRATOS_CONFIG), and `limits`: whether the UI's abuse limits stay at their production defaults
// (otherwise the pass raises them). The default configuration has no entry of its own: it runs
// every untagged test.
export const KRATOS_CONFIGS = {
  // Short lifespans (expired codes and old sessions take seconds instead of 15 minutes) and
  // two-step registration.
  alt: {
    tag: '@alt-kratos-config',
    kratos: {
      SELFSERVICE_METHODS_CODE_CONFIG_LIFESPAN: '10s',
      SELFSERVICE_FLOWS_SETTINGS_PRIVILEGED_SESSION_MAX_AGE: '20s',
      SELFSERVICE_FLOWS_REGISTRATION_ENABLE_LEGACY_ONE_STEP: 'false',
      // The UI's copy of the privileged age (deleting the account signs in again after it).
      PRIVILEGED_SESSION_MAX_AGE_SECONDS: '20',
    },
    e2e: { E2E_CODE_LIFESPAN_MS: '10000', E2E_PRIVILEGED_SESSION_MAX_AGE_MS: '20000' },
  },
  // Identifier first: the login asks for the account, then for its methods; with account
  // enumeration mitigated, an unknown account sees the same second step.
  'identifier-first': {
    tag: '@identifier-first',
    kratos: {
      SELFSERVICE_FLOWS_LOGIN_STYLE: 'identifier_first',
      SECURITY_ACCOUNT_ENUMERATION_MITIGATE: 'true',
    },
    e2e: {},
  },
  // Passwordless email code as the first factor (Kratos forbids it together with code MFA).
  passwordless: {
    tag: '@passwordless',
    kratos: {
      SELFSERVICE_METHODS_CODE_PASSWORDLESS_ENABLED: 'true',
      SELFSERVICE_METHODS_CODE_MFA_ENABLED: 'false',
    },
    e2e: {},
  },
  // The default Kratos with the UI's abuse limits at their production defaults (every other pass
  // raises them, scripts/lib/stack.mjs RAISED_LIMITS) and Redis shared by the UI processes.
  limits: {
    tag: '@limits',
    kratos: {},
    e2e: {},
    limits: 'production',
  },
  // Email and phone as second factor: an identity schema with an optional phone number
  // (kratos/identity.sms.schema.json: the code by SMS, phone verification by SMS). Text messages
  // go to the local SMS gateway through the courier's `sms` channel (scripts/lib/stack.mjs).
  sms: {
    tag: '@sms',
    kratos: {
      IDENTITY_SCHEMAS: JSON.stringify([
        { id: 'default', url: 'file://./kratos/identity.sms.schema.json' },
      ]),
    },
    e2e: {},
  },
};
