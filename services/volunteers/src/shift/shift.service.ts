import { notFound, optionalText, recordHistory, requiredText, type SubgraphContext } from "@dongting/subgraph-kit";
import { checkCapacity, checkShiftTimes, SHIFT_LOCATION_MAX, SHIFT_TITLE_MAX } from "@dongting/domain/volunteers";
import { requireTeamManager, staffWriteReach } from "../access.js";
import { refuse } from "../refusals.js";
import { VolunteerTeam } from "../team/team.entity.js";
import { Shift } from "./shift.entity.js";
import type { CreateShiftInput } from "./shift.input.js";

export async function createShift(ctx: SubgraphContext, input: CreateShiftInput): Promise<Shift> {
  const reach = await staffWriteReach(ctx);
  return ctx.db.transaction(async (manager) => {
    const team = await manager.findOne(VolunteerTeam, { where: { id: input.teamId } });
    if (!team) throw notFound("VolunteerTeam", input.teamId);
    requireTeamManager(ctx.viewer, team, reach);
    const title = requiredText("title", input.title, SHIFT_TITLE_MAX);
    const location = optionalText("location", input.location, SHIFT_LOCATION_MAX);
    const problem = checkShiftTimes(input.startsAt, input.endsAt) ?? checkCapacity(input.capacity);
    if (problem) throw refuse.badUserInput(problem.reason, { field: problem.field });

    const shift = manager.create(Shift, {
      teamId: team.id,
      communityId: team.communityId,
      title,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      capacity: input.capacity,
      location,
    });
    await manager.save(shift);
    await recordHistory(manager, ctx.viewer, {
      subjectType: "Shift",
      subjectId: shift.id,
      action: "CREATED",
      detail: { teamId: team.id, title: shift.title, startsAt: shift.startsAt, endsAt: shift.endsAt, capacity: shift.capacity },
    });
    return shift;
  });
}
