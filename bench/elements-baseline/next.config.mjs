// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // This app sits inside the main project, which has its own lockfile: pin the root here so
  // Next neither warns nor traces the parent project.
  turbopack: { root: import.meta.dirname },
  outputFileTracingRoot: import.meta.dirname,
  // Build output under node_modules/: the main project's eslint, tsc, prettier and git already
  // skip bench/**/node_modules, but would each trip over a bench/elements-baseline/.next.
  distDir: 'node_modules/.next',
};

export default nextConfig;
