// One load run: autocannon against a GraphQL endpoint, every request with the same token (identical traffic) or
// each with the next token of a list (per-user traffic, as when every browser sends its own user's token).
import autocannon from "autocannon";

export interface LoadSettings {
  connections: number;
  durationSeconds: number;
}

export interface Operation {
  query: string;
  variables?: Record<string, unknown>;
}

export interface Figures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  failures: number;
}

type Headers = Record<string, string>;

interface GraphAnswer {
  data?: unknown;
  errors?: unknown[];
}

export async function postGraph(url: string, operation: Operation, token: string, headers: Headers = {}): Promise<GraphAnswer> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers, authorization: `Bearer ${token}` },
    body: JSON.stringify(operation),
  });
  return (await response.json()) as GraphAnswer;
}

/** Fails loudly before measuring: a figure for a query that errors would measure the error path. */
async function checkAnswers(url: string, operation: Operation, tokens: string[], headers: Headers): Promise<void> {
  for (const token of [tokens[0], tokens.at(-1)!]) {
    const answer = await postGraph(url, operation, token, headers);
    if (answer.errors || !answer.data) throw new Error(`${url}: the query fails: ${JSON.stringify(answer.errors)}`);
  }
}

/**
 * Runs the operation for the settings' duration; `tokens` of length 1 is identical traffic, more is per-user.
 * `headers` go with every request (`cache-control: no-cache` measures the gateway without its response cache).
 */
export async function measure(
  url: string,
  operation: Operation,
  tokens: string[],
  settings: LoadSettings,
  headers: Headers = {},
): Promise<Figures> {
  await checkAnswers(url, operation, tokens, headers);
  let next = 0;
  const result = await autocannon({
    url,
    connections: settings.connections,
    duration: settings.durationSeconds,
    requests: [
      {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify(operation),
        setupRequest: (request) => {
          const token = tokens[next++ % tokens.length];
          return { ...request, headers: { ...request.headers, authorization: `Bearer ${token}` } };
        },
      },
    ],
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.errors + result.non2xx + result.timeouts,
  };
}

/**
 * The best a gateway could do for a plan of serial steps: each step's direct rate measured alone, the steps' times
 * added up (1 / sum of 1/rate), as if one client made the subgraph calls itself one after the other.
 */
export function serialFloor(steps: Figures[]): number {
  return 1 / steps.reduce((sum, step) => sum + 1 / step.requestsPerSecond, 0);
}
