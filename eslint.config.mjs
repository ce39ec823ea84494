import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const UPPER = {
  app: { group: ['@/app/*'], message: 'app/ holds the routes: nothing below imports it.' },
  components: {
    group: ['@/components/*'],
    message: 'lib/ holds the rules: it imports nothing from components/.',
  },
  features: {
    group: [
      '@/lib/factors/*',
      '@/lib/consent/*',
      '@/lib/phone',
      '@/lib/phone/*',
      '@/lib/limits',
      '@/lib/limits/*',
      '@/lib/notify',
      '@/lib/notify/*',
    ],
    message:
      'A feature (lib/factors, lib/consent, lib/phone, lib/limits, lib/notify) sits above the Kratos and Hydra adapters.',
  },
  kratos: {
    group: ['@/lib/kratos', '@/lib/kratos/*'],
    message: 'lib/kratos sits above lib/hydra and the base layer.',
  },
  hydra: {
    group: ['@/lib/hydra', '@/lib/hydra/*'],
    message: 'lib/hydra sits above the base layer (env, log, redirects, csrf, i18n, ory-sdk).',
  },
};

/** One no-restricted-imports block per layer: what each may not import. */
function layers() {
  const block = (files, forbidden, ignores = []) => ({
    files,
    ignores,
    rules: {
      'no-restricted-imports': ['error', { patterns: forbidden.map((name) => UPPER[name]) }],
    },
  });
  const tests = ['**/*.test.ts', '**/*.test.tsx'];
  return [
    block(['components/**'], ['app']),
    block(
      ['lib/factors/**', 'lib/consent/**', 'lib/phone/**', 'lib/limits/**', 'lib/notify/**'],
      ['app', 'components'],
    ),
    // The /kratos proxy is the one adapter file that applies features to a request: it sets the
    // remembered-factor cookie (lib/factors/remember), normalises phone numbers (lib/phone) and
    // holds back what the abuse limits refuse (lib/limits).
    block(
      ['lib/kratos/**'],
      ['app', 'components', 'features'],
      [...tests, 'lib/kratos/browser-proxy.ts'],
    ),
    block(['lib/kratos/browser-proxy.ts'], ['app', 'components']),
    block(['lib/hydra/**'], ['app', 'components', 'features', 'kratos'], tests),
    block(
      ['lib/*.ts', 'lib/i18n/**', 'lib/email/**'],
      ['app', 'components', 'features', 'kratos', 'hydra'],
      tests,
    ),
  ];
}

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      // Plain <a> on purpose: every self-service page loads a fresh flow on the server, so a
      // full navigation is what we want, and it works without JavaScript.
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  // Layers, one way: app/ (routes) → components/ (rendering) → lib/ (rules). Inside lib/:
  // base (lib/*.ts, lib/i18n, lib/email) → lib/hydra → lib/kratos → features (lib/factors,
  // lib/consent, lib/phone, lib/limits, lib/notify). A lower layer never imports a higher one (layers() below), and no file
  // takes part in an import cycle.
  ...layers(),
  {
    files: ['app/**', 'components/**', 'lib/**', 'proxy.ts', 'instrumentation.ts'],
    rules: { 'import/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['app/**', 'components/**', 'lib/**', 'proxy.ts', 'instrumentation.ts'],
    ignores: ['lib/env.ts', '**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through lib/env.ts.' },
      ],
    },
  },
  {
    // Playwright fixtures call a `use` callback that is not React's hook.
    files: ['e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    ignores: [
      '.next/**',
      '.next-*/**',
      'bench/.bare/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.data/**',
      '.stack/**',
      'next-env.d.ts',
      'bench/**/node_modules/**',
    ],
  },
];

export default config;
