import {
  communityInCopy,
  isUuid,
  optionalText,
  recordHistory,
  requiredText,
  type Reach,
  type SubgraphContext,
} from "@dongting/subgraph-kit";
import { PARTNER_UNIT_MAX, TEAM_NAME_MAX } from "@dongting/domain/volunteers";
import { staffWriteReach } from "../access.js";
import type { TeamKind } from "../domain/team-kind.js";
import { refuse } from "../refusals.js";
import { TeamMembership } from "../volunteer/team-membership.entity.js";
import { ensureVolunteer } from "../volunteer/volunteer.service.js";
import { VolunteerTeam } from "./team.entity.js";
import type { CreateTeamInput } from "./team.input.js";

/** All teams by name (the directory is public); only those of `kind` and of `communityId` when given. */
export function listTeams(ctx: SubgraphContext, kind: TeamKind | null, communityId: string | null): Promise<VolunteerTeam[]> {
  if (communityId !== null && !isUuid(communityId)) return Promise.resolve([]);
  return ctx.db.manager.find(VolunteerTeam, {
    where: { ...(kind ? { kind } : {}), ...(communityId ? { communityId } : {}) },
    order: { name: "ASC", id: "ASC" },
  });
}

/**
 * The community a new team belongs to: the one named (it must be in the geography copy, and in the
 * caller's write reach), else the single community the caller's staff grants reach. Read from the copy
 * before the transaction: its rows never change, so the answer cannot go stale.
 */
async function communityOfNewTeam(ctx: SubgraphContext, reach: Reach, communityId: string | null | undefined): Promise<string> {
  // Staff who may write nowhere (street staff: read-mostly) are refused whatever they name.
  if (!reach.global && reach.communityIds.length === 0) throw refuse.forbidden("OUT_OF_SCOPE", { communityId });
  if (!communityId) {
    if (reach.global || reach.communityIds.length !== 1) throw refuse.badUserInput("COMMUNITY_REQUIRED", { field: "communityId" });
    return reach.communityIds[0];
  }
  if (!(await communityInCopy(ctx.db, communityId))) throw refuse.badUserInput("UNKNOWN_COMMUNITY", { field: "communityId", communityId });
  if (!reach.global && !reach.communityIds.includes(communityId)) throw refuse.forbidden("OUT_OF_SCOPE", { communityId });
  return communityId;
}

export async function createTeam(ctx: SubgraphContext, input: CreateTeamInput): Promise<VolunteerTeam> {
  const name = requiredText("name", input.name, TEAM_NAME_MAX);
  const partnerUnit = optionalText("partnerUnit", input.partnerUnit, PARTNER_UNIT_MAX);
  const communityId = await communityOfNewTeam(ctx, await staffWriteReach(ctx), input.communityId);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (manager) => {
    const team = manager.create(VolunteerTeam, {
      name,
      kind: input.kind,
      partnerUnit,
      leaderId: input.leaderId ?? null,
      communityId,
    });
    await manager.save(team);
    await recordHistory(manager, ctx.viewer, {
      subjectType: "VolunteerTeam",
      subjectId: team.id,
      action: "CREATED",
      detail: { name: team.name, kind: team.kind, partnerUnit: team.partnerUnit, leaderId: team.leaderId, communityId },
    });
    if (team.leaderId) {
      // The leader leads from inside the team: he is its first member.
      const leader = await ensureVolunteer(manager, ctx, team.leaderId);
      await manager.insert(TeamMembership, { teamId: team.id, volunteerId: leader.id, joinedAt: now });
      await recordHistory(manager, ctx.viewer, {
        subjectType: "VolunteerTeam",
        subjectId: team.id,
        action: "MEMBER_JOINED",
        detail: { volunteerId: leader.id, personId: team.leaderId },
      });
    }
    return team;
  });
}
