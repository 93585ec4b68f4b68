import { optionalText, recordHistory, requiredText, type SubgraphContext } from "@dongting/subgraph-kit";
import { TeamMembership } from "../volunteer/team-membership.entity.js";
import { ensureVolunteer } from "../volunteer/volunteer.service.js";
import { VolunteerTeam } from "./team.entity.js";
import type { CreateTeamInput } from "./team.input.js";

export const TEAM_NAME_MAX = 60;
export const PARTNER_UNIT_MAX = 100;

export async function createTeam(ctx: SubgraphContext, input: CreateTeamInput): Promise<VolunteerTeam> {
  const name = requiredText("name", input.name, TEAM_NAME_MAX);
  const partnerUnit = optionalText("partnerUnit", input.partnerUnit, PARTNER_UNIT_MAX);
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
      await manager.insert(TeamMembership, { teamId: team.id, volunteerId: leader.id });
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
