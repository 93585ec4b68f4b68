import { entityByIdLoader, groupByKey, isUuid, type SubgraphContext } from "@dongting/subgraph-kit";
import { Shift } from "./shift.entity.js";

export const shiftById = (ctx: SubgraphContext) => entityByIdLoader(ctx.loaders, ctx.db.manager, Shift, "shift");

/** A team's shifts overlapping [from, to), earliest first: one statement per batch of teams. */
export const shiftsByTeam = (ctx: SubgraphContext, from: Date, to: Date) =>
  ctx.loaders.get<string, Shift[]>(`shiftsByTeam:${from.toISOString()}:${to.toISOString()}`, async (teamIds) => {
    const ids = teamIds.filter(isUuid);
    const rows = ids.length
      ? await ctx.db.manager
          .createQueryBuilder(Shift, "shift")
          .where("shift.teamId IN (:...ids)", { ids })
          .andWhere("shift.startsAt < :to AND shift.endsAt > :from", { from, to })
          .orderBy("shift.startsAt", "ASC")
          .addOrderBy("shift.id", "ASC")
          .getMany()
      : [];
    return groupByKey(teamIds, rows, (row) => row.teamId);
  });
