// The local stack's embedded databases: one process (the kit's bin/embedded-postgres.mjs) serves every subgraph's
// database over the PostgreSQL wire protocol, so the subgraphs reach it with pg, as they reach PostgreSQL in
// production, and one PGlite engine (a schema per service) replaces the engine each subgraph carried (~350 MiB
// each). EMBEDDED_DATABASE=in-process in the environment goes back to an engine in every subgraph.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The stack's key for the database process. */
export const EMBEDDED_DB = "embedded-db";

/**
 * A small young generation: the process's own JavaScript is little more than moving buffers, and a 16 MB semi-space
 * (Node's default) stays resident for nothing.
 */
export const EMBEDDED_DB_ARGS = [
  "--max-semi-space-size=4",
  join(resolve(dirname(fileURLToPath(import.meta.url)), "../.."), "shared/subgraph-kit/bin/embedded-postgres.mjs"),
];

/**
 * glibc malloc settings for the processes that move the database traffic (the embedded databases, the subgraphs):
 * the wire protocol's buffers come and go by the megabyte during the seed, and with the default, self-raising mmap
 * threshold they end up in the heap and arenas, freed but resident (about 85 MiB in the database process).
 */
export const LEAN_MALLOC = { MALLOC_ARENA_MAX: "2", MALLOC_MMAP_THRESHOLD_: "65536", MALLOC_TRIM_THRESHOLD_: "131072" };

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** `<NAME>_DATABASE_URL` of each service in `names` on the embedded server at `port`. */
export function embeddedDatabaseUrls(names, port) {
  return Object.fromEntries(names.map((name) => [`${name.toUpperCase()}_DATABASE_URL`, `postgres://postgres@127.0.0.1:${port}/${name}`]));
}

/**
 * Starts the database process for `names` (data in baseEnv.DATA_DIR) through `launch(env)` (the stack's, which keeps
 * its output) and waits for its ready line; returns the port it listens on (a free one, unless
 * EMBEDDED_DATABASE_PORT is set).
 */
export async function startEmbeddedDatabases(names, baseEnv, launch) {
  const env = {
    ...baseEnv,
    ...LEAN_MALLOC,
    EMBEDDED_DATABASES: names.join(","),
    EMBEDDED_DATABASE_PORT: baseEnv.EMBEDDED_DATABASE_PORT ?? "0",
    // Leaves Ctrl-C to the stack, which stops it after the subgraphs (see the bin).
    EMBEDDED_DATABASE_OWNER: "stack",
  };
  const output = [];
  const child = launch(env);
  child.stdout.on("data", (chunk) => output.push(chunk.toString()));
  child.stderr.on("data", (chunk) => output.push(chunk.toString()));
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const port = /"msg":"embedded databases ready","port":(\d+)/.exec(output.join(""))?.[1];
    if (port) return { port: Number(port) };
    if (child.exitCode !== null) throw new Error(`${EMBEDDED_DB} exited with code ${child.exitCode}:\n${output.join("").slice(-4000)}`);
    await sleep(100);
  }
  throw new Error(`${EMBEDDED_DB} was not ready within 120 s:\n${output.join("").slice(-4000)}`);
}
