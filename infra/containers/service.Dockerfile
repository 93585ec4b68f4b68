# One image per subgraph or the gateway: docker build -f infra/containers/service.Dockerfile --build-arg PACKAGE=services/station .
FROM node:20-bookworm-slim AS build
ARG PACKAGE
WORKDIR /app
RUN npm install -g pnpm@12.4.2
COPY . .
RUN pnpm install --frozen-lockfile && pnpm run build:server && pnpm deploy --filter "./${PACKAGE}" --prod /out

FROM node:20-bookworm-slim
ARG PACKAGE
# Listen on the container's interfaces (127.0.0.1 otherwise); no Apollo telemetry; AUTH_JWKS_URL, AUTH_ISSUER
# and AUTH_AUDIENCE are given at run time (the process refuses to start without them).
ENV NODE_ENV=production AUTH_MODE=jwks HOST=0.0.0.0 APOLLO_TELEMETRY_DISABLED=1
WORKDIR /app
COPY --from=build /out .
USER node
CMD ["node", "dist/main.js"]
