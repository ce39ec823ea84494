/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  output: 'standalone',
  // A second build (e.g. a side-by-side stack on other ports) can live in another folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Kratos addresses are read at run time (lib/env.ts), so one build serves every deployment.
};

export default nextConfig;
