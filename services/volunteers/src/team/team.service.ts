import { optionalText, recordHistory, requiredText, type SubgraphContext } from "@dongting/subgraph-kit";
import { PARTNER_UNIT_MAX, TEAM_NAME_MAX } from "@dongting/domain/volunteers";
import type { TeamKind } from "../domain/team-kind.js";
import { TeamMembership } from "../volunteer/team-membership.entity.js";
import { ensureVolunteer } from "../volunteer/volunteer.service.js";
import { VolunteerTeam } from "./team.entity.js";
import type { CreateTeamInput } from "./team.input.js";

/** All teams by name; only those of `kind` when given. */
export function listTeams(ctx: SubgraphContext, kind: TeamKind | null): Promise<VolunteerTeam[]> {
  return ctx.db.manager.find(VolunteerTeam, { where: kind ? { kind } : {}, order: { name: "ASC", id: "ASC" } });
}

export async function createTeam(ctx: SubgraphContext, input: CreateTeamInput): Promise<VolunteerTeam> {
  const name = requiredText("name", input.name, TEAM_NAME_MAX);
  const partnerUnit = optionalText("partnerUnit", input.partnerUnit, PARTNER_UNIT_MAX);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (manager) => {
    const team = manager.create(VolunteerTeam, {
      name,
      kind: input.kind,
      partnerUnit,
      leaderId: input.leaderId ?? null,
    });
    await manager.save(team);
    await recordHistory(manager, ctx.viewer, {
      subjectType: "VolunteerTeam",
      subjectId: team.id,
      action: "CREATED",
      detail: { name: team.name, kind: team.kind, partnerUnit: team.partnerUnit, leaderId: team.leaderId },
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
