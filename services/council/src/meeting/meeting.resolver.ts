import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { checkTimeWindow, refTo, type SubgraphContext } from "@dongting/subgraph-kit";
import { MEETING_WINDOW_MAX_DAYS } from "@dongting/domain/council";
import { ACCESS } from "../access.js";
import { classById } from "../class/class.loader.js";
import { ResidentClass } from "../class/resident-class.entity.js";
import { MeetingKind } from "../domain/enums.js";
import { Proposal } from "../proposal/proposal.entity.js";
import { proposalsByMeeting } from "../proposal/proposal.loader.js";
import { BookingReference, PersonReference } from "../references/references.js";
import { attendeesByMeeting } from "./meeting.loader.js";
import { Meeting } from "./meeting.entity.js";
import { MeetingInput } from "./meeting.input.js";
import { findMeeting, listMeetings, recordMeeting, scheduleMeeting } from "./meeting.service.js";

@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => [Meeting], { description: "Meetings starting in [from, to) (at most 366 days), earliest first." })
  meetings(
    @Arg("from", () => Date) from: Date,
    @Arg("to", () => Date) to: Date,
    @Arg("kind", () => MeetingKind, { nullable: true }) kind: MeetingKind | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Meeting[]> {
    checkTimeWindow(from, to, MEETING_WINDOW_MAX_DAYS);
    return listMeetings(ctx, from, to, kind ?? null);
  }

  @Query(() => Meeting, { nullable: true, description: "One meeting (a calendar's drawer, a proposal's session)." })
  meeting(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Meeting | null> {
    return findMeeting(ctx, id);
  }

  @FieldResolver(() => ResidentClass, { nullable: true, description: "Null for a 班长议事会 session." })
  residentClass(@Root() meeting: Meeting, @Ctx() ctx: SubgraphContext) {
    return meeting.classId ? classById(ctx).load(meeting.classId) : null;
  }

  @FieldResolver(() => BookingReference, { nullable: true, description: "The 议事厅 booking at the Lexiang station." })
  booking(@Root() meeting: Meeting) {
    return refTo(meeting.bookingId);
  }

  @FieldResolver(() => [PersonReference])
  async attendees(@Root() meeting: Meeting, @Ctx() ctx: SubgraphContext) {
    return (await attendeesByMeeting(ctx).load(meeting.id)).map((id) => ({ id }));
  }

  @FieldResolver(() => [Proposal])
  agenda(@Root() meeting: Meeting, @Ctx() ctx: SubgraphContext) {
    return proposalsByMeeting(ctx).load(meeting.id);
  }

  @Authorized(...ACCESS.scheduleMeeting)
  @Mutation(() => Meeting, { description: "Staff, or the monitor concerned (the class's; a community's monitor for a 班长议事会)." })
  scheduleMeeting(@Arg("input", () => MeetingInput) input: MeetingInput, @Ctx() ctx: SubgraphContext) {
    return scheduleMeeting(ctx, input);
  }

  @Authorized(...ACCESS.recordMeeting)
  @Mutation(() => Meeting, { description: "Attendance and minutes, once the meeting has started; it becomes HELD." })
  recordMeeting(
    @Arg("id", () => ID) id: string,
    @Arg("attendeeIds", () => [ID]) attendeeIds: string[],
    @Arg("minutes") minutes: string,
    @Ctx() ctx: SubgraphContext,
  ) {
    return recordMeeting(ctx, id, attendeeIds, minutes);
  }
}
