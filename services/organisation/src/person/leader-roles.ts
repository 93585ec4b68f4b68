import type { EntityManager } from "typeorm";
import { CommunityRole } from "./community-role.js";

/** The table whose `leader_id` makes a person hold each leader role. */
const LEADER_TABLE: Partial<Record<CommunityRole, string>> = {
  [CommunityRole.GRID_LEADER]: "grid",
  [CommunityRole.NEIGHBOURHOOD_LEADER]: "neighbourhood",
  [CommunityRole.BUILDING_LEADER]: "building",
};

/**
 * A person's leader roles follow the leader assignments. Callers lock the person rows (FOR UPDATE)
 * first, so the "still leads something" check below sees every committed assignment.
 */
export async function grantRole(manager: EntityManager, personId: string, role: CommunityRole): Promise<void> {
  await manager.query(
    `UPDATE "person" SET "roles" = array_append("roles", $2::varchar) WHERE "id" = $1 AND NOT ($2::varchar = ANY("roles"))`,
    [personId, role],
  );
}

export async function revokeLeaderRoleUnlessStillLeading(manager: EntityManager, personId: string, role: CommunityRole): Promise<void> {
  const table = LEADER_TABLE[role];
  if (!table) throw new Error(`${role} is not a leader role`);
  await manager.query(
    `UPDATE "person" SET "roles" = array_remove("roles", $2::varchar)
     WHERE "id" = $1 AND NOT EXISTS (SELECT 1 FROM "${table}" WHERE "leader_id" = $1)`,
    [personId, role],
  );
}
