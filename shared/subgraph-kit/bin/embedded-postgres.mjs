#!/usr/bin/env node
// The local stack's embedded databases in one process, served over the PostgreSQL wire protocol on
// 127.0.0.1:EMBEDDED_DATABASE_PORT (0 or unset: a free port), one database per name in EMBEDDED_DATABASES
// (comma separated). EMBEDDED_LAYOUT=schemas (default): one PGlite engine in DATA_DIR/embedded, a schema per
// database (the least memory: one engine, one buffer pool); EMBEDDED_LAYOUT=engines: a PGlite engine per
// database in DATA_DIR/<name> (the folders the in-process default uses). Prints one JSON line
// {"msg":"embedded databases ready","port":N} once every database accepts connections; SIGTERM/SIGINT close them.
import { join, resolve } from "node:path";
import { EmbeddedPostgresServer } from "../dist/embedded-postgres.js";
import { openEmbeddedPGlite } from "../dist/pglite-pool.js";

const names = (process.env.EMBEDDED_DATABASES ?? "").split(",").filter(Boolean);
if (names.length === 0) {
  console.error("EMBEDDED_DATABASES must name at least one database (e.g. organisation,requests)");
  process.exit(2);
}
const dataDir = resolve(process.env.DATA_DIR ?? ".data");
const layout = process.env.EMBEDDED_LAYOUT ?? "schemas";
const databases = {};
if (layout === "schemas") {
  const engine = openEmbeddedPGlite(join(dataDir, "embedded"));
  await engine.waitReady;
  // In public, on every database's search path: created by one service's migration instead, an extension would
  // land in that service's schema, out of the others' sight.
  await engine.exec(`CREATE EXTENSION IF NOT EXISTS btree_gist SCHEMA public; CREATE EXTENSION IF NOT EXISTS ltree SCHEMA public;
    CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public; CREATE EXTENSION IF NOT EXISTS "uuid-ossp" SCHEMA public;`);
  for (const name of names) databases[name] = { engine, schema: name };
} else if (layout === "engines") {
  // One at a time: opening a PGlite is CPU bound.
  for (const name of names) {
    databases[name] = { engine: openEmbeddedPGlite(join(dataDir, name)) };
    await databases[name].engine.waitReady;
  }
} else {
  console.error(`EMBEDDED_LAYOUT must be "schemas" or "engines", not "${layout}"`);
  process.exit(2);
}
const server = new EmbeddedPostgresServer({ databases, port: Number(process.env.EMBEDDED_DATABASE_PORT ?? 0) });
await server.start();
console.log(
  JSON.stringify({
    level: 30,
    service: "embedded-db",
    msg: "embedded databases ready",
    port: server.port,
    databases: names,
    layout,
    dataDir,
  }),
);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  // Rolls back open transactions and flushes each database to its folder before exiting.
  await server.stop();
  process.exit(0);
};
process.on("SIGTERM", stop);
if (process.env.EMBEDDED_DATABASE_OWNER === "stack") {
  // Ctrl-C reaches every process of the terminal at once: the stack stops the subgraphs first, then this one
  // (SIGTERM), so they can finish their requests. Should the stack die without doing so, this exits on its own.
  process.on("SIGINT", () => undefined);
  const owner = process.ppid;
  setInterval(() => process.ppid !== owner && void stop(), 1000).unref();
} else {
  process.on("SIGINT", stop);
}
