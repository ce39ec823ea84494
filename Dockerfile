# syntax=docker/dockerfile:1
# Self-service UI image, built from Next's standalone output (next.config.mjs: output 'standalone').
# Every Kratos address is read at run time (lib/env.ts), so one image serves every deployment.

ARG NODE_IMAGE=node:20-bookworm-slim

# --- build: install from the lockfile, then build the whole source tree -------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# Manifests first, so the dependency layer is reused while only the source changes.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
# The whole tree, so build-time scripts (e.g. a prebuild in scripts/) find what they need.
COPY . .
# public/ is empty and untracked in a fresh clone; the runtime stage copies it.
RUN mkdir -p public && npm run build

# --- runtime: only the traced server, its node_modules and the static assets -----------------
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    HOSTNAME=0.0.0.0 \
    PORT=3000
# The official image ships an unprivileged "node" user (uid 1000).
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
COPY --from=build --chown=node:node /app/public ./public
USER node
EXPOSE 3000
CMD ["node", "server.js"]
