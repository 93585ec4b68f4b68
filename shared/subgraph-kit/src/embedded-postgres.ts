import { createServer, type Server, type Socket } from "node:net";
import type { PGlite } from "@electric-sql/pglite";

/**
 * The embedded databases of the local stack, served over the PostgreSQL wire protocol from one process: the
 * subgraphs connect with `pg` exactly as in production (`<NAME>_DATABASE_URL`), and one Node process holds the
 * PGlite engines instead of each subgraph carrying its own. One port; the startup message's `database`
 * chooses the database: a schema of a shared engine (the stack's layout: one engine, one buffer pool, the least
 * memory) or an engine of its own. Either way every service keeps its tables and migrations table apart.
 *
 * PGlite is one session. Clients share it by leases: a connection holds the session from its first message
 * until PGlite is idle again at a sync point (a simple query or a Sync answered outside a transaction block),
 * and every other connection's messages wait. So an extended-protocol exchange (Parse/Bind/Execute/Sync) and a
 * whole transaction run alone, as on a server, and a pool of any size works. (pglite-socket 0.2.17 queues per
 * message and only keeps a client's messages together inside BEGIN...COMMIT: two clients' Parse/Bind outside a
 * transaction can interleave on the one unnamed statement, so it is not used for this.)
 *
 * What a single session cannot give: session state (SET, advisory locks) is shared by the connections of one
 * engine, and advisory locks are re-entrant among them: a lock never blocks, so it cannot deadlock the pool, and
 * it does not exclude. That is sound for one process per database, which is how the stack runs it; two replicas
 * of a service on one embedded database would not exclude each other. The services set no session state.
 */

const SSL_REQUEST = 80877103;
const CANCEL_REQUEST = 80877102;
const GSSENC_REQUEST = 80877104;
const PROTOCOL_3 = 196608;
const QUERY = 0x51; // 'Q'
const SYNC = 0x53; // 'S'
const TERMINATE = 0x58; // 'X'
const SYNC_MESSAGE = Uint8Array.from([SYNC, 0, 0, 0, 4]);

/** What a database name is served by: a PGlite engine of its own, or a schema (search_path) of a shared one. */
interface EmbeddedDatabase {
  engine: PGlite;
  /** The schema that holds this database's tables, first on the search path; absent: the engine's own public. */
  schema?: string;
}

interface EmbeddedPostgresOptions {
  /** The databases served, by name (the name a client gives as its database). */
  databases: Record<string, EmbeddedDatabase>;
  host?: string;
  /** 0 (default): a free port, read back from `port` after `start`. */
  port?: number;
}

/** One PGlite session and who holds it. Waiters are served in arrival order. */
class Session {
  private holder: object | null = null;
  private readonly waiting: { owner: object; grant: () => void }[] = [];

  /** PGlite's answer to the first startup, replayed to later connections (see Connection.startUp). */
  greeting: Buffer | null = null;
  /** The schema the session's search_path is set to now (engines shared by several databases). */
  schema: string | null = null;

  constructor(readonly db: PGlite) {}

  isHeldBy(owner: object): boolean {
    return this.holder === owner;
  }

  acquire(owner: object): Promise<void> {
    if (this.holder === owner) return Promise.resolve();
    if (this.holder === null) {
      this.holder = owner;
      return Promise.resolve();
    }
    return new Promise((grant) => this.waiting.push({ owner, grant }));
  }

  release(owner: object): void {
    if (this.holder !== owner) return;
    const next = this.waiting.shift();
    this.holder = next?.owner ?? null;
    next?.grant();
  }

  /** A connection that closes while waiting gives up its place. */
  forget(owner: object): void {
    const index = this.waiting.findIndex((entry) => entry.owner === owner);
    if (index >= 0) this.waiting.splice(index, 1);
  }

  /** Runs one protocol message on PGlite, streaming the answer; exclusive of PGlite's own API users. */
  async run(message: Uint8Array, onData: (data: Uint8Array) => void): Promise<void> {
    await this.db.runExclusive(() => this.db.execProtocolRawStream(message, { onRawData: onData }));
  }
}

