import { isRole, signDevToken, type Role, type RouteHandler } from "@dongting/subgraph-kit";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** POST /auth/dev-token {"personId"?, "roles": [...]} -> {"token"}: only in AUTH_MODE=dev. */
export function devTokenRoute(secret: string): RouteHandler {
  return async (_req, body) => {
    let parsed: { personId?: unknown; roles?: unknown };
    try {
      parsed = JSON.parse(body || "{}");
    } catch {
      return { status: 400, body: { error: 'body must be JSON: {"personId"?: string, "roles": [ROLE...]}' } };
    }
    const roles = parsed.roles;
    if (!Array.isArray(roles) || roles.length === 0 || !roles.every(isRole)) {
      return {
        status: 400,
        body: {
          error:
            "roles must be a non-empty array of RESIDENT, VOLUNTEER, GRID_LEADER, COMMUNITY_STAFF, PARTY_COMMITTEE, STATION_STAFF, INTEGRATOR, ADMIN",
        },
      };
    }
    const personId = parsed.personId;
    if (personId !== undefined && personId !== null && (typeof personId !== "string" || !UUID.test(personId))) {
      return { status: 400, body: { error: "personId must be a person id (uuid)" } };
    }
    const token = await signDevToken(secret, { personId: (personId as string | undefined) ?? null, roles: roles as Role[] });
    return { status: 200, body: { token } };
  };
}
