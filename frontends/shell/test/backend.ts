/**
 * The backend the browser tests run against: the gateway and four seeded subgraphs. It is started
 * with `startStack` from infra/local/stack.mjs, unless a gateway already answers on port 4000, in
 * which case that stack is used as is and left running.
 */
export const GATEWAY_ORIGIN = process.env.GATEWAY_ORIGIN ?? "http://localhost:4000";
export const GRAPHQL_URL = `${GATEWAY_ORIGIN}/graphql`;
export const DEV_TOKEN_URL = `${GATEWAY_ORIGIN}/auth/dev-token`;

export interface Backend {
  /** True when these tests started the stack (and so stop it). */
  readonly startedHere: boolean;
  stop(): Promise<void>;
}

interface StackHandle {
  stop(): Promise<void>;
  urls?: unknown;
}

interface StackModule {
  startStack(options: { frontends: boolean }): Promise<StackHandle>;
}

async function gatewayHealthy(): Promise<boolean> {
  try {
    const response = await fetch(`${GATEWAY_ORIGIN}/health`, { signal: AbortSignal.timeout(2_000) });
    return response.ok;
  } catch {
    return false;
  }
}

async function waitForGateway(timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await gatewayHealthy()) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`gateway ${GATEWAY_ORIGIN}/health did not answer within ${timeoutMs / 1000} s`);
}

export async function ensureBackend(): Promise<Backend> {
  if (await gatewayHealthy()) {
    return { startedHere: false, stop: async () => {} };
  }
  // Not a literal specifier, so the type checker does not insist on the file existing.
  const stackUrl = new URL("../../../infra/local/stack.mjs", import.meta.url).href;
  let stackModule: StackModule;
  try {
    stackModule = (await import(stackUrl)) as StackModule;
  } catch (error) {
    throw new Error(
      `no gateway on ${GATEWAY_ORIGIN} and infra/local/stack.mjs could not be loaded (${String(error)}). ` +
        "Start the stack, or build the backend (`pnpm run build:server`).",
    );
  }
  const stack = await stackModule.startStack({ frontends: false });
  try {
    await waitForGateway(60_000);
  } catch (error) {
    await stack.stop();
    throw error;
  }
  return { startedHere: true, stop: () => stack.stop() };
}

export async function fetchDevToken(roles: string[]): Promise<string> {
  const response = await fetch(DEV_TOKEN_URL, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ roles }),
  });
  if (!response.ok) throw new Error(`dev-token: HTTP ${response.status} ${await response.text()}`);
  const { token } = (await response.json()) as { token: string };
  return token;
}

/** Runs a query through the gateway, as the frontends do; throws on any GraphQL error. */
export async function queryGraph<T>(query: string, token: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await fetch(GRAPHQL_URL, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (!response.ok || body.errors?.length || !body.data) {
    throw new Error(`GraphQL ${response.status}: ${JSON.stringify(body.errors ?? body)}`);
  }
  return body.data;
}
