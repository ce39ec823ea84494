import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

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
  {
    // Playwright fixtures call a `use` callback that is not React's hook.
    files: ['e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    ignores: [
      '.next/**',
      '.next-*/**',
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
