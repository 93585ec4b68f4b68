import {
  notFound,
  recordHistory,
  refuseOnViolation,
  requireId,
  type Role,
  type ScopeKind,
  type SubgraphContext,
} from "@dongting/subgraph-kit";
import { refusalMessage } from "@dongting/domain/organisation";
import { Person } from "../person/person.entity.js";
import { checkGrantCovered, checkScopeShape, placeOfScope } from "./grant-scope.js";
import { RoleGrant } from "./role-grant.entity.js";

/** Grants `role` in a scope; checks in this order: shape, person, scope exists, the granter covers it, not held yet. */
export async function grantRole(
  ctx: SubgraphContext,
  personId: string,
  role: Role,
  scopeKind: ScopeKind,
  rawScopeId: string | null | undefined,
): Promise<RoleGrant> {
  const scopeId = checkScopeShape(scopeKind, rawScopeId);
  requireId("Person", personId);
  return ctx.db.transaction(async (manager) => {
    // FOR SHARE: the person cannot be deleted under the grant; concurrent grants of one person still run together.
    const person = await manager.findOne(Person, { where: { id: personId }, lock: { mode: "pessimistic_read" } });
    if (!person) throw notFound("Person", personId);
    const place = await placeOfScope(manager, scopeKind, scopeId);
    await checkGrantCovered(ctx, role, scopeKind, place);
    const grant = manager.create(RoleGrant, {
      personId,
      role,
      scopeKind,
      scopeId,
      grantedAt: ctx.clock.now(),
      grantedBy: ctx.viewer.personId,
    });
    await refuseOnViolation(() => manager.save(grant), {
      role_grant_key: { reason: "GRANT_EXISTS", message: refusalMessage("GRANT_EXISTS", `${person.name} already holds ${role} there`) },
    });
    await recordHistory(manager, ctx.viewer, {
      subjectType: "Person",
      subjectId: personId,
      action: "ROLE_GRANTED",
      detail: { grantId: grant.id, role, scopeKind, scopeId },
    });
    return grant;
  });
}

/** Takes a grant back; the granter must cover its scope as for granting it. */
export async function revokeRole(ctx: SubgraphContext, id: string): Promise<boolean> {
  requireId("RoleGrant", id);
  return ctx.db.transaction(async (manager) => {
    const grant = await manager.findOne(RoleGrant, { where: { id }, lock: { mode: "pessimistic_write" } });
    if (!grant) throw notFound("RoleGrant", id);
    await checkGrantCovered(ctx, grant.role, grant.scopeKind, await placeOfScope(manager, grant.scopeKind, grant.scopeId));
    await manager.delete(RoleGrant, { id });
    await recordHistory(manager, ctx.viewer, {
      subjectType: "Person",
      subjectId: grant.personId,
      action: "ROLE_REVOKED",
      detail: { grantId: id, role: grant.role, scopeKind: grant.scopeKind, scopeId: grant.scopeId },
    });
    return true;
  });
}
