import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships a CommonJS and an ES build. Vite would hand the kit the ES one ("module") while
    // type-graphql, loaded by Node, requires the CommonJS one: two graphql instances, and the kit's DateTime
    // scalar is then refused ("from another module or realm"). Node itself always picks "main".
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
