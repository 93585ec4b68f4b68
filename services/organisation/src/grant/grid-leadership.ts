import type { EntityManager } from "typeorm";
import { recordHistory, type Viewer } from "@dongting/subgraph-kit";

/*
 * A grid's 网格长 holds GRID_LEADER on that grid as a stored grant, so the next dev token (or the identity
 * provider's claim) carries the scope: setting the leader grants it, replacing or clearing the leader takes it
 * back. Callers hold the person rows FOR UPDATE (lockPeople), and the unique role_grant_key backs the insert.
 */

export async function grantGridLeadership(
  manager: EntityManager,
  viewer: Viewer,
  personId: string,
  gridId: string,
  at: Date,
): Promise<void> {
  const inserted: Array<{ id: string }> = await manager.query(
    `INSERT INTO role_grant (person_id, role, scope_kind, scope_id, granted_at, granted_by)
     SELECT $1, 'GRID_LEADER', 'GRID', $2, $3, $4
     WHERE NOT EXISTS (SELECT 1 FROM role_grant WHERE person_id = $1 AND role = 'GRID_LEADER' AND scope_kind = 'GRID' AND scope_id = $2)
     RETURNING id`,
    [personId, gridId, at, viewer.personId],
  );
  if (inserted.length === 0) return;
  await recordHistory(manager, viewer, {
    subjectType: "Person",
    subjectId: personId,
    action: "ROLE_GRANTED",
    detail: { grantId: inserted[0].id, role: "GRID_LEADER", scopeKind: "GRID", scopeId: gridId, because: "GRID_LEADER_SET" },
  });
}

export async function revokeGridLeadership(manager: EntityManager, viewer: Viewer, personId: string, gridId: string): Promise<void> {
  const deleted: Array<{ id: string }> = await manager.query(
    `DELETE FROM role_grant WHERE person_id = $1 AND role = 'GRID_LEADER' AND scope_kind = 'GRID' AND scope_id = $2 RETURNING id`,
    [personId, gridId],
  );
  if (deleted.length === 0) return;
  await recordHistory(manager, viewer, {
    subjectType: "Person",
    subjectId: personId,
    action: "ROLE_REVOKED",
    detail: { grantId: deleted[0].id, role: "GRID_LEADER", scopeKind: "GRID", scopeId: gridId, because: "GRID_LEADER_SET" },
  });
}
