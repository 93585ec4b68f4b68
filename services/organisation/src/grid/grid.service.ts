import { In, type EntityManager, type EntityTarget } from "typeorm";
import {
  badUserInput,
  notFound,
  recordHistory,
  refuseOnViolation,
  requiredText,
  requireId,
  type SubgraphContext,
} from "@dongting/subgraph-kit";
import { NAME_MAX, normaliseGridCode, refusalMessage } from "@dongting/domain/organisation";
import { CommunityRole } from "../person/community-role.js";
import { grantGridLeadership, revokeGridLeadership } from "../grant/grid-leadership.js";
import { grantRole, revokeLeaderRoleUnlessStillLeading } from "../person/leader-roles.js";
import { Person } from "../person/person.entity.js";
import { Building } from "./building.entity.js";
import { Grid } from "./grid.entity.js";
import type { CreateBuildingInput, CreateGridInput, CreateNeighbourhoodInput } from "./grid.input.js";
import { Neighbourhood } from "./neighbourhood.entity.js";
import { ACCESS } from "../access.js";
import { Community } from "../community/community.entity.js";
import { communityOfNewRow } from "../community/community-of-new-row.js";
import { checkInScope } from "@dongting/subgraph-kit";

/** Grid-tree writes are refused out of the editor's write reach (OUT_OF_SCOPE), before anything is written. */
const checkGridTreeScope = (ctx: SubgraphContext, row: { communityId: string }) =>
  checkInScope(ctx, ACCESS.editGridTree, { communityId: row.communityId }, "write");

const nameOrThrow = (raw: string): string => requiredText("name", raw, NAME_MAX);

/** Locks the people (in id order, so two writers never wait on each other in a cycle) and checks they exist. */
async function lockPeople(manager: EntityManager, ids: Array<string | null | undefined>): Promise<Person[]> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))].sort();
  if (wanted.length === 0) return [];
  const found = await manager.find(Person, { where: { id: In(wanted) }, order: { id: "ASC" }, lock: { mode: "pessimistic_write" } });
  const missing = wanted.find((id) => !found.some((person) => person.id === id));
  if (missing) throw notFound("Person", missing);
  return found;
}

async function lockRow<T extends { id: string }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  what: string,
  id: string,
  mode: "pessimistic_read" | "pessimistic_write",
): Promise<T> {
  const row = await manager.findOne(entity, { where: { id } as never, lock: { mode } });
  if (!row) throw notFound(what, id);
  return row;
}

export async function createGrid(ctx: SubgraphContext, input: CreateGridInput): Promise<Grid> {
  const name = nameOrThrow(input.name);
  const coded = normaliseGridCode(input.code);
  if ("reason" in coded) throw badUserInput(coded.reason, coded.message, { field: "code" });
  return ctx.db.transaction(async (manager) => {
    const prefixed = input.communityId ? null : await manager.findOneBy(Community, { code: coded.code.split("-")[0] });
    const communityId = await communityOfNewRow(ctx, manager, ACCESS.editGridTree, input.communityId ?? prefixed?.id);
    await lockPeople(manager, [input.leaderId]);
    const grid = manager.create(Grid, { code: coded.code, name, communityId, leaderId: input.leaderId ?? null });
    await refuseOnViolation(() => manager.save(grid), {
      grid_code_key: { reason: "GRID_CODE_TAKEN", message: refusalMessage("GRID_CODE_TAKEN", `grid code ${coded.code} is already used`) },
    });
    if (grid.leaderId) {
      await grantRole(manager, grid.leaderId, CommunityRole.GRID_LEADER);
      await grantGridLeadership(manager, ctx.viewer, grid.leaderId, grid.id, ctx.clock.now());
    }
    await recordHistory(manager, ctx.viewer, {
      subjectType: "Grid",
      subjectId: grid.id,
      action: "CREATED",
      detail: { code: grid.code, name: grid.name, leaderId: grid.leaderId },
    });
    return grid;
  });
}

export async function createNeighbourhood(ctx: SubgraphContext, input: CreateNeighbourhoodInput): Promise<Neighbourhood> {
  const name = nameOrThrow(input.name);
  return ctx.db.transaction(async (manager) => {
    const grid = await lockRow(manager, Grid, "Grid", input.gridId, "pessimistic_read");
    await checkGridTreeScope(ctx, grid);
    await lockPeople(manager, [input.leaderId]);
    const neighbourhood = manager.create(Neighbourhood, {
      name,
      gridId: input.gridId,
      communityId: grid.communityId,
      leaderId: input.leaderId ?? null,
    });
    await refuseOnViolation(() => manager.save(neighbourhood), {
      neighbourhood_grid_name_key: {
        reason: "NEIGHBOURHOOD_NAME_TAKEN",
        message: refusalMessage("NEIGHBOURHOOD_NAME_TAKEN", `the grid already has a neighbourhood named ${name}`),
      },
    });
    if (neighbourhood.leaderId) await grantRole(manager, neighbourhood.leaderId, CommunityRole.NEIGHBOURHOOD_LEADER);
    await recordHistory(manager, ctx.viewer, {
      subjectType: "Neighbourhood",
      subjectId: neighbourhood.id,
      action: "CREATED",
      detail: { name, gridId: input.gridId, leaderId: neighbourhood.leaderId },
    });
    return neighbourhood;
  });
}

