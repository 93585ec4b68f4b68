import { entityByIdLoader, groupByKey, isUuid, type SubgraphContext } from "@dongting/subgraph-kit";
import { Meeting } from "./meeting.entity.js";

export const meetingById = (ctx: SubgraphContext) => entityByIdLoader(ctx.loaders, ctx.db.manager, Meeting, "meeting");

/** Each class's committee meetings starting in [from, to): one statement per batch. */
export const meetingsByClass = (ctx: SubgraphContext, from: Date, to: Date) =>
  ctx.loaders.get<string, Meeting[]>(`meetingsByClass:${from.toISOString()}:${to.toISOString()}`, async (classIds) => {
    const ids = classIds.filter(isUuid);
    const rows = ids.length
      ? await ctx.db.manager
          .createQueryBuilder(Meeting, "m")
          .where("m.classId = ANY(:ids)", { ids })
          .andWhere("m.startsAt >= :from AND m.startsAt < :to", { from, to })
          .orderBy("m.startsAt", "ASC")
          .addOrderBy("m.id", "ASC")
          .getMany()
      : [];
    return groupByKey(classIds, rows, (row) => row.classId!);
  });

/** Who attended each meeting of the batch: one statement. */
export const attendeesByMeeting = (ctx: SubgraphContext) =>
  ctx.loaders.get<string, string[]>("attendeesByMeeting", async (meetingIds) => {
    const ids = meetingIds.filter(isUuid);
    const rows: Array<{ meeting_id: string; person_id: string }> = ids.length
      ? await ctx.db.query(`SELECT meeting_id, person_id FROM meeting_attendee WHERE meeting_id = ANY($1::uuid[]) ORDER BY person_id`, [
          ids,
        ])
      : [];
    return groupByKey(meetingIds, rows, (row) => row.meeting_id).map((group) => group.map((row) => row.person_id));
  });
