import { isUuid, notFound, optionalText, recordHistory, requiredText, returnedRows, type SubgraphContext } from "@dongting/subgraph-kit";
import { PARTNER_UNIT_MAX, SIGNUP_DAYS_AHEAD_MAX, SIGNUP_DAYS_AHEAD_MIN, TEAM_NAME_MAX } from "@dongting/domain/volunteers";
import type { EntityManager } from "typeorm";
import { requireStaffIn, staffWriteReach } from "../access.js";
import { refuse } from "../refusals.js";
import { ensureVolunteer } from "../volunteer/volunteer.service.js";
import { VolunteerTeam } from "./team.entity.js";
import type { UpdateTeamInput } from "./team.input.js";

/** The team locked FOR UPDATE, after the staff-in-its-community check (two leader changes queue there). */
async function lockTeamForStaff(ctx: SubgraphContext, manager: EntityManager, teamId: string): Promise<VolunteerTeam> {
  const reach = await staffWriteReach(ctx);
  const team = isUuid(teamId) ? await manager.findOne(VolunteerTeam, { where: { id: teamId }, lock: { mode: "pessimistic_write" } }) : null;
  if (!team) throw notFound("VolunteerTeam", teamId);
  requireStaffIn(reach, [team.communityId], { teamId: team.id });
  return team;
}

/** Staff rename a team, change its partner unit or how far ahead its shifts open for sign-up. */
export async function updateTeam(ctx: SubgraphContext, teamId: string, input: UpdateTeamInput): Promise<VolunteerTeam> {
  const name = input.name === undefined || input.name === null ? undefined : requiredText("name", input.name, TEAM_NAME_MAX);
  const partnerUnit = input.partnerUnit === undefined ? undefined : optionalText("partnerUnit", input.partnerUnit, PARTNER_UNIT_MAX);
  const days = input.signupDaysAhead ?? undefined;
  if (days !== undefined && (days < SIGNUP_DAYS_AHEAD_MIN || days > SIGNUP_DAYS_AHEAD_MAX)) {
    throw refuse.badUserInput("SIGNUP_DAYS_AHEAD_OUT_OF_RANGE", { field: "signupDaysAhead" });
  }
  return ctx.db.transaction(async (manager) => {
    const team = await lockTeamForStaff(ctx, manager, teamId);
    const next = {
      name: name ?? team.name,
      partnerUnit: partnerUnit === undefined ? team.partnerUnit : partnerUnit,
      signupDaysAhead: days ?? team.signupDaysAhead,
    };
    const changes: Record<string, [unknown, unknown]> = {};
    for (const key of ["name", "partnerUnit", "signupDaysAhead"] as const)
      if (team[key] !== next[key]) changes[key] = [team[key], next[key]];
    if (Object.keys(changes).length === 0) return team;
    await manager.update(VolunteerTeam, { id: team.id }, next);
    await recordHistory(manager, ctx.viewer, { subjectType: "VolunteerTeam", subjectId: team.id, action: "UPDATED", detail: { changes } });
    return Object.assign(team, next);
  });
}

/**
 * Staff hand a team to another leader. He leads from inside the team, so he joins it if he is not a
 * member (his volunteer record made on first need); the former leader stays a member and may now leave.
 */
export async function setTeamLeader(ctx: SubgraphContext, teamId: string, personId: string): Promise<VolunteerTeam> {
  if (!isUuid(personId)) throw refuse.badUserInput("INVALID_PERSON_ID", { field: "personId" });
  const now = ctx.clock.now();
  return ctx.db.transaction(async (manager) => {
    const team = await lockTeamForStaff(ctx, manager, teamId);
    if (team.leaderId === personId) throw refuse.conflict("ALREADY_LEADER", { teamId: team.id });
    const volunteer = await ensureVolunteer(manager, ctx, personId);
    // ON CONFLICT: the partial unique index of active memberships says whether he is in already.
    const joined = returnedRows<{ id: string }>(
      await manager.query(
        `INSERT INTO "team_membership" ("team_id", "volunteer_id", "joined_at") VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING RETURNING "id"`,
        [team.id, volunteer.id, now],
      ),
    );
    await manager.update(VolunteerTeam, { id: team.id }, { leaderId: personId });
    await recordHistory(manager, ctx.viewer, {
      subjectType: "VolunteerTeam",
      subjectId: team.id,
      action: "LEADER_CHANGED",
      detail: { from: team.leaderId, to: personId, joined: joined.length > 0 },
    });
    if (joined.length > 0) {
      await recordHistory(manager, ctx.viewer, {
        subjectType: "VolunteerTeam",
        subjectId: team.id,
        action: "MEMBER_JOINED",
        detail: { volunteerId: volunteer.id, personId },
      });
    }
    return Object.assign(team, { leaderId: personId });
  });
}
