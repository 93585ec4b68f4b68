// @ts-check
// Plain JavaScript (types in remote-config.d.mts): Vite loads a config's imports with Node, which
// does not run TypeScript from a linked workspace package.
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { federation } from "@module-federation/vite";
import { compression } from "vite-plugin-compression2";

/**
 * Vite configs of the micro-frontends (`@dongting/ui-kit/vite`): one place for the module-federation
 * settings every frontend must agree on, the singleton share list above all.
 */

/**
 * Shared singletons: one copy of each in the page, whichever frontend loads first provides it.
 * "@apollo/client/" (trailing slash) shares every subpath too (react hooks, links, errors, utilities).
 * antd is deliberately not shared: a shared module is emitted whole (1.6 MB, 530 KB gzip), whereas each
 * frontend bundling its own antd keeps only the components it imports. Nothing crosses the boundary
 * through antd's contexts: every remote wraps its pages in its own ConfigProvider (RemoteRoot ->
 * LocaleProvider) with the locale the shell passes and the shared brand theme.
 */
export const SHARED_SINGLETONS = Object.freeze(["react", "react-dom", "@apollo/client", "@apollo/client/"]);

/** A fresh share map for each config (the plugin normalises what it is given). */
function shared() {
  return Object.fromEntries(SHARED_SINGLETONS.map((name) => [name, { singleton: true }]));
}

const build = () => ({ target: "esnext", chunkSizeWarningLimit: 1024 });

/**
 * Brotli and gzip siblings (`x.js.br`, `x.js.gz`) written at build time, so neither the local static
 * server nor nginx (gzip_static) compresses on each request. Small files are not worth a second copy.
 */
const precompress = () =>
  compression({ include: /\.(?:js|mjs|css|json|html|svg)$/, algorithms: ["brotliCompress", "gzip"], threshold: 1024, logLevel: "silent" });

/**
 * A remote: exposes `./App` through `remoteEntry.js` and `mf-manifest.json`. Its `base` is absolute,
 * so chunks resolve against the remote's own server when the shell (another origin) loads them;
 * REMOTE_BASE_URL overrides it for a deployment.
 * @param {import("./remote-config.d.mts").RemoteConfigOptions} options
 */
export function defineRemoteConfig({ name, port, exposes = { "./App": "./src/App.tsx" } }) {
  const origin = `http://localhost:${port}`;
  return defineConfig({
    base: process.env.REMOTE_BASE_URL ?? `${origin}/`,
    plugins: [
      react(),
      federation({ name, filename: "remoteEntry.js", manifest: true, exposes, shared: shared(), dts: false }),
      precompress(),
    ],
    server: { port, strictPort: true, cors: true, origin },
    preview: { port, strictPort: true, cors: true },
    build: build(),
  });
}

/**
 * The host (the shell): shares the same singletons and declares no remotes at build time; they are
 * registered at run time from remotes.json, so a remote is redeployed without rebuilding the host.
 * @param {import("./remote-config.d.mts").HostConfigOptions} options
 */
export function defineHostConfig({ name, port }) {
  return defineConfig({
    plugins: [react(), federation({ name, remotes: {}, shared: shared(), dts: false }), precompress()],
    server: { port, strictPort: true },
    preview: { port, strictPort: true },
    build: build(),
  });
}
