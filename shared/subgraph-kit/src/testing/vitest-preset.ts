/**
 * The vitest settings every subgraph's tests share (`defineConfig(subgraphVitestPreset)`).
 *
 * The kit is a workspace link, not under node_modules, so vitest would inline it and Vite would resolve
 * its `graphql` to the ES build while type-graphql, loaded by Node, gets the CommonJS one: two graphql
 * realms, and the kit's DateTime scalar is refused. Running the kit's compiled output in Node avoids it.
 */
export const subgraphVitestPreset = {
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    server: { deps: { external: [/shared\/subgraph-kit\/dist/] } },
  },
};
