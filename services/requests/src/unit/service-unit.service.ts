import { randomUUID } from "node:crypto";
import {
  communitiesToList,
  communityInCopy,
  isUuid,
  reachOf,
  recordHistory,
  refuseOnViolation,
  requiredText,
  type SubgraphContext,
} from "@dongting/subgraph-kit";
import { ASSIGNEE_NAME_MAX, ForceKind } from "@dongting/domain/requests";
import { reasonMessage } from "@dongting/domain/reasons/common";
import { REQUESTS_REASONS } from "@dongting/domain/reasons/requests";
import { ACCESS, checkInReach, readReach, readsAll } from "../access.js";
import { refuse } from "../refusal.js";
import { ServiceUnitMember } from "./service-unit-member.entity.js";
import { ServiceUnit } from "./service-unit.entity.js";
import type { ServiceUnitInput } from "./service-unit.input.js";

/** A community has one unit of a name: the unique index decides when two staff register it at once. */
const NAME_PER_COMMUNITY = {
  service_unit_name_key: { reason: "UNIT_NAME_TAKEN", message: reasonMessage(REQUESTS_REASONS.UNIT_NAME_TAKEN) },
} as const;

/** The members as given, each once, in order; the leader must be one of them (LEADER_NOT_MEMBER). */
function membersOf(input: ServiceUnitInput): { memberIds: string[]; leaderId: string | null } {
  const memberIds = [...new Set(input.memberIds ?? [])];
  const leaderId = input.leaderId ?? null;
  if (leaderId && !memberIds.includes(leaderId)) throw refuse("BAD_USER_INPUT", "LEADER_NOT_MEMBER", undefined, { field: "leaderId" });
  return { memberIds, leaderId };
}

/** A volunteer unit is a volunteer team's; no other kind names one. */
function teamOf(input: ServiceUnitInput): string | null {
  const teamId = input.volunteerTeamId ?? null;
  if (input.forceKind === ForceKind.VOLUNTEER && !teamId) {
    throw refuse("BAD_USER_INPUT", "VOLUNTEER_TEAM_REQUIRED", undefined, { field: "volunteerTeamId" });
  }
  if (input.forceKind !== ForceKind.VOLUNTEER && teamId) {
    throw refuse("BAD_USER_INPUT", "TEAM_ONLY_FOR_VOLUNTEERS", undefined, { field: "volunteerTeamId" });
  }
  return teamId;
}

/**
 * The community a new unit belongs to: the one named (it must be in the geography copy), else the one
 * community where the viewer manages units; staff holding the role GLOBAL always name it.
 */
async function communityOfNewUnit(ctx: SubgraphContext, communityId: string | null, managed: string[]): Promise<string> {
  const chosen = communityId ?? (managed.length === 1 ? managed[0] : null);
  if (!chosen) throw refuse("BAD_USER_INPUT", "COMMUNITY_REQUIRED", undefined, { field: "communityId" });
  if (!(await communityInCopy(ctx.db, chosen))) throw refuse("BAD_USER_INPUT", "UNKNOWN_COMMUNITY", chosen, { field: "communityId" });
  return chosen;
}

export async function createServiceUnit(ctx: SubgraphContext, input: ServiceUnitInput): Promise<ServiceUnit> {
  const name = requiredText("name", input.name, ASSIGNEE_NAME_MAX);
  const volunteerTeamId = teamOf(input);
  const { memberIds, leaderId } = membersOf(input);
  // Resolved before the transaction (PGlite leases its one session to it); STREET grants never write.
  const reach = await reachOf(ctx, ACCESS.manageUnits, "write");
  const communityId = await communityOfNewUnit(ctx, input.communityId ?? null, reach.communityIds);
  checkInReach(reach, { communityId });
  return refuseOnViolation(
    () =>
      ctx.db.transaction(async (manager) => {
        const unit = manager.create(ServiceUnit, {
          id: randomUUID(),
          name,
          forceKind: input.forceKind,
          communityId,
          volunteerTeamId,
          active: true,
          createdAt: ctx.clock.now(),
        });
        await manager.insert(ServiceUnit, unit);
        if (memberIds.length) {
          await manager.insert(
            ServiceUnitMember,
            memberIds.map((personId) => ({ unitId: unit.id, personId, leader: personId === leaderId })),
          );
        }
        await recordHistory(manager, ctx.viewer, {
          subjectType: "ServiceUnit",
          subjectId: unit.id,
          action: "CREATED",
          detail: { name, forceKind: unit.forceKind, communityId, volunteerTeamId, memberIds, leaderId },
        });
        return unit;
      }),
    NAME_PER_COMMUNITY,
  );
}

/**
 * Units by community and kind: those of the communities the viewer reads requests in (a 网格长: their grid's
 * community, where they dispatch), and those the viewer is a member of. Anyone else gets none.
 */
export async function listServiceUnits(
  ctx: SubgraphContext,
  forceKind: ForceKind | null | undefined,
  communityId: string | null | undefined,
): Promise<ServiceUnit[]> {
  // An id that is no id names no community: nothing to list (the column is a uuid).
  if (communityId && !isUuid(communityId)) return [];
  const communities = readsAll(ctx.viewer) ? communitiesToList(await readReach(ctx), communityId) : [];
  const query = ctx.db.manager.createQueryBuilder(ServiceUnit, "u");
  const member = `EXISTS (SELECT 1 FROM "service_unit_member" m WHERE m."unit_id" = u.id AND m."person_id" = :me)`;
  const me = ctx.viewer.personId;
  if (communities !== "all") {
    const parts = [...(communities.length ? [`u.communityId = ANY(:communities)`] : []), ...(me ? [member] : [])];
    query.andWhere(parts.length ? `(${parts.join(" OR ")})` : "1 = 0", { communities, me });
  }
  if (communityId) query.andWhere(`u.communityId = :communityId`, { communityId });
  if (forceKind) query.andWhere(`u.forceKind = :forceKind`, { forceKind });
  return query.orderBy("u.communityId").addOrderBy("u.forceKind").addOrderBy("u.name").getMany();
}
