import { HistoryEntry, type SubgraphDefinition } from "@dongting/subgraph-kit";
import { Initial1764374400000 } from "./migrations/1764374400000-initial.js";
import { OrgUnit } from "./org-unit/org-unit.entity.js";
import { Person } from "./person/person.entity.js";
import { buildOrganisationSchema } from "./schema.js";
import { seedDongting } from "./seed/dongting.seed.js";

export const definition: SubgraphDefinition = {
  name: "organisation",
  defaultPort: 4001,
  entities: [OrgUnit, Person, HistoryEntry],
  migrations: [Initial1764374400000],
  buildSchema: buildOrganisationSchema,
  seed: seedDongting,
};
