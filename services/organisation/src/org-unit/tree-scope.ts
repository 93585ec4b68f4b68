import type { EntityManager } from "typeorm";
import { forbidden, grantsFor, scopeIds, type Role, type SubgraphContext } from "@dongting/subgraph-kit";
import { refusalMessage } from "@dongting/domain/organisation";
import { ACCESS } from "../access.js";

/**
 * FORBIDDEN OUT_OF_SCOPE unless the viewer may edit the party tree at every unit of `unitIds` (the unit
 * written, its parent or new parent): a GLOBAL grant of a role that edits; an ORG_UNIT grant on the unit or
 * one above it (hitobito's layer_and_below: a branch secretary edits their branch, never a sibling's); or a
 * COMMUNITY grant on the unit's community (of `roles`: the tree's editors unless a record names others). STREET grants never count for writes. A null id (a new top-level
 * unit) is covered only by a GLOBAL grant. One statement; call it inside the write's transaction, before writing.
 */
export async function checkTreeScope(
  ctx: SubgraphContext,
  manager: EntityManager,
  unitIds: ReadonlyArray<string | null>,
  roles: readonly Role[] = ACCESS.editPartyTree,
): Promise<void> {
  const grants = grantsFor(ctx.viewer, roles, "write");
  if (grants.some((grant) => grant.scope.kind === "GLOBAL")) return;
  const scopes = grants.map((grant) => grant.scope);
  const ids = [...new Set(unitIds)];
  const refuse = () => forbidden("OUT_OF_SCOPE", refusalMessage("OUT_OF_SCOPE", "this party organisation is outside your scope"));
  if (ids.includes(null) || scopes.length === 0) throw refuse();
  const [{ covered }]: Array<{ covered: number }> = await manager.query(
    `SELECT count(*)::int AS covered FROM "org_unit" u
     WHERE u."id" = ANY($1::uuid[])
       AND (u."community_id" = ANY($2::uuid[])
            OR EXISTS (SELECT 1 FROM "org_unit" g WHERE g."id" = ANY($3::uuid[]) AND u."path" <@ g."path"))`,
    [ids, scopeIds(scopes, "COMMUNITY"), scopeIds(scopes, "ORG_UNIT")],
  );
  if (covered < ids.length) throw refuse();
}
