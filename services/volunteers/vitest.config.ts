import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    server: {
      deps: {
        // Run the kit's compiled output in Node like type-graphql, so both load the same `graphql`
        // instance (inlined, Vite would resolve graphql's .mjs while Node resolves its CommonJS: two
        // realms, and the kit's DateTime scalar would be refused).
        external: [/shared\/subgraph-kit\/dist/],
      },
    },
  },
});
