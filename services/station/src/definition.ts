import { HistoryEntry, type SubgraphDefinition } from "@dongting/subgraph-kit";
import { Zones1764460800000 } from "./migrations/1764460800000-zones.js";
import { buildStationSchema } from "./schema.js";
import { seedLexiang } from "./seed/lexiang.seed.js";
import { ZoneOpeningHours } from "./zone/opening-hours.entity.js";
import { Zone } from "./zone/zone.entity.js";

export const definition: SubgraphDefinition = {
  name: "station",
  defaultPort: 4004,
  entities: [Zone, ZoneOpeningHours, HistoryEntry],
  migrations: [Zones1764460800000],
  buildSchema: buildStationSchema,
  seed: seedLexiang,
};
