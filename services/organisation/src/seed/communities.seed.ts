import type { EntityManager } from "typeorm";
import type { Role, ScopeKind } from "@dongting/subgraph-kit";
import {
  DEMO_COMMUNITIES,
  DEMO_GRID_TOTAL,
  DEMO_PERSONAS,
  STREET_UNIT,
  demoCommunityId,
  demoGridId,
  demoOrgUnitId,
  demoPersonId,
  demoPersonaGrant,
  gridLeaderOf,
  insertInChunks,
} from "@dongting/subgraph-kit/seed";
import { Community } from "../community/community.entity.js";
import { RoleGrant } from "../grant/role-grant.entity.js";

/** The demo street's three communities, before their units exist (the units name them; the migration made Dongting's). */
export async function seedCommunities(manager: EntityManager): Promise<void> {
  await manager.upsert(
    Community,
    DEMO_COMMUNITIES.map((c) => ({ id: c.id, code: c.code, name: c.name, streetUnitId: null, committeeUnitId: null })),
    ["id"],
  );
}

/** Once the party tree is in: each community's street and committee. */
export async function linkCommunityUnits(manager: EntityManager): Promise<void> {
  for (const c of DEMO_COMMUNITIES) {
    await manager.update(Community, { id: c.id }, { streetUnitId: demoOrgUnitId(STREET_UNIT), committeeUnitId: c.committeeUnitId });
  }
}

/** The neighbours' community staff (the kit's personas cover Dongting and the street). */
const NEIGHBOUR_STAFF = [
  { person: 603, community: 2 },
  { person: 723, community: 3 },
];

/**
 * The stored grants the dev-token route issues: each persona's (the kit's demoPersonaGrant), a GRID grant
 * for every grid leader on their grid, 赵强's as a patrol volunteer, and a COMMUNITY_STAFF member in each
 * neighbouring community.
 */
export async function seedGrants(manager: EntityManager, now: Date): Promise<void> {
  const grants: Array<{ personId: string; role: Role; scope: { kind: ScopeKind; id: string } }> = DEMO_PERSONAS.map((persona) => ({
    personId: demoPersonId(persona.index),
    ...demoPersonaGrant(persona),
  }));
  for (let g = 1; g <= DEMO_GRID_TOTAL; g += 1) {
    grants.push({ personId: demoPersonId(gridLeaderOf(g)), role: "GRID_LEADER", scope: { kind: "GRID", id: demoGridId(g) } });
  }
  // 赵强 also serves in the 七宝巡逻队 (the volunteers seed's patrol): a volunteer of Dongting besides his grid.
  grants.push({ personId: demoPersonId(6), role: "VOLUNTEER", scope: { kind: "COMMUNITY", id: demoCommunityId(1) } });
  for (const staff of NEIGHBOUR_STAFF) {
    grants.push({
      personId: demoPersonId(staff.person),
      role: "COMMUNITY_STAFF",
      scope: { kind: "COMMUNITY", id: demoCommunityId(staff.community) },
    });
  }
  const key = (grant: (typeof grants)[number]) => `${grant.personId}|${grant.role}|${grant.scope.kind}|${grant.scope.id}`;
  const distinct = [...new Map(grants.map((grant) => [key(grant), grant])).values()];
  await insertInChunks(
    manager,
    RoleGrant,
    distinct.map((grant) => ({
      personId: grant.personId,
      role: grant.role,
      scopeKind: grant.scope.kind,
      scopeId: grant.scope.id,
      grantedAt: now,
      grantedBy: null,
    })),
  );
}
