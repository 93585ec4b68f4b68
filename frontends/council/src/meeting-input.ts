/** What the meeting form sends: scheduleMeeting's MeetingInput from the typed fields (pure, for the tests). */
import { MEETING_MAX_HOURS } from "@dongting/domain/council";
import { instantOf } from "./local-input";
import type { MeetingKind } from "./labels";

export interface MeetingFields {
  kind: MeetingKind;
  title: string;
  residentClassId?: string | null;
  /** The local day and "HH:mm" times, on the community's clock. */
  date: string;
  start: string;
  end: string;
  /** The station booking (议事厅) the meeting takes place in, if one was picked. */
  bookingId?: string | null;
  proposalIds?: string[];
}

export interface MeetingInputValue {
  kind: MeetingKind;
  title: string;
  residentClassId?: string;
  startsAt: string;
  endsAt: string;
  bookingId?: string;
  proposalIds?: string[];
}

export type MeetingProblem = "dateHint" | "timeHint" | "endAfterStart" | "classRequired" | "meetingTooLong";

/**
 * The input, or the first problem to word: a class committee names its class and a 班长议事会 none; the end is
 * after the start on the same day and within MEETING_MAX_HOURS.
 */
export function meetingInput(fields: MeetingFields): { input: MeetingInputValue } | { problem: MeetingProblem } {
  const startsAt = instantOf(fields.date, fields.start);
  const endsAt = instantOf(fields.date, fields.end);
  if (!startsAt && !instantOf(fields.date, "00:00")) return { problem: "dateHint" };
  if (!startsAt || !endsAt) return { problem: "timeHint" };
  if (endsAt.getTime() <= startsAt.getTime()) return { problem: "endAfterStart" };
  if (endsAt.getTime() - startsAt.getTime() > MEETING_MAX_HOURS * 3_600_000) return { problem: "meetingTooLong" };
  if (fields.kind === "CLASS_COMMITTEE" && !fields.residentClassId) return { problem: "classRequired" };
  const input: MeetingInputValue = {
    kind: fields.kind,
    title: fields.title.trim(),
    startsAt: startsAt.toISOString(),
    endsAt: endsAt.toISOString(),
  };
  if (fields.kind === "CLASS_COMMITTEE" && fields.residentClassId) input.residentClassId = fields.residentClassId;
  if (fields.bookingId) input.bookingId = fields.bookingId;
  if (fields.proposalIds && fields.proposalIds.length > 0) input.proposalIds = [...fields.proposalIds];
  return { input };
}
