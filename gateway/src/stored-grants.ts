import { parseGrant, signDevToken, type Grant } from "@dongting/subgraph-kit";

const PERSON_GRANTS = "query PersonGrants($id: ID!) { person(id: $id) { grants { role scopeKind scopeId } } }";

/** Why a person's stored grants could not be read: the route answers with the status. */
export class StoredGrantsError extends Error {
  constructor(
    readonly status: 404 | 502 | 503,
    message: string,
  ) {
    super(message);
  }
}

interface PersonGrantsAnswer {
  data?: { person?: { grants?: Array<{ role: unknown; scopeKind: unknown; scopeId: unknown }> } | null } | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/**
 * The grants organisation stores for a person, read as that person: a one-minute token naming only them and
 * holding no grants (organisation lets a person read their own grants). Organisation is the owner of grants,
 * so the gateway asks it directly rather than through its own graph.
 */
export async function readStoredGrants(secret: string, organisationUrl: string, personId: string, timeoutMs: number): Promise<Grant[]> {
  const token = await signDevToken(secret, { personId, grants: [] }, "1m");
  let response: Response;
  try {
    response = await fetch(organisationUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: PERSON_GRANTS, variables: { id: personId } }),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch {
    throw new StoredGrantsError(503, "组织子系统暂不可用 (the organisation subgraph is unavailable): try again shortly");
  }
  if (response.status >= 500) {
    await response.text().catch(() => undefined);
    throw new StoredGrantsError(503, `组织子系统暂不可用 (the organisation subgraph answered HTTP ${response.status})`);
  }
  let answer: PersonGrantsAnswer;
  try {
    answer = (await response.json()) as PersonGrantsAnswer;
  } catch {
    throw new StoredGrantsError(502, "组织子系统的回答无法读取 (the organisation subgraph's answer was not JSON)");
  }
  const codes = (answer.errors ?? []).map((error) => error.extensions?.code);
  if (codes.includes("NOT_FOUND") || (!answer.errors?.length && answer.data?.person === null)) {
    throw new StoredGrantsError(404, "没有这个人 (no such person)");
  }
  const stored = answer.data?.person?.grants;
  if (answer.errors?.length || !Array.isArray(stored)) {
    throw new StoredGrantsError(502, `组织子系统拒绝读取授权 (organisation refused the grants: ${codes.join(", ") || "no data"})`);
  }
  // The stored rows are organisation's own, already checked there; a row this gateway cannot read is left out.
  return stored
    .map((row) => parseGrant({ role: row.role, scope: { kind: row.scopeKind, id: row.scopeId } }))
    .filter((grant): grant is Grant => grant !== null);
}
