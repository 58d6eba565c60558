# syntax=docker/dockerfile:1
#
# One multi-stage Dockerfile for every GetIt service; each service is a build target:
#
#   docker build --target catalog -t ghcr.io/getit/catalog:dev .
#   docker run --init -p 3001:3001 -e DATABASE_URL=... -e KAFKA_BROKERS=... ghcr.io/getit/catalog:dev
#   docker run --rm -e DATABASE_URL=... -e KAFKA_BROKERS=... <image> node dist/apps/catalog/src/main.js migrate
#     (migrations only, as the Helm chart's pre-upgrade Job runs them)
#
# Variables each service reads: apps/<svc>/.env.example. Without --target the last stage is built.
#
# The stages up to `runtime` are shared, so BuildKit builds the workspace once for all images and every
# image shares the node_modules and libs layers. Adding a service = one short stage at the end of this
# file (copy of an existing one) plus its entry in docker-compose.yml; tools/compose-check tests both.
# Why one file and not apps/<svc>/Dockerfile: docs/adr/0004-container-images.md.

ARG NODE_IMAGE=node:20-bookworm-slim

# ---------------------------------------------------------------------------------------------------------
# base: Node and the settings every build stage shares.
FROM ${NODE_IMAGE} AS base
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true \
    npm_config_update_notifier=false \
    npm_config_fund=false \
    npm_config_audit=false
WORKDIR /repo

# ---------------------------------------------------------------------------------------------------------
# manifests: only package-lock.json and every package.json, at their paths. The npm ci layers below are
# keyed on the content of this stage, so editing source code does not reinstall dependencies.
FROM base AS manifests
COPY . /context
RUN mkdir -p /manifests \
 && cd /context \
 && cp package-lock.json /manifests/ \
 && find . -name package.json -not -path '*/node_modules/*' -exec cp --parents '{}' /manifests/ ';'

# ---------------------------------------------------------------------------------------------------------
# deps: every dependency, dev included (swc, nx, prisma). --ignore-scripts: no install script is needed
# (Prisma's engine download in particular is not: clients are generated without it), as with npm 11.
# npm is the one the Node 20 image bundles (10.x). Keep it: npm 11's `npm ci` rejects the current
# package-lock.json (it lacks the non-Linux optional binaries of @swc/core and @unrs/resolver).
FROM base AS deps
COPY --from=manifests /manifests/ ./
RUN --mount=type=cache,target=/root/.npm,sharing=locked \
    npm ci --ignore-scripts

# ---------------------------------------------------------------------------------------------------------
# build: Prisma clients, then every service and the libs it needs, into /repo/dist.
FROM deps AS build
COPY . .
RUN node tools/scripts/prisma-generate.mjs \
 && npx nx run-many --target=build --projects=tag:type:app --exclude=embedded --outputStyle=static

# ---------------------------------------------------------------------------------------------------------
# prod-deps: production dependencies only. --omit=optional as well: the Prisma CLI, TypeScript and Prisma
# Studio are optional peers of @prisma/client (npm marks them devOptional), which --omit=dev alone keeps
# (467 MB instead of 217 MB); the only other optional package is pg-cloudflare, for Cloudflare Workers. The
# @getit/* workspace links are dropped: compiled code reaches the libs by relative paths inside dist/.
FROM base AS prod-deps
COPY --from=manifests /manifests/ ./
RUN --mount=type=cache,target=/root/.npm,sharing=locked \
    npm ci --omit=dev --omit=optional --ignore-scripts \
 && rm -rf node_modules/@getit

# ---------------------------------------------------------------------------------------------------------
# node-runtime: what every image shares, services and the storefront. Files stay owned by root and read-only
# to the service user (uid 10001, as the Helm chart's runAsUser), so the image also runs with a read-only root
# filesystem.
FROM ${NODE_IMAGE} AS node-runtime
ENV NODE_ENV=production
RUN groupadd --system --gid 10001 getit \
 && useradd --system --uid 10001 --gid getit --home-dir /nonexistent --no-create-home --shell /usr/sbin/nologin getit
