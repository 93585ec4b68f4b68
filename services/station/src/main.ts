import {
  DatabaseUnavailableError,
  openDatabase,
  readAuthConfig,
  startSubgraph,
  type Database,
} from "@dongting/subgraph-kit";
import { definition } from "./definition.js";
import { startNoShowSweeper } from "./sweeper.js";

// The kit's runSubgraphMain, plus the periodic NO_SHOW sweep (the kit has no hook for background work
// yet; it needs the open database, which runSubgraphMain keeps to itself).
const url = process.env.STATION_DATABASE_URL || undefined;
const port = Number(process.env.STATION_PORT ?? process.env.PORT ?? definition.defaultPort);
let database: Database;
try {
  database = await openDatabase({ service: definition.name, url, entities: definition.entities, migrations: definition.migrations });
} catch (error) {
  console.error(error instanceof DatabaseUnavailableError ? error.message : `[${definition.name}] ${String(error)}`);
  process.exit(1);
}
if (definition.seed && process.env.SEED !== "false") await definition.seed(database.dataSource);
const running = await startSubgraph(definition, database, { port, auth: readAuthConfig() });
const stopSweeper = startNoShowSweeper(database.dataSource, Number(process.env.STATION_SWEEP_INTERVAL_MS ?? 60_000));
console.log(`[${definition.name}] subgraph ready on http://localhost:${running.port}/graphql (${database.kind}: ${database.location})`);

const shutdown = async () => {
  stopSweeper();
  await running.close();
  await database.close();
  process.exit(0);
};
process.once("SIGINT", shutdown);
process.once("SIGTERM", shutdown);
