import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The kit is a workspace link (not under node_modules), so vitest would inline it and resolve its
    // `graphql` to the ESM build while type-graphql loads the CommonJS one: two graphql realms.
    server: { deps: { external: [/shared\/subgraph-kit\/dist/] } },
  },
});
