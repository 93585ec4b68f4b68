// Who the matrix, privacy and fuzz tests ask as: nobody (no token) and each of the eight roles, as the demo
// persona who holds the role where the role is a person's (the shell offers the same personas), signed in as
// the shell signs in: `{personId}` alone, so the token holds the persona's stored, scoped grants.
import { ROLES, type Role } from "@dongting/subgraph-kit";
import { DEMO_PERSONAS, demoPersonId } from "@dongting/subgraph-kit/seed";
import { post } from "../stack.js";

export type ViewerName = "anonymous" | Role;

/** The matrix's columns, in the order the table file lists them. */
export const VIEWERS: readonly ViewerName[] = ["anonymous", ...ROLES];

/** The demo persona of each person's role; INTEGRATOR (a service account) and ADMIN (the operator) are no one. */
export function personaOf(role: Role): string | null {
  const persona = DEMO_PERSONAS.find((candidate) => candidate.role === role);
  return persona ? demoPersonId(persona.index) : null;
}

/**
 * A bearer token per viewer from the gateway's `POST /auth/dev-token` (anonymous: none): a persona's stored
 * grants (`{personId}`), INTEGRATOR and ADMIN their role GLOBAL (`{roles}`).
 */
export async function viewerTokens(gatewayUrl: string): Promise<Record<ViewerName, string | undefined>> {
  const tokens = { anonymous: undefined } as Record<ViewerName, string | undefined>;
  for (const role of ROLES) {
    const personId = personaOf(role);
    const answer = await post(`${gatewayUrl}/auth/dev-token`, personId ? { personId } : { roles: [role] });
    const token = (answer as unknown as { token?: string }).token;
    if (answer.status !== 200 || !token) throw new Error(`no dev token for ${role}: HTTP ${answer.status}`);
    tokens[role] = token;
  }
  return tokens;
}

export const bearer = (token: string | undefined): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});