WORKDIR /app
# Liveness without curl: Node 20's fetch against this container's own /healthz on $PORT.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz',{signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
USER 10001:10001
# PID 1: run with `docker run --init` / compose `init: true` (tini); Node itself handles SIGTERM gracefully.
STOPSIGNAL SIGTERM

# ---------------------------------------------------------------------------------------------------------
# runtime: what every service image shares: production node_modules and the compiled libs.
FROM node-runtime AS runtime
# Memory per service process (issue 12: peak RSS ≤ 200 MiB under the checkout bench; docs/adr/0019): V8's
# young generation at 4 MiB semi-spaces instead of 16 (2 cost ~15 % more CPU per checkout in scavenges), its
# old generation capped at 192 MiB (the services' live heap is ~50 MiB; uncapped, V8 let it grow to ~150 before
# collecting), and two malloc arenas instead of one per thread. The benchmarks read this ENV
# (tools/bench/lib/runtime-env.mjs), so they measure what ships.
ENV NODE_OPTIONS="--max-semi-space-size=4 --max-old-space-size=192" \
    MALLOC_ARENA_MAX=2
COPY --from=prod-deps /repo/node_modules ./node_modules
COPY --from=build /repo/dist/libs ./dist/libs
# The messaging library's outbox/inbox migrations (SQL, not compiled), which every service applies to its schema
# after its own (docs/adr/0015); the code finds them at <WORKDIR>/libs/platform/messaging/migrations.
COPY libs/platform/messaging/migrations ./libs/platform/messaging/migrations

# ---------------------------------------------------------------------------------------------------------
# Development and test tools, not deployed (no Helm chart). Kept above the services so that a build without
# --target still builds a service.

# payment-sandbox: simulators of bKash, Nagad and SSLCommerz (apps/payment-sandbox/README.md) for the payment
# service to point its provider base URLs at. No database, so no migrations. HOST: the sandbox's own default
# is loopback, which a published port cannot reach.
FROM runtime AS payment-sandbox
LABEL org.opencontainers.image.title="getit-payment-sandbox"
COPY --from=build /repo/dist/apps/payment-sandbox ./dist/apps/payment-sandbox
ENV PORT=3090 \
    HOST=0.0.0.0
EXPOSE 3090
CMD ["node", "dist/apps/payment-sandbox/src/main.js"]

# courier-sandbox: simulators of Pathao, Steadfast and RedX (apps/courier-sandbox) for the shipping service to
# book with and receive webhooks from. No database.
FROM runtime AS courier-sandbox
LABEL org.opencontainers.image.title="getit-courier-sandbox"
COPY --from=build /repo/dist/apps/courier-sandbox ./dist/apps/courier-sandbox
ENV PORT=3091 \
    HOST=0.0.0.0
EXPOSE 3091
CMD ["node", "dist/apps/courier-sandbox/src/main.js"]

# ---------------------------------------------------------------------------------------------------------
# Services. Each copies only its own compiled code and SQL migrations; the code finds the migrations at
# <WORKDIR>/apps/<svc>/migrations, and the Helm chart runs `node dist/apps/<svc>/src/main.js [migrate]`
# from WORKDIR, so neither path may change.

# The gateway also serves the seller portal at /seller/ and the admin SPA at /admin/: their static Vite builds
# (the build stage's run-many builds every type:app project) are copied in read-only. Served by the gateway rather
# than a separate static server: one origin (the SPAs call /api with no CORS and no cookies across hosts), one
# CSP and header set (apps/gateway/src/web-apps), no extra Deployment, and no new NetworkPolicy peer.
FROM runtime AS gateway
LABEL org.opencontainers.image.title="getit-gateway"
COPY --from=build /repo/dist/apps/gateway ./dist/apps/gateway
COPY --from=build /repo/apps/seller-portal/dist ./web/seller
COPY --from=build /repo/apps/admin/dist ./web/admin
ENV PORT=3000 \
    SELLER_PORTAL_DIR=/app/web/seller \
    ADMIN_DIR=/app/web/admin
