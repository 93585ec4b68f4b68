import { findPersona, type PersonaKey } from "../src/personas";
import type { Role } from "../src/remote-props";
import { fetchDevToken as requestDevToken } from "../src/token";
import { DEV_TOKEN_URL, GRAPHQL_URL } from "./stack";

/** A dev token from the running gateway (AUTH_MODE=dev) for these roles and, optionally, this person. */
export function fetchDevToken(roles: Role[], personId?: string | null): Promise<string> {
  return requestDevToken(DEV_TOKEN_URL, { roles, ...(personId ? { personId } : {}) });
}

/** A dev token for a demo persona as the shell gets it: its person id only, so it carries the person's stored grants. */
export function personaToken(key: PersonaKey): Promise<string> {
  const persona = findPersona(key);
  if (!persona) throw new Error(`unknown persona "${key}"`);
  return requestDevToken(DEV_TOKEN_URL, { personId: persona.personId });
}

export interface GraphAnswer<T> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

/** Posts an operation to the gateway as the frontends do (JSON, bearer token) and returns the whole answer. */
export async function postGraph<T = Record<string, unknown>>(
  query: string,
  token: string | null,
  variables?: Record<string, unknown>,
): Promise<GraphAnswer<T>> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(GRAPHQL_URL, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
  const text = await response.text();
  let body: Omit<GraphAnswer<T>, "status">;
  try {
    body = JSON.parse(text) as Omit<GraphAnswer<T>, "status">;
  } catch {
    throw new Error(`GraphQL ${response.status}: not JSON: ${text.slice(0, 300)}`);
  }
  return { ...body, status: response.status };
}

/** Runs an operation through the gateway and returns its data; throws on any GraphQL error. */
export async function queryGraph<T = Record<string, unknown>>(
  query: string,
  token: string | null,
  variables?: Record<string, unknown>,
): Promise<T> {
  const answer = await postGraph<T>(query, token, variables);
  if (answer.status !== 200 || answer.errors?.length || !answer.data) {
    throw new Error(`GraphQL ${answer.status}: ${JSON.stringify(answer.errors ?? answer).slice(0, 1000)}`);
  }
  return answer.data;
}