/** A simple-protocol Query message. */
function simpleQuery(sql: string): Uint8Array {
  const text = Buffer.from(`${sql}\0`, "utf8");
  const head = Buffer.alloc(5);
  head.write("Q", 0);
  head.writeInt32BE(4 + text.length, 1);
  return new Uint8Array(Buffer.concat([head, text]));
}

const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** A PostgreSQL ErrorResponse (severity FATAL), for refusals before a session is chosen. */
function fatal(code: string, message: string): Buffer {
  const fields = Buffer.from(`SFATAL\0VFATAL\0C${code}\0M${message}\0\0`, "utf8");
  const head = Buffer.alloc(5);
  head.write("E", 0);
  head.writeInt32BE(4 + fields.length, 1);
  return Buffer.concat([head, fields]);
}

/** The key/value pairs of a StartupMessage (after its length and protocol version). */
function startupParameters(message: Buffer): Record<string, string> {
  const parts = message.subarray(8).toString("utf8").split("\0");
  const parameters: Record<string, string> = {};
  for (let i = 0; i + 1 < parts.length && parts[i]; i += 2) parameters[parts[i]] = parts[i + 1];
  return parameters;
}

class Connection {
  private buffer: Buffer = Buffer.alloc(0);
  private session: Session | null = null;
  private schema: string | undefined;
  private started = false;
  private closed = false;
  /** Messages handled one at a time, in order. */
  private work: Promise<void> = Promise.resolve();
  /** Settles once the connection has closed and let the session go. */
  readonly finished: Promise<void>;
  private finish!: () => void;

  constructor(
    private readonly socket: Socket,
    private readonly databases: Map<string, { session: Session; schema?: string }>,
  ) {
    this.finished = new Promise((resolve) => (this.finish = resolve));
    socket.setNoDelay(true);
    socket.on("data", (chunk: Buffer) => {
      this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
      this.work = this.work.then(() => this.drain()).catch(() => void this.socket.destroy());
    });
    socket.on("error", () => socket.destroy());
    socket.on("close", () => {
      this.closed = true;
      this.work = this.work
        .then(() => this.cleanUp())
        .catch(() => undefined)
        .finally(() => this.finish());
    });
  }

  /** Handles every complete message in the buffer. */
  private async drain(): Promise<void> {
    while (!this.closed) {
      if (!this.started) {
        if (this.buffer.length < 8) return;
        const length = this.buffer.readInt32BE(0);
        if (this.buffer.length < length) return;
        const message = this.buffer.subarray(0, length);
        this.buffer = this.buffer.subarray(length);
        await this.startUp(message);
        continue;
      }
      if (this.buffer.length < 5) return;
      const length = 1 + this.buffer.readInt32BE(1);
      if (this.buffer.length < length) return;
      const message = this.buffer.subarray(0, length);
      this.buffer = this.buffer.subarray(length);
      if (message[0] === TERMINATE) {
        this.socket.end();
        return;
      }
      await this.exchange(message);
    }
  }

