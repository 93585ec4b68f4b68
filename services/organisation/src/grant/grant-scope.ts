import type { EntityManager } from "typeorm";
import {
  badUserInput,
  forbidden,
  isUuid,
  reachOf,
  type Reach,
  type Role,
  type ScopeKind,
  type SubgraphContext,
} from "@dongting/subgraph-kit";
import { refusalMessage } from "@dongting/domain/organisation";
import { ACCESS } from "../access.js";

/** Where a grant's scope is: the communities it spans (and its grid, for a GRID scope). */
export interface ScopePlace {
  communityIds: string[];
  gridId: string | null;
}

const isGlobalAdmin = (ctx: SubgraphContext) => ctx.viewer.grants.some((grant) => grant.role === "ADMIN" && grant.scope.kind === "GLOBAL");

/** SCOPE_ID_REQUIRED / SCOPE_ID_NOT_ALLOWED: GLOBAL has no id, every other kind needs one. */
export function checkScopeShape(scopeKind: ScopeKind, scopeId: string | null | undefined): string | null {
  if (scopeKind === "GLOBAL") {
    if (scopeId)
      throw badUserInput("SCOPE_ID_NOT_ALLOWED", refusalMessage("SCOPE_ID_NOT_ALLOWED", "a GLOBAL grant has no scope id"), {
        field: "scopeId",
      });
    return null;
  }
  if (!scopeId)
    throw badUserInput("SCOPE_ID_REQUIRED", refusalMessage("SCOPE_ID_REQUIRED", `a ${scopeKind} grant needs a scope id`), {
      field: "scopeId",
    });
  return scopeId;
}

/**
 * The communities a scope spans, from the tables (one statement); UNKNOWN_SCOPE when the id is not an
 * existing grid, org unit, community or street of that kind. A street-level org unit spans its street.
 */
export async function placeOfScope(manager: EntityManager, scopeKind: ScopeKind, scopeId: string | null): Promise<ScopePlace> {
  if (scopeKind === "GLOBAL" || scopeId === null) return { communityIds: [], gridId: null };
  const unknown = () =>
    badUserInput("UNKNOWN_SCOPE", refusalMessage("UNKNOWN_SCOPE", `${scopeId} is not a ${scopeKind} of this deployment`), {
      field: "scopeId",
    });
  if (!isUuid(scopeId)) throw unknown();
  const sql: Record<Exclude<ScopeKind, "GLOBAL">, string> = {
    GRID: `SELECT g."community_id" AS community_id, true AS found FROM "grid" g WHERE g."id" = $1`,
    COMMUNITY: `SELECT c."id" AS community_id, true AS found FROM "community" c WHERE c."id" = $1`,
    ORG_UNIT: `SELECT coalesce(u."community_id", c."id") AS community_id, true AS found
               FROM "org_unit" u LEFT JOIN "community" c ON u."community_id" IS NULL AND c."street_unit_id" = u."id" WHERE u."id" = $1`,
    STREET: `SELECT c."id" AS community_id, true AS found
             FROM "org_unit" u LEFT JOIN "community" c ON c."street_unit_id" = u."id"
             WHERE u."id" = $1 AND u."kind" = 'STREET_WORKING_COMMITTEE'`,
  };
  const rows: Array<{ community_id: string | null }> = await manager.query(sql[scopeKind], [scopeId]);
  if (rows.length === 0) throw unknown();
  return {
    communityIds: rows.map((row) => row.community_id).filter((id): id is string => !!id),
    gridId: scopeKind === "GRID" ? scopeId : null,
  };
}

/** Does a write reach cover every community of the scope (a GRID scope: that grid)? An empty span only GLOBAL. */
function covers(reach: Reach, place: ScopePlace): boolean {
  if (reach.global) return true;
  if (place.communityIds.length === 0) return false;
  if (place.gridId && reach.gridIds.includes(place.gridId)) return true;
  return place.communityIds.every((id) => reach.communityIds.includes(id));
}

/**
 * FORBIDDEN GRANT_SCOPE_NOT_COVERED unless the granter may hand out (or take back) `role` there: only a
 * GLOBAL ADMIN grants ADMIN, INTEGRATOR or anything GLOBAL; otherwise the granter's write reach as
 * PARTY_COMMITTEE or COMMUNITY_STAFF (STREET grants never count for writes) must cover the scope.
 */
export async function checkGrantCovered(ctx: SubgraphContext, role: Role, scopeKind: ScopeKind, place: ScopePlace): Promise<void> {
  if (isGlobalAdmin(ctx)) return;
  const adminOnly = role === "ADMIN" || role === "INTEGRATOR" || scopeKind === "GLOBAL";
  if (!adminOnly && covers(await reachOf(ctx, ACCESS.grantRoles, "write"), place)) return;
  throw forbidden(
    "GRANT_SCOPE_NOT_COVERED",
    refusalMessage(
      "GRANT_SCOPE_NOT_COVERED",
      adminOnly ? "only an administrator grants ADMIN, INTEGRATOR or GLOBAL roles" : "your grants do not cover that scope",
    ),
  );
}
