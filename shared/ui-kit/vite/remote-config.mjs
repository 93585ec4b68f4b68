// @ts-check
// Plain JavaScript (types in remote-config.d.mts): Vite loads a config's imports with Node, which
// does not run TypeScript from a linked workspace package.
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { federation } from "@module-federation/vite";
import { compression } from "vite-plugin-compression2";
import { ANTD_SHARED_MODULES, antdModulesUsedBy, antdPerModule, antdSharesSideEffectFree } from "./antd-modules.mjs";

/**
 * Vite configs of the micro-frontends (`@dongting/ui-kit/vite`): one place for the module-federation
 * settings every frontend must agree on, the singleton share list above all.
 */

/**
 * Shared singletons: one copy of each in the page, whichever frontend loads first provides it.
 * "@apollo/client/" (trailing slash) shares every subpath too; the subpaths the frontends import are
 * also named, because a host provides only the named keys and the subpaths it imports itself, and a
 * remote would otherwise load its own copy. antd is shared one component module at a time
 * (antd-modules.mjs), never whole.
 */
export const SHARED_SINGLETONS = Object.freeze([
  "react",
  "react-dom",
  "@apollo/client",
  "@apollo/client/",
  "@apollo/client/react",
  "@apollo/client/errors",
  "@apollo/client/utilities",
  "@apollo/client/link/context",
  "@apollo/client/link/error",
]);

/**
 * A fresh share map for each config (the plugin normalises what it is given): the singletons, and the
 * antd modules this frontend provides or consumes. A built remote consumes antd only (`import: false`):
 * the host provides every antd module, and the runtime then fetches a module when the page that
 * needs it is opened instead of all of them when the remote starts. The dev server keeps local
 * copies, so a remote's own page (`pnpm dev` in its folder) runs without the shell.
 * @param {readonly string[]} antdModules
 * @param {boolean} [consumeOnly]
 */
function shared(antdModules, consumeOnly = false) {
  return Object.fromEntries([
    ...SHARED_SINGLETONS.map((name) => [name, { singleton: true }]),
    ...antdModules.map((name) => [name, consumeOnly ? { singleton: true, import: false } : { singleton: true }]),
  ]);
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
  const antdModules = antdModulesUsedBy(process.cwd());
  return defineConfig(({ command }) => ({
    base: process.env.REMOTE_BASE_URL ?? `${origin}/`,
    plugins: [
      react(),
      antdPerModule(antdModules),
      antdSharesSideEffectFree(),
      federation({
        name,
        filename: "remoteEntry.js",
        manifest: true,
        exposes,
        shared: shared(antdModules, command === "build"),
        dts: false,
        experiments: { externalRuntime: command === "build" },
      }),
      precompress(),
    ],
    server: { port, strictPort: true, cors: true, origin },
    preview: { port, strictPort: true, cors: true },
    build: build(),
  }));
}

/**
 * The host (the shell): shares the same singletons and declares no remotes at build time; they are
 * registered at run time from remotes.json, so a remote is redeployed without rebuilding the host.
 * @param {import("./remote-config.d.mts").HostConfigOptions} options
 */
export function defineHostConfig({ name, port }) {
  return defineConfig({
    plugins: [
      react(),
      antdPerModule(ANTD_SHARED_MODULES),
      antdSharesSideEffectFree(),
      federation({ name, remotes: {}, shared: shared(ANTD_SHARED_MODULES), dts: false, experiments: { provideExternalRuntime: true } }),
      precompress(),
    ],
    server: { port, strictPort: true },
    preview: { port, strictPort: true },
    build: build(),
  });
}