export async function createBuilding(ctx: SubgraphContext, input: CreateBuildingInput): Promise<Building> {
  const name = nameOrThrow(input.name);
  return ctx.db.transaction(async (manager) => {
    const neighbourhood = await lockRow(manager, Neighbourhood, "Neighbourhood", input.neighbourhoodId, "pessimistic_read");
    await checkGridTreeScope(ctx, neighbourhood);
    await lockPeople(manager, [input.leaderId]);
    const building = manager.create(Building, {
      name,
      communityId: neighbourhood.communityId,
      households: input.households,
      neighbourhoodId: input.neighbourhoodId,
      leaderId: input.leaderId ?? null,
    });
    await refuseOnViolation(() => manager.save(building), {
      building_neighbourhood_name_key: {
        reason: "BUILDING_NAME_TAKEN",
        message: refusalMessage("BUILDING_NAME_TAKEN", `the neighbourhood already has a building named ${name}`),
      },
    });
    if (building.leaderId) await grantRole(manager, building.leaderId, CommunityRole.BUILDING_LEADER);
    await recordHistory(manager, ctx.viewer, {
      subjectType: "Building",
      subjectId: building.id,
      action: "CREATED",
      detail: { name, households: building.households, neighbourhoodId: input.neighbourhoodId, leaderId: building.leaderId },
    });
    return building;
  });
}

interface LeaderTarget<T> {
  entity: EntityTarget<T>;
  subjectType: "Grid" | "Neighbourhood" | "Building";
  role: CommunityRole;
}

const GRID: LeaderTarget<Grid> = { entity: Grid, subjectType: "Grid", role: CommunityRole.GRID_LEADER };
const NEIGHBOURHOOD: LeaderTarget<Neighbourhood> = {
  entity: Neighbourhood,
  subjectType: "Neighbourhood",
  role: CommunityRole.NEIGHBOURHOOD_LEADER,
};
const BUILDING: LeaderTarget<Building> = { entity: Building, subjectType: "Building", role: CommunityRole.BUILDING_LEADER };

/**
 * Sets (or with null clears) the leader, moving the leader role along: the new leader gains it, the
 * previous one keeps it only while still leading another unit of that kind.
 */
async function setLeader<T extends { id: string; leaderId: string | null; communityId: string }>(
  ctx: SubgraphContext,
  target: LeaderTarget<T>,
  id: string,
  personId: string | null | undefined,
): Promise<T> {
  requireId(target.subjectType, id);
  const leaderId = personId ? requireId("Person", personId) : null;
  return ctx.db.transaction(async (manager) => {
    const row = await lockRow(manager, target.entity, target.subjectType, id, "pessimistic_write");
    await checkGridTreeScope(ctx, row);
    const previous = row.leaderId;
    await lockPeople(manager, [previous, leaderId]);
    if (previous === leaderId) return row;
    await manager.update(target.entity, { id } as never, { leaderId } as never);
    if (leaderId) await grantRole(manager, leaderId, target.role);
    if (previous) await revokeLeaderRoleUnlessStillLeading(manager, previous, target.role);
    if (target.subjectType === "Grid") {
      if (previous) await revokeGridLeadership(manager, ctx.viewer, previous, id);
      if (leaderId) await grantGridLeadership(manager, ctx.viewer, leaderId, id, ctx.clock.now());
    }
    await recordHistory(manager, ctx.viewer, {
      subjectType: target.subjectType,
      subjectId: id,
      action: "LEADER_SET",
      detail: { from: previous, to: leaderId },
    });
    row.leaderId = leaderId;
    return row;
  });
}

export const setGridLeader = (ctx: SubgraphContext, gridId: string, personId?: string | null) => setLeader(ctx, GRID, gridId, personId);
export const setNeighbourhoodLeader = (ctx: SubgraphContext, neighbourhoodId: string, personId?: string | null) =>
  setLeader(ctx, NEIGHBOURHOOD, neighbourhoodId, personId);
export const setBuildingLeader = (ctx: SubgraphContext, buildingId: string, personId?: string | null) =>
  setLeader(ctx, BUILDING, buildingId, personId);
