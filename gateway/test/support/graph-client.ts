// Asking a running stack as someone: dev tokens the way the shell gets them ({personId}: stored grants) or
// the way tests name them ({roles}, {grants}), and whether a refused write left a subgraph untouched.
import { expect } from "vitest";
import { post, resetStatements, statementsSinceReset, type Answer, type RunningStack } from "../stack.js";

export type TokenRequest = {
  personId?: string;
  roles?: string[];
  grants?: Array<{ role: string; scope: { kind: string; id?: string | null } }>;
};

export function graphClient(stack: RunningStack) {
  async function tokenFor(request: TokenRequest): Promise<string> {
    const answer = await post(`${stack.urls.gateway}/auth/dev-token`, request);
    const token = (answer as unknown as { token?: string }).token;
    if (answer.status !== 200 || !token)
      throw new Error(`no dev token for ${JSON.stringify(request)}: HTTP ${answer.status} ${JSON.stringify(answer)}`);
    return token;
  }
  const ask = (token: string | undefined, query: string, variables?: Record<string, unknown>): Promise<Answer> =>
    post(stack.urls.graphql, { query, variables }, token ? { authorization: `Bearer ${token}` } : {});
  /** Asks and expects no error: the data. */
  async function read(token: string | undefined, query: string, variables?: Record<string, unknown>): Promise<any> {
    const answer = await ask(token, query, variables);
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    return answer.data;
  }
  /**
   * Runs a refused operation and checks the subgraph ran no write for it. The read copies' periodic pull
   * (geo_*, team_community) writes on its own clock, so its statements are not the operation's.
   */
  async function expectRefusedWithoutWrites(subgraph: string, operation: () => Promise<Answer>, code: string, reason?: string) {
    const url = stack.urls.subgraphs[subgraph];
    await resetStatements(url);
    const answer = await operation();
    const error = answer.errors?.[0];
    expect(error?.extensions?.code, JSON.stringify(answer.errors)).toBe(code);
    if (reason) expect(error?.extensions?.reason, JSON.stringify(answer.errors)).toBe(reason);
    const writes = (await statementsSinceReset(url)).filter(
      (statement) => /^\s*(INSERT|UPDATE|DELETE|MERGE)\b/i.test(statement) && !/"?(geo_\w+|team_community)"?/.test(statement),
    );
    expect(writes, `${subgraph} wrote for a refused operation`).toEqual([]);
    return answer;
  }
  return { tokenFor, ask, read, expectRefusedWithoutWrites };
}

/** A JWT's claims, unverified. */
export const claimsOf = (token: string): Record<string, any> => JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString());
