// Prints one subgraph's SDL: `node dist/compose/print-subgraph-sdl.js @dongting/station-service`.
// Run as a child process per subgraph: type-graphql keeps its metadata in one global store, so building
// four schemas in one process would mix their types.
import { printSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLSchema } from "graphql";

const packageName = process.argv[2];
if (!packageName) {
  console.error("usage: print-subgraph-sdl <subgraph package>");
  process.exit(2);
}
// The package name comes from SUBGRAPHS (compose/subgraphs.ts); the gateway depends on each subgraph package.
const { definition } = (await import(`${packageName}/definition`)) as { definition: { buildSchema(): Promise<GraphQLSchema> } };
process.stdout.write(printSubgraphSchema(await definition.buildSchema()));
