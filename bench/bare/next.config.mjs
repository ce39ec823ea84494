// @ts-check
import path from 'node:path';

// Built from bench/.bare/<variant>/ (bench/lib/bare-floor.mjs): the repo's root, whose
// node_modules hold the product's Next and React.
const root = path.resolve(import.meta.dirname, '../../..');

/** @type {import('next').NextConfig} */
const config = {
  poweredByHeader: false,
  reactStrictMode: true,
  turbopack: { root },
  outputFileTracingRoot: root,
};

export default config;
