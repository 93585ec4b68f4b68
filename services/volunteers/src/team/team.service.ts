import { badUserInput, recordHistory, type SubgraphContext } from "@dongting/subgraph-kit";
import { optionalText, PARTNER_UNIT_MAX, requiredText, TEAM_NAME_MAX } from "../domain/text.js";
import { TeamMembership } from "../volunteer/team-membership.entity.js";
import { ensureVolunteer } from "../volunteer/volunteer.service.js";
import { VolunteerTeam } from "./team.entity.js";
import type { CreateTeamInput } from "./team.input.js";

export async function createTeam(ctx: SubgraphContext, input: CreateTeamInput): Promise<VolunteerTeam> {
  const name = requiredText(input.name, "name", TEAM_NAME_MAX);
  if ("problem" in name) throw badUserInput(name.problem, { field: "name" });
  const partnerUnit = optionalText(input.partnerUnit, "partnerUnit", PARTNER_UNIT_MAX);
  if ("problem" in partnerUnit) throw badUserInput(partnerUnit.problem, { field: "partnerUnit" });
  return ctx.db.transaction(async (manager) => {
    const team = manager.create(VolunteerTeam, {
      name: name.value,
      kind: input.kind,
      partnerUnit: partnerUnit.value,
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
