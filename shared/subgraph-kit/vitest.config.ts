import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

// The kit's sources run under Vite here but under Node's resolution in the services: give them the same
// (CommonJS) graphql that type-graphql and @apollo/subgraph use, so schema objects share one realm.
const graphqlEntry = createRequire(import.meta.url).resolve("graphql");

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
