import { isUuid, notFound, recordHistory, type SubgraphContext } from "@dongting/subgraph-kit";
import { requireStaffIn, staffWriteReach } from "../access.js";
import { refuse } from "../refusals.js";
import { isBlocked } from "./signup-block.js";
import { Volunteer } from "./volunteer.entity.js";

/**
 * Staff lift a volunteer's no-show block: the no-shows before now no longer block him (they still cost
 * their minutes). Staff of a community he serves or served in; refused when there is nothing to lift.
 */
export async function liftSignupBlock(ctx: SubgraphContext, volunteerId: string): Promise<Volunteer> {
  const now = ctx.clock.now();
  const reach = await staffWriteReach(ctx);
  return ctx.db.transaction(async (manager) => {
    const volunteer = isUuid(volunteerId)
      ? await manager.findOne(Volunteer, { where: { id: volunteerId }, lock: { mode: "pessimistic_write" } })
      : null;
    if (!volunteer) throw notFound("Volunteer", volunteerId);
    const communities: Array<{ community_id: string }> = await manager.query(
      `SELECT DISTINCT t."community_id" FROM "team_membership" m JOIN "volunteer_team" t ON t."id" = m."team_id" WHERE m."volunteer_id" = $1`,
      [volunteer.id],
    );
    requireStaffIn(
      reach,
      communities.map((row) => row.community_id),
      { volunteerId: volunteer.id },
    );
    if (!(await isBlocked(manager, volunteer.id, now))) throw refuse.conflict("NOT_SIGNUP_BLOCKED", { volunteerId: volunteer.id });
    await manager.update(Volunteer, { id: volunteer.id }, { signupBlockLiftedAt: now });
    await recordHistory(manager, ctx.viewer, {
      subjectType: "Volunteer",
      subjectId: volunteer.id,
      action: "SIGNUP_BLOCK_LIFTED",
      detail: { at: now },
    });
    return Object.assign(volunteer, { signupBlockLiftedAt: now });
  });
}
