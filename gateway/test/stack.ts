// Typed access to infra/local/stack.mjs for the gateway tests.
export interface RunningStack {
  urls: { graphql: string; gateway: string; shell: string; subgraphs: Record<string, string> };
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
  let parsed: Record<string, unknown> = {};
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = { raw: text };
  }
  return { status: response.status, ...parsed };
}

/** The SQL statements a subgraph process ran since the last reset (SQL_STATS_ENDPOINT=1 in tests). */
export async function resetStatements(subgraphGraphqlUrl: string): Promise<void> {
  await post(`${subgraphGraphqlUrl.replace(/\/graphql$/, "")}/debug/sql/reset`, {});
}

export async function statementsSinceReset(subgraphGraphqlUrl: string): Promise<string[]> {
  const response = await fetch(`${subgraphGraphqlUrl.replace(/\/graphql$/, "")}/debug/sql`);
  return ((await response.json()) as { statements: string[] }).statements;
}
