import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    server: {
      deps: {
        // Load the kit's compiled output through Node, like type-graphql: inlined by Vite it would get
        // graphql's ES build while type-graphql has the CommonJS one, two graphql realms, and the kit's
        // DateTime scalar would be refused ("from another module or realm").
        external: [/shared\/subgraph-kit\/dist/],
      },
    },
  },
});