  private async startUp(message: Buffer): Promise<void> {
    const code = message.readInt32BE(4);
    if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
      this.socket.write("N"); // no encryption on loopback; the client goes on in plain text
      return;
    }
    if (code === CANCEL_REQUEST) {
      this.socket.end(); // a single session has no backend to signal
      return;
    }
    if (code !== PROTOCOL_3) {
      this.socket.end(fatal("0A000", "unsupported frontend protocol"));
      return;
    }
    const database = startupParameters(message).database ?? "";
    const served = this.databases.get(database);
    if (!served) {
      this.socket.end(fatal("3D000", `database "${database}" does not exist`));
      return;
    }
    const session = served.session;
    this.session = session;
    this.schema = served.schema;
    this.started = true;
    // The session is already started, so a later connection gets the first one's greeting (authentication ok,
    // parameters, ReadyForQuery) at once: waiting for the lease here would let a long transaction on another
    // connection run out the pool's connect timeout.
    if (!session.greeting) {
      const chunks: Uint8Array[] = [];
      await session.acquire(this);
      try {
        await session.run(new Uint8Array(message), (data) => chunks.push(Buffer.from(data)));
      } finally {
        session.release(this);
      }
      session.greeting = Buffer.concat(chunks);
    }
    if (!this.socket.destroyed) this.socket.write(session.greeting);
  }

  /** Runs one message holding the session; lets it go at a sync point outside a transaction block. */
  private async exchange(message: Uint8Array): Promise<void> {
    const syncPoint = message[0] === QUERY || message[0] === SYNC;
    const session = this.session!;
    await session.acquire(this);
    if (this.closed) return;
    // Handed over idle, between databases sharing the engine: this database's schema first, then the shared
    // extensions in public.
    if (this.schema && session.schema !== this.schema) {
      await session.run(simpleQuery(`SET search_path TO ${quoteIdentifier(this.schema)}, public`), () => undefined);
      session.schema = this.schema;
    }
    await session.run(message, (data) => {
      if (data.length > 0 && !this.socket.destroyed) this.socket.write(Buffer.from(data));
    });
    if (syncPoint && !session.db.isInTransaction()) session.release(this);
  }

  /** A client gone mid-exchange or mid-transaction: finish its exchange and roll back, then free the session. */
  private async cleanUp(): Promise<void> {
    const session = this.session;
    if (!session) return;
    this.session = null;
    session.forget(this);
    if (!session.isHeldBy(this)) return;
    try {
      await session.run(SYNC_MESSAGE, () => undefined);
      if (session.db.isInTransaction()) await session.db.exec("ROLLBACK");
    } finally {
      session.release(this);
    }
  }
}

export class EmbeddedPostgresServer {
  private readonly databases: Map<string, { session: Session; schema?: string }>;
  private readonly sessions: Session[];
  private readonly connections = new Map<Socket, Connection>();
  private server: Server | null = null;
  private boundPort: number;

  private readonly host: string;

  constructor(options: EmbeddedPostgresOptions) {
    this.host = options.host ?? "127.0.0.1";
    const byEngine = new Map<PGlite, Session>();
    const sessionOf = (engine: PGlite) => byEngine.get(engine) ?? byEngine.set(engine, new Session(engine)).get(engine)!;
    this.databases = new Map(
      Object.entries(options.databases).map(([name, served]) => [name, { session: sessionOf(served.engine), schema: served.schema }]),
    );
    this.sessions = [...byEngine.values()];
    this.boundPort = options.port ?? 0;
  }

  /** The port listened on (the one given, or the free one found at start). */
  get port(): number {
    return this.boundPort;
  }

  /** A pg URL for one of the databases. */
  url(database: string): string {
    return `postgres://postgres@${this.host}:${this.boundPort}/${database}`;
  }

  async start(): Promise<void> {
    await Promise.all(this.sessions.map((session) => session.db.waitReady));
    for (const { session, schema } of this.databases.values()) {
      if (schema) await session.db.exec(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(schema)}`);
    }
    const server = createServer((socket) => {
      const connection = new Connection(socket, this.databases);
      this.connections.set(socket, connection);
      void connection.finished.then(() => this.connections.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.boundPort, this.host, () => resolve());
    });
    const address = server.address();
    if (address && typeof address === "object") this.boundPort = address.port;
    this.server = server;
  }

  /** Stops listening, drops the clients (their open transactions roll back) and closes the databases. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    const closing = server ? new Promise<void>((resolve) => server.close(() => resolve())) : Promise.resolve();
    const finished = [...this.connections.values()].map((connection) => connection.finished);
    for (const socket of this.connections.keys()) socket.destroy();
    // The closed connections' clean-up (ROLLBACK, release) runs before the engines close.
    await Promise.all([closing, ...finished]);
    for (const session of this.sessions) await session.db.close();
  }
}
