import type { EntityManager } from "typeorm";
import { HistoryEntry } from "@dongting/subgraph-kit";
import { demoCommunityId, insertInChunks } from "@dongting/subgraph-kit/seed";
import { OrgUnit } from "../org-unit/org-unit.entity.js";
import { PartyMembership } from "../party/party-membership.entity.js";
import { OrgUnitBuilding, OrgUnitGrid } from "../org-unit/coverage.entity.js";
import { SEED_CHUNK } from "./bulk-insert.js";
import type { demoPartyTree } from "./party-tree.data.js";

/** The party tree: the units (paths included), the memberships, the coverage links, a CREATED entry per unit. */
export async function seedPartyTree(manager: EntityManager, tree: ReturnType<typeof demoPartyTree>): Promise<void> {
  // The street (no parent) belongs to no community; every unit below it to Dongting.
  const dongting = demoCommunityId(1);
  await insertInChunks(
    manager,
    OrgUnit,
    tree.units.map((unit) => ({ ...unit, communityId: unit.parentId ? dongting : null })),
    SEED_CHUNK,
  );
  await insertInChunks(manager, PartyMembership, tree.memberships, SEED_CHUNK);
  await insertInChunks(manager, OrgUnitGrid, tree.coverage.grids, SEED_CHUNK);
  await insertInChunks(manager, OrgUnitBuilding, tree.coverage.buildings, SEED_CHUNK);
  const parentName = new Map(tree.units.map((unit) => [unit.id, unit.name]));
  await insertInChunks(
    manager,
    HistoryEntry,
    tree.units.map((unit) => ({
      subjectType: "OrgUnit",
      subjectId: unit.id,
      action: "CREATED",
      actorId: null,
      detail: {
        name: unit.name,
        kind: unit.kind,
        form: unit.form,
        parentId: unit.parentId,
        parentName: unit.parentId ? parentName.get(unit.parentId) : null,
        seeded: true,
      },
    })),
    SEED_CHUNK,
  );
}
