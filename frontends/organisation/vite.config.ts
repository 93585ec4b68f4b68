import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { federation } from "@module-federation/vite";

const PORT = 5174;
// Absolute, so chunks resolve against this server when the shell (another origin) loads them.
const base = process.env.REMOTE_BASE_URL ?? `http://localhost:${PORT}/`;

export default defineConfig({
  base,
  plugins: [
    react(),
    federation({
      name: "dongting_organisation",
      filename: "remoteEntry.js",
      manifest: true,
      exposes: { "./App": "./src/App.tsx" },
      shared: {
        react: { singleton: true },
        "react-dom": { singleton: true },
        antd: { singleton: true },
        "@apollo/client": { singleton: true },
        // The trailing slash shares every subpath too (react hooks, links, errors, utilities).
        "@apollo/client/": { singleton: true },
      },
      dts: false,
    }),
  ],
  server: { port: PORT, strictPort: true, cors: true, origin: `http://localhost:${PORT}` },
  preview: { port: PORT, strictPort: true, cors: true },
  // Shared singletons (antd above all) are emitted whole, since every remote may need any part.
  build: { target: "esnext", chunkSizeWarningLimit: 2048 },
});
