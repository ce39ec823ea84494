/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  output: 'standalone',
  // Kratos addresses are read at run time (lib/env.ts), so one build serves every deployment.
};

export default nextConfig;
