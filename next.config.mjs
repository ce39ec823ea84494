/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  output: 'standalone',
  // A second build (e.g. a side-by-side stack on other ports) can live in another folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // app/global-not-found.tsx answers unmatched URLs as its own document, so no not-found tree
  // rides in every page's payload (bench/RESULTS.md: the not-found lever).
  experimental: { globalNotFound: true },
  // Kratos addresses are read at run time (lib/env.ts), so one build serves every deployment.
};

export default nextConfig;
