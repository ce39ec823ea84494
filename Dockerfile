# syntax=docker/dockerfile:1
# Self-service UI image, built from Next's standalone output (next.config.mjs: output 'standalone').
# Every Kratos and Hydra address is read at run time (lib/env.ts), so one image serves every
# deployment. The runtime stage holds the traced server, its node_modules, the static assets,
# public/ and brand/, and nothing else: no sources, tests, configs or compose files.
#
#   docker build -t kratos-selfservice-ui .
#   docker run -p 3000:3000 -e KRATOS_PUBLIC_URL=http://kratos:4433 -e UI_URL=... kratos-selfservice-ui
# (docker-compose.yml runs it with the whole stack; .env.example lists every setting.)

# A supported Node LTS (Node 20 is past its end of life). Override with --build-arg NODE_IMAGE=...
ARG NODE_IMAGE=node:24-bookworm-slim

# --- deps: install from the lockfile -------------------------------------------------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# Manifests first, so the dependency layer is reused while only the source changes.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# --- build: the source tree that .dockerignore lets in -----------------------------------------
FROM deps AS build
COPY . .
# npm run build runs the prebuild (scripts/extract-ory-locales.mjs), then next build.
# public/ may be missing from a trimmed checkout; the runtime stage copies it.
RUN mkdir -p public && npm run build

# --- runtime: only what the server reads ------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    HOSTNAME=0.0.0.0 \
    PORT=3000
# The code stays owned by root, so the server (user "node", uid 1000, from the official image)
# cannot rewrite it; only Next's cache folder is writable.
# The standalone output: server.js, package.json, .next/ (server bundles), traced node_modules.
# lib/brand.ts keeps its theme read out of tracing, so it holds no project sources
# (scripts/check-standalone.mjs checks that after a build).
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
COPY --from=build /app/public ./public
# Theme files for BRAND_THEME (e.g. BRAND_THEME=brand/example.json, relative to /app). Read at run
# time, so they are copied on purpose; mount your own theme file instead if you prefer.
COPY --from=build /app/brand ./brand
RUN mkdir -p .next/cache && chown node:node .next/cache
USER node
EXPOSE 3000
# Liveness of the UI process (/api/health never calls Kratos). Slim images have no curl or wget,
# so the probe is Node's own fetch, on 127.0.0.1 (localhost may resolve to ::1).
HEALTHCHECK --interval=10s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health',{signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "server.js"]
