# One image per subgraph or the gateway, from the output of `pnpm deploy --prod` (what .ci/run starts in
# infra/local/check-deploy.mjs):
#   docker build -f infra/containers/service.Dockerfile --build-arg PACKAGE=@dongting/station-service \
#     -t registry.example/dongting/station-service:0.4.0 .
# PACKAGE is the package name (@dongting/<name>-service or @dongting/gateway). The runtime stage holds the
# compiled code and production dependencies only: no sources, tests, devDependencies or benchmarks.
FROM node:20.19-bookworm-slim AS build
ARG PACKAGE
RUN npm install -g pnpm@12.4.2
WORKDIR /repo
COPY . .
# Only what this package and its workspace dependencies need (not the browsers and tools of the others).
RUN pnpm --filter "${PACKAGE}..." install --frozen-lockfile
# The package and the workspace packages it depends on (the kit, shared/domain; the gateway's subgraphs).
RUN pnpm --filter "${PACKAGE}..." run build
RUN pnpm --filter "${PACKAGE}" deploy --prod /out && node infra/containers/prune-deploy.mjs /out

FROM node:20.19-bookworm-slim
# Listen on the pod's interfaces; no Apollo telemetry. Authentication, database URLs and the rest come from
# the Deployment (infra/k8s): the process refuses to start without what it needs.
ENV NODE_ENV=production HOST=0.0.0.0 APOLLO_TELEMETRY_DISABLED=1
WORKDIR /app
# Owned by root, read-only for the process (the Deployment also mounts the root filesystem read-only).
COPY --from=build /out /app
# A numeric non-root user, so runAsNonRoot can be verified by the kubelet.
USER 10001:10001
EXPOSE 4000-4005 5000-5005
CMD ["node", "dist/main.js"]
