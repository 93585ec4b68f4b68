import { isUuid, notFound, recordHistory, refuseOnViolation, returnedRows, type SubgraphContext } from "@dongting/subgraph-kit";
import { IsNull, type EntityManager } from "typeorm";
import { requireSelfOrStaff, requireSelfOrStaffIn, staffWriteReach } from "../access.js";
import { refuse, violation } from "../refusals.js";
import { VolunteerTeam } from "../team/team.entity.js";
import { TeamMembership } from "./team-membership.entity.js";
import { Volunteer } from "./volunteer.entity.js";
import { ensureVolunteer } from "./volunteer.service.js";

async function findTeam(manager: EntityManager, teamId: string): Promise<VolunteerTeam> {
  const team = isUuid(teamId) ? await manager.findOne(VolunteerTeam, { where: { id: teamId } }) : null;
  if (!team) throw notFound("VolunteerTeam", teamId);
  return team;
}

/** A person joins a team himself, or staff add him; his volunteer record is created on first join. */
export async function joinTeam(ctx: SubgraphContext, teamId: string, personId: string): Promise<Volunteer> {
  if (!isUuid(personId)) throw refuse.badUserInput("INVALID_PERSON_ID", { field: "personId" });
  requireSelfOrStaff(ctx.viewer, personId);
  const now = ctx.clock.now();
  const reach = await staffWriteReach(ctx);
  return ctx.db.transaction(async (manager) => {
    const team = await findTeam(manager, teamId);
    requireSelfOrStaffIn(ctx.viewer, personId, { communityId: team.communityId }, reach);
    const volunteer = await ensureVolunteer(manager, ctx, personId);
    const existing = await manager.findOne(TeamMembership, { where: { teamId: team.id, volunteerId: volunteer.id, leftAt: IsNull() } });
    if (existing) throw refuse.conflict("ALREADY_MEMBER", { teamId });
    await refuseOnViolation(() => manager.insert(TeamMembership, { teamId: team.id, volunteerId: volunteer.id, joinedAt: now }), {
      team_membership_active_key: violation("ALREADY_MEMBER"),
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
  const now = ctx.clock.now();
  const reach = await staffWriteReach(ctx);
  return ctx.db.transaction(async (manager) => {
    const volunteer = isUuid(volunteerId) ? await manager.findOne(Volunteer, { where: { id: volunteerId } }) : null;
    if (!volunteer) throw notFound("Volunteer", volunteerId);
    requireSelfOrStaff(ctx.viewer, volunteer.personId);
    const team = await findTeam(manager, teamId);
    requireSelfOrStaffIn(ctx.viewer, volunteer.personId, { communityId: team.communityId }, reach);
    if (team.leaderId === volunteer.personId) throw refuse.conflict("LEADER_CANNOT_LEAVE", { teamId });
    const left = returnedRows<{ id: string }>(
      await manager.query(
        `UPDATE "team_membership" SET "left_at" = $3
         WHERE "team_id" = $1 AND "volunteer_id" = $2 AND "left_at" IS NULL RETURNING "id"`,
        [team.id, volunteer.id, now],
      ),
    );
    if (left.length === 0) throw refuse.conflict("NOT_TEAM_MEMBER", { teamId });
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