EXPOSE 3000
CMD ["node", "dist/apps/gateway/src/main.js"]

FROM runtime AS catalog
LABEL org.opencontainers.image.title="getit-catalog"
COPY --from=build /repo/dist/apps/catalog ./dist/apps/catalog
COPY apps/catalog/migrations ./apps/catalog/migrations
ENV PORT=3001
EXPOSE 3001
CMD ["node", "dist/apps/catalog/src/main.js"]

FROM runtime AS search
LABEL org.opencontainers.image.title="getit-search"
COPY --from=build /repo/dist/apps/search ./dist/apps/search
COPY apps/search/migrations ./apps/search/migrations
# The versioned Banglish synonyms file (docs/adr/0017), read at start-up and applied to each new index.
COPY apps/search/synonyms ./apps/search/synonyms
ENV PORT=3002
EXPOSE 3002
CMD ["node", "dist/apps/search/src/main.js"]

FROM runtime AS auth
LABEL org.opencontainers.image.title="getit-auth"
COPY --from=build /repo/dist/apps/auth ./dist/apps/auth
COPY apps/auth/migrations ./apps/auth/migrations
ENV PORT=3003
EXPOSE 3003
CMD ["node", "dist/apps/auth/src/main.js"]

FROM runtime AS inventory
LABEL org.opencontainers.image.title="getit-inventory"
COPY --from=build /repo/dist/apps/inventory ./dist/apps/inventory
COPY apps/inventory/migrations ./apps/inventory/migrations
ENV PORT=3004
EXPOSE 3004
CMD ["node", "dist/apps/inventory/src/main.js"]

FROM runtime AS shipping
LABEL org.opencontainers.image.title="getit-shipping"
# Parcel labels embed a Bengali font (SHIPPING_LABEL_FONT, docs/adr/0018-couriers.md).
USER 0:0
RUN apt-get update && apt-get install -y --no-install-recommends fonts-lohit-beng-bengali \
 && rm -rf /var/lib/apt/lists/*
USER 10001:10001
COPY --from=build /repo/dist/apps/shipping ./dist/apps/shipping
COPY apps/shipping/migrations ./apps/shipping/migrations
ENV PORT=3005
EXPOSE 3005
CMD ["node", "dist/apps/shipping/src/main.js"]

FROM runtime AS order
LABEL org.opencontainers.image.title="getit-order"
COPY --from=build /repo/dist/apps/order ./dist/apps/order
COPY apps/order/migrations ./apps/order/migrations
ENV PORT=3006
EXPOSE 3006
CMD ["node", "dist/apps/order/src/main.js"]

FROM runtime AS payment
LABEL org.opencontainers.image.title="getit-payment"
COPY --from=build /repo/dist/apps/payment ./dist/apps/payment
COPY apps/payment/migrations ./apps/payment/migrations
ENV PORT=3007
EXPOSE 3007
CMD ["node", "dist/apps/payment/src/main.js"]

# ---------------------------------------------------------------------------------------------------------
# The storefront (apps/storefront): Next's standalone output, which carries the server, the node_modules it
# traced and (apps/storefront/scripts/build.mjs) its static assets, so it needs neither `runtime`'s
# node_modules nor dist/. Server-side rendering calls the gateway at GATEWAY_URL. HOSTNAME: Next's server binds
# to it, and Kubernetes sets it to the pod's name.
FROM node-runtime AS storefront
LABEL org.opencontainers.image.title="getit-storefront"
COPY --from=build /repo/apps/storefront/.next/standalone ./
ENV PORT=3010 \
    HOSTNAME=0.0.0.0 \
    NEXT_TELEMETRY_DISABLED=1 \
    GATEWAY_URL=http://gateway:3000
EXPOSE 3010
CMD ["node", "apps/storefront/server.js"]
