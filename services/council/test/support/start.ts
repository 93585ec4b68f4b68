import { seedGeographyCopy } from "@dongting/subgraph-kit/seed";
import { startTestSubgraph, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { definition } from "../../src/definition.js";

/** The council subgraph on a fresh database with the demo street's geography in its copy; `seed` loads the demo too. */
export async function startCouncil(options: { seed?: boolean } = {}): Promise<TestSubgraph> {
  const subgraph = await startTestSubgraph(definition, options);
  if (!options.seed) await seedGeographyCopy(subgraph.db);
  return subgraph;
}
