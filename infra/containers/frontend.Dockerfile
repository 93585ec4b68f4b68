# One static image per micro-frontend, built with its public base URL (remotes' chunks resolve against it
# when the shell, another origin, loads them):
#   docker build -f infra/containers/frontend.Dockerfile --build-arg PACKAGE=frontends/station \
#     --build-arg REMOTE_BASE_URL=https://station.mf.dongting.example/ \
#     -t registry.example/dongting/station-frontend:0.4.0 .
# The shell needs no REMOTE_BASE_URL: its graph URL and remotes come at run time from config.json and
# remotes.json (the shell-runtime ConfigMap in Kubernetes).
FROM node:20.19-bookworm-slim AS build
ARG PACKAGE
ARG REMOTE_BASE_URL
RUN npm install -g pnpm@12.4.2
WORKDIR /repo
COPY . .
RUN pnpm --filter "./${PACKAGE}..." install --frozen-lockfile
RUN REMOTE_BASE_URL="${REMOTE_BASE_URL}" pnpm --filter "./${PACKAGE}..." run build

# nginx as a non-root user (uid 101, port 8080), its pid and temporary files in /tmp.
FROM nginxinc/nginx-unprivileged:1.27-alpine
ARG PACKAGE
# dist holds the precompressed .gz/.br siblings the build writes; nginx serves the .gz ones (gzip_static).
COPY --from=build /repo/${PACKAGE}/dist /usr/share/nginx/html
# Rendered at start into /etc/nginx/conf.d (an emptyDir in Kubernetes) with SHELL_ORIGIN, the one origin
# allowed to load this frontend's modules cross-origin.
COPY infra/containers/nginx.conf.template /etc/nginx/templates/default.conf.template
ENV SHELL_ORIGIN=http://localhost:5173
EXPOSE 8080
