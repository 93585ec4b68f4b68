import {
  badUserInput,
  conflict,
  conflictOnViolation,
  forbidden,
  isUuid,
  notFound,
  recordHistory,
  returnedRows,
  type SubgraphContext,
} from "@dongting/subgraph-kit";
import { IsNull } from "typeorm";
import { mayActFor } from "../common/authz.js";
import { VolunteerTeam } from "../team/team.entity.js";
import { TeamMembership } from "./team-membership.entity.js";
import { Volunteer } from "./volunteer.entity.js";
import { ensureVolunteer } from "./volunteer.service.js";

const ALREADY_MEMBER = "已经是该队队员 (already a member of this team)";

/** A person joins a team himself, or staff add him; his volunteer record is created on first join. */
export async function joinTeam(ctx: SubgraphContext, teamId: string, personId: string): Promise<Volunteer> {
  if (!isUuid(personId)) throw badUserInput("personId must be a person id returned by this API", { field: "personId" });
  if (!mayActFor(ctx.viewer, personId)) throw forbidden("只能本人加入或由社区工作人员添加 (a person joins himself, or staff add him)");
  return ctx.db.transaction(async (manager) => {
    const team = isUuid(teamId) ? await manager.findOne(VolunteerTeam, { where: { id: teamId } }) : null;
    if (!team) throw notFound("VolunteerTeam", teamId);
    const volunteer = await ensureVolunteer(manager, ctx, personId);
    const existing = await manager.findOne(TeamMembership, { where: { teamId: team.id, volunteerId: volunteer.id, leftAt: IsNull() } });
    if (existing) throw conflict(ALREADY_MEMBER, { teamId });
    await conflictOnViolation(() => manager.insert(TeamMembership, { teamId: team.id, volunteerId: volunteer.id, joinedAt: new Date() }), {
      team_membership_active_key: ALREADY_MEMBER,
    });
    await recordHistory(manager, ctx.viewer, {
      subjectType: "VolunteerTeam",
      subjectId: team.id,
      action: "MEMBER_JOINED",
      detail: { volunteerId: volunteer.id, personId },
    });
    return volunteer;
  });
}

/**
 * A volunteer leaves a team (himself, or staff remove him). His sign-ups for the team's shifts that
 * have not started go with him; the leader cannot leave the team he leads.
 */
export async function leaveTeam(ctx: SubgraphContext, teamId: string, volunteerId: string): Promise<Volunteer> {
  const now = new Date();
  return ctx.db.transaction(async (manager) => {
    const volunteer = isUuid(volunteerId) ? await manager.findOne(Volunteer, { where: { id: volunteerId } }) : null;
    if (!volunteer) throw notFound("Volunteer", volunteerId);
    if (!mayActFor(ctx.viewer, volunteer.personId))
      throw forbidden("只能本人退出或由社区工作人员移出 (a volunteer leaves himself, or staff remove him)");
    const team = isUuid(teamId) ? await manager.findOne(VolunteerTeam, { where: { id: teamId } }) : null;
    if (!team) throw notFound("VolunteerTeam", teamId);
    if (team.leaderId === volunteer.personId) throw conflict("队长不能退出本队 (the leader cannot leave the team he leads)", { teamId });
    const left = returnedRows<{ id: string }>(
      await manager.query(
        `UPDATE "team_membership" SET "left_at" = $3
       WHERE "team_id" = $1 AND "volunteer_id" = $2 AND "left_at" IS NULL RETURNING "id"`,
        [team.id, volunteer.id, now],
      ),
    );
    if (left.length === 0) throw conflict("不是该队队员 (not a member of this team)", { teamId });
    const dropped = returnedRows<{ shift_id: string }>(
      await manager.query(
        `DELETE FROM "shift_signup" s USING "shift" sh
       WHERE s."shift_id" = sh."id" AND sh."team_id" = $1 AND s."volunteer_id" = $2
         AND s."starts_at" > $3 AND s."checked_in_at" IS NULL
       RETURNING s."shift_id"`,
        [team.id, volunteer.id, now],
      ),
    );
    await recordHistory(manager, ctx.viewer, {
      subjectType: "VolunteerTeam",
      subjectId: team.id,
      action: "MEMBER_LEFT",
      detail: { volunteerId: volunteer.id, cancelledShiftIds: dropped.map((row) => row.shift_id) },
    });
    return volunteer;
  });
}
