import { isRole, parseGrant, signDevToken, type Grant, type Role, type RouteHandler } from "@dongting/subgraph-kit";
import { readStoredGrants, StoredGrantsError } from "./stored-grants.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ROLE_LIST = "RESIDENT, VOLUNTEER, GRID_LEADER, COMMUNITY_STAFF, PARTY_COMMITTEE, STATION_STAFF, INTEGRATOR, ADMIN";
const USAGE =
  'body must be JSON: {"personId"} (the person\'s stored grants), {"personId"?, "roles": [ROLE...]} or {"personId", "grants": [...]}';

export interface DevTokenRouteOptions {
  secret: string;
  /** Organisation's GraphQL URL: it stores the grants `{"personId"}` alone issues. */
  organisationUrl: string;
  timeoutMs: number;
}

type Parsed = { personId: string | null; roles?: Role[]; grants?: Grant[] } | { error: string };

function parseBody(body: string): Parsed {
  let parsed: { personId?: unknown; roles?: unknown; grants?: unknown };
  try {
    parsed = JSON.parse(body || "{}");
  } catch {
    return { error: USAGE };
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return { error: USAGE };
  const { personId, roles, grants } = parsed;
  if (personId !== undefined && personId !== null && (typeof personId !== "string" || !UUID.test(personId))) {
    return { error: "personId must be a person id (uuid)" };
  }
  const result: Parsed = { personId: (personId as string | null | undefined) ?? null };
  if (roles !== undefined) {
    if (!Array.isArray(roles) || roles.length === 0 || !roles.every(isRole))
      return { error: `roles must be a non-empty array of ${ROLE_LIST}` };
    result.roles = roles;
  }
  if (grants !== undefined) {
    const valid = Array.isArray(grants) ? grants.map(parseGrant) : [null];
    if (valid.some((grant) => grant === null) || valid.length > 200) {
      return {
        error: `grants must be an array of {"role": ROLE, "scope": {"kind": GRID|ORG_UNIT|COMMUNITY|STREET, "id"} | {"kind": "GLOBAL"}}`,
      };
    }
    result.grants = valid as Grant[];
  }
  if (!result.roles && !result.grants && !result.personId) return { error: USAGE };
  return result;
}

/**
 * POST /auth/dev-token -> {"token"}, only in AUTH_MODE=dev. `{"personId"}` alone: the person's stored grants,
 * read from organisation (none: a signed-in person holding no role; unknown: 404; organisation down: 503).
 * `roles` (tests, service accounts) are held GLOBAL; explicit `grants` (tests) are signed as given.
 */
export function devTokenRoute(options: DevTokenRouteOptions): RouteHandler {
  return async (_req, body) => {
    const parsed = parseBody(body);
    if ("error" in parsed) return { status: 400, body: { error: parsed.error } };
    let { grants } = parsed;
    if (!parsed.roles && !grants) {
      try {
        grants = await readStoredGrants(options.secret, options.organisationUrl, parsed.personId!, options.timeoutMs);
      } catch (error) {
        if (error instanceof StoredGrantsError) return { status: error.status, body: { error: error.message } };
        throw error;
      }
    }
    const token = await signDevToken(options.secret, { personId: parsed.personId, roles: parsed.roles, grants });
    return { status: 200, body: { token } };
  };
}
