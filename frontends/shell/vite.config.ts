import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { federation } from "@module-federation/vite";

const PORT = 5173;

export default defineConfig({
  plugins: [
    react(),
    federation({
      name: "dongting_shell",
      // Remotes are registered at run time from /remotes.json (see src/remotes.ts), so a remote
      // can be redeployed without rebuilding the shell.
      remotes: {},
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
  server: { port: PORT, strictPort: true },
  preview: { port: PORT, strictPort: true },
  // Shared singletons (antd above all) are emitted whole, since every remote may need any part.
  build: { target: "esnext", chunkSizeWarningLimit: 2048 },
});
