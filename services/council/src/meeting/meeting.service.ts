import { isUuid, notFound, recordHistory, requireId, requiredText, returnedRows, type SubgraphContext } from "@dongting/subgraph-kit";
import { ATTENDEES_MAX, MEETING_MAX_HOURS, MEETING_TITLE_MAX, MINUTES_MAX } from "@dongting/domain/council";
import { isStaff, requireStaffOrMonitor, staffWriteReach } from "../access.js";
import { ResidentClass } from "../class/resident-class.entity.js";
import { viewerTies } from "../class/viewer-posts.loader.js";
import { MeetingKind, MeetingStatus } from "../domain/enums.js";
import { refuse } from "../refusals.js";
import { MeetingAttendee } from "./meeting-attendee.entity.js";
import { Meeting } from "./meeting.entity.js";
import type { MeetingInput } from "./meeting.input.js";

/** Meetings starting in [from, to), of one kind when given, earliest first. */
export function listMeetings(ctx: SubgraphContext, from: Date, to: Date, kind: MeetingKind | null): Promise<Meeting[]> {
  const query = ctx.db.manager
    .createQueryBuilder(Meeting, "m")
    .where("m.startsAt >= :from AND m.startsAt < :to", { from, to })
    .orderBy("m.startsAt", "ASC")
    .addOrderBy("m.id", "ASC");
  if (kind) query.andWhere("m.kind = :kind", { kind });
  return query.getMany();
}

/** One meeting by id; null for an id no meeting has. */
export async function findMeeting(ctx: SubgraphContext, id: string): Promise<Meeting | null> {
  return isUuid(id) ? ctx.db.manager.findOneBy(Meeting, { id }) : null;
}

/** The community a 班长议事会 session is held in: the single one the staff's grants reach, else the monitor's. */
async function councilCommunity(ctx: SubgraphContext): Promise<string> {
  const reach = await staffWriteReach(ctx);
  if (!reach.global && reach.communityIds.length === 1) return reach.communityIds[0];
  const monitorOf = [...(await viewerTies(ctx)).monitorOf];
  if (monitorOf.length === 1) return monitorOf[0];
  if (isStaff(ctx.viewer)) throw refuse.badUserInput("COMMUNITY_REQUIRED", { field: "input.residentClassId" });
  throw refuse.forbidden("NOT_STAFF_OR_MONITOR");
}

export async function scheduleMeeting(ctx: SubgraphContext, input: MeetingInput): Promise<Meeting> {
  // Who may never schedule one hears so before any word on the input.
  if (!isStaff(ctx.viewer) && (await viewerTies(ctx)).monitorOf.size === 0) throw refuse.forbidden("NOT_STAFF_OR_MONITOR");
  const title = requiredText("title", input.title, MEETING_TITLE_MAX);
  const classId = input.residentClassId ?? null;
  if ((input.kind === MeetingKind.CLASS_COMMITTEE) !== (classId !== null))
    throw refuse.badUserInput("MEETING_CLASS_MISMATCH", { field: "input.residentClassId" });
  if (input.endsAt <= input.startsAt) throw refuse.badUserInput("MEETING_END_NOT_AFTER_START", { field: "input.endsAt" });
  if (input.endsAt.getTime() - input.startsAt.getTime() > MEETING_MAX_HOURS * 3_600_000)
    throw refuse.badUserInput("MEETING_TOO_LONG", { field: "input.endsAt" });
  let communityId: string;
  if (classId) {
    const residentClass = await ctx.db.manager.findOneBy(ResidentClass, { id: classId });
    if (!residentClass) throw refuse.badUserInput("UNKNOWN_CLASS", { field: "input.residentClassId" });
    communityId = residentClass.communityId;
  } else communityId = await councilCommunity(ctx);
  await requireStaffOrMonitor(ctx, { communityId, classId });
  const proposalIds = [...new Set(input.proposalIds ?? [])];
  return ctx.db.transaction(async (manager) => {
    const meeting = manager.create(Meeting, {
      kind: input.kind,
      title,
      communityId,
      classId,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      bookingId: input.bookingId ?? null,
      status: MeetingStatus.SCHEDULED,
      minutes: null,
      createdAt: ctx.clock.now(),
    });
    await manager.save(meeting);
    if (proposalIds.length) {
      const rows = returnedRows<{ id: string }>(
        await manager.query(`UPDATE proposal SET meeting_id = $1 WHERE id = ANY($2::uuid[]) AND community_id = $3 RETURNING id`, [
          meeting.id,
          proposalIds,
          communityId,
        ]),
      );
      if (rows.length !== proposalIds.length) throw refuse.badUserInput("UNKNOWN_PROPOSAL", { field: "input.proposalIds" });
    }
    await recordHistory(manager, ctx.viewer, {
      subjectType: "Meeting",
      subjectId: meeting.id,
      action: "SCHEDULED",
      detail: { kind: input.kind, classId, startsAt: input.startsAt.toISOString(), proposalIds },
    });
    return meeting;
  });
}

/** Staff or the monitor concerned record who came and the minutes, once the meeting has started. */
export async function recordMeeting(ctx: SubgraphContext, id: string, attendeeIds: string[], rawMinutes: string): Promise<Meeting> {
  const meeting = await ctx.db.manager.findOneBy(Meeting, { id: requireId("Meeting", id) });
  if (!meeting) throw notFound("Meeting", id);
  await requireStaffOrMonitor(ctx, { communityId: meeting.communityId, classId: meeting.classId });
  if (meeting.status === MeetingStatus.CANCELLED) throw refuse.conflict("MEETING_CANCELLED");
  if (ctx.clock.now() < meeting.startsAt) throw refuse.conflict("MEETING_NOT_STARTED");
  const minutes = requiredText("minutes", rawMinutes, MINUTES_MAX);
  const people = [...new Set(attendeeIds.map((personId) => requireId("Person", personId)))];
  if (people.length > ATTENDEES_MAX) throw refuse.badUserInput("TOO_MANY_ATTENDEES", { field: "attendeeIds" });
  return ctx.db.transaction(async (manager) => {
    // Two recordings of one meeting at once take turns on its row: the second replaces the first's attendance
    // instead of colliding with the rows the first inserted.
    await manager.findOne(Meeting, { where: { id: meeting.id }, lock: { mode: "pessimistic_write" } });
    await manager.delete(MeetingAttendee, { meetingId: meeting.id });
    if (people.length)
      await manager.insert(
        MeetingAttendee,
        people.map((personId) => ({ meetingId: meeting.id, personId })),
      );
    await manager.update(Meeting, { id: meeting.id }, { status: MeetingStatus.HELD, minutes });
    await recordHistory(manager, ctx.viewer, {
      subjectType: "Meeting",
      subjectId: meeting.id,
      action: "RECORDED",
      detail: { attendees: people.length },
    });
    return { ...meeting, status: MeetingStatus.HELD, minutes } as Meeting;
  });
}
