import { copyScopeResolver, geographyCopyJob, type SubgraphDefinition } from "@dongting/subgraph-kit";
import { ENTITIES } from "./entities.js";
import { Council1765324800000 } from "./migrations/1765324800000-council.js";
import { buildCouncilSchema } from "./schema.js";
import { seedCouncil } from "./seed/council.seed.js";

/** 居民自治: resident classes, meetings, proposals and votes, community rules. COUNCIL_DATABASE_URL, port 4005. */
export const definition: SubgraphDefinition = {
  name: "council",
  defaultPort: 4005,
  entities: ENTITIES,
  migrations: [Council1765324800000],
  buildSchema: buildCouncilSchema,
  seed: seedCouncil,
  // Grants name grids, org units and streets: resolved over the copy of organisation's geography it pulls.
  scopes: copyScopeResolver,
  periodicJobs: [geographyCopyJob],
};
