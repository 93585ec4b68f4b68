import { badUserInput, forbidden, notFound, optionalText, recordHistory, requiredText, type SubgraphContext } from "@dongting/subgraph-kit";
import { mayManageTeam } from "../common/authz.js";
import { checkCapacity, checkShiftTimes } from "../domain/shift-rules.js";
import { VolunteerTeam } from "../team/team.entity.js";
import { Shift } from "./shift.entity.js";
import type { CreateShiftInput } from "./shift.input.js";

export const SHIFT_TITLE_MAX = 100;
export const SHIFT_LOCATION_MAX = 100;

export async function createShift(ctx: SubgraphContext, input: CreateShiftInput): Promise<Shift> {
  return ctx.db.transaction(async (manager) => {
    const team = await manager.findOne(VolunteerTeam, { where: { id: input.teamId } });
    if (!team) throw notFound("VolunteerTeam", input.teamId);
    if (!mayManageTeam(ctx.viewer, team))
      throw forbidden("只有社区工作人员或本队队长可以排班 (only staff or the team's leader schedule shifts)");
    const title = requiredText("title", input.title, SHIFT_TITLE_MAX);
    const location = optionalText("location", input.location, SHIFT_LOCATION_MAX);
    const times = checkShiftTimes(input.startsAt, input.endsAt);
    if (times) throw badUserInput(times.problem, { field: "endsAt" });
    const capacity = checkCapacity(input.capacity);
    if (capacity) throw badUserInput(capacity.problem, { field: "capacity" });

    const shift = manager.create(Shift, {
      teamId: team.id,
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
