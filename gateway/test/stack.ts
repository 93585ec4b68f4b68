// Typed access to infra/local/stack.mjs for the gateway tests.
export interface RunningStack {
  urls: { graphql: string; gateway: string; shell: string; subgraphs: Record<string, string> };
  /** Where the stack's clock started: TEST_CLOCK_START of infra/local/stack-clock.mjs. */
  clockStart: string;
  /** The stack's current time: a test stack starts on a fixed day (clockStart) and moves on from there with real time. */
  clockNow(): string;
  /** Moves every running subgraph's clock to `at`; returns each subgraph's new reading. */
  setClock(at: string): Promise<Record<string, string>>;
  pids(): Record<string, number>;
  startProcess(key: string): Promise<void>;
  stopProcess(key: string): Promise<void>;
  stop(): Promise<void>;
}

export async function startTestStack(env: Record<string, string> = {}): Promise<RunningStack> {
  const modulePath = new URL("../../infra/local/stack.mjs", import.meta.url).href;
  const { startStack } = (await import(/* @vite-ignore */ modulePath)) as {
    startStack(options: object): Promise<RunningStack>;
  };
  return startStack({ mode: "test", env: { SQL_STATS_ENDPOINT: "1", ...env } });
}

export interface Answer {
  status: number;
  data?: any;
  errors?: Array<{ message: string; path?: (string | number)[]; extensions?: Record<string, any> }>;
}

export async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, ...parseBody(text) };
}

function parseBody(text: string): Record<string, unknown> {
  try {
    return JSON.parse(text);
  } catch {
    return { raw: text };
  }
}

/** The SQL statements a subgraph process ran since the last reset (SQL_STATS_ENDPOINT=1 in tests). */
export async function resetStatements(subgraphGraphqlUrl: string): Promise<void> {
  await post(`${subgraphGraphqlUrl.replace(/\/graphql$/, "")}/debug/sql/reset`, {});
}

export async function statementsSinceReset(subgraphGraphqlUrl: string): Promise<string[]> {
  const response = await fetch(`${subgraphGraphqlUrl.replace(/\/graphql$/, "")}/debug/sql`);
  return ((await response.json()) as { statements: string[] }).statements;
}
