# A static image per micro-frontend: docker build -f infra/containers/frontend.Dockerfile --build-arg PACKAGE=frontends/shell .
FROM node:20-bookworm-slim AS build
ARG PACKAGE
WORKDIR /app
RUN npm install -g pnpm@12.4.2
COPY . .
RUN pnpm install --frozen-lockfile && pnpm --filter "./${PACKAGE}" run build

FROM nginx:1.27-alpine
ARG PACKAGE
COPY --from=build /app/${PACKAGE}/dist /usr/share/nginx/html
