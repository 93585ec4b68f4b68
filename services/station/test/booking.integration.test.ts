import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { expectRefused, expectRefusedWithoutWrites, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { book, booked, expectBookingRefused, meeting, NOW } from "./support/booking.js";
import { at, BOOK, integrator, neighbour, resident, staff, startStation, resetStation, ZONE } from "./support/station.js";

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startStation(NOW);
});
beforeEach(async () => {
  await resetStation(subgraph, NOW);
});
afterAll(async () => {
  await subgraph?.stop();
});

describe("booking an exclusive zone", () => {
  it("confirms a booking of the meeting hall, organised by the staff member, and records it", async () => {
    const answer = await book(subgraph, meeting("2026-03-03T09:00", "2026-03-03T11:00"));
    expect(answer.errors).toBeUndefined();
    const [booking] = answer.data!.bookZone;
    expect(booking).toMatchObject({
      title: "班长议事会",
      status: "CONFIRMED",
      startsAt: "2026-03-03T01:00:00.000Z",
      endsAt: "2026-03-03T03:00:00.000Z",
      seriesId: null,
      organiser: { id: staff.personId },
      team: null,
      zone: { id: ZONE.MEETING, name: "议事厅" },
    });
    const history = await subgraph.db.query(`SELECT action, actor_id FROM history WHERE subject_id = $1`, [booking.id]);
    expect(history).toEqual([{ action: "BOOKED", actor_id: staff.personId }]);
  });

  it("refuses an overlapping booking with CONFLICT BOOKING_OVERLAP naming the date and the booking, and writes nothing", async () => {
    const existing = await booked(subgraph, meeting("2026-03-03T09:00", "2026-03-03T11:00"));
    const error = await expectBookingRefused(subgraph, meeting("2026-03-03T10:30", "2026-03-03T12:00"), "CONFLICT", "BOOKING_OVERLAP");
    expect(error.extensions).toMatchObject({ date: "2026-03-03", occurrence: 1, conflictingBookingId: existing });
    expect(error.message).toContain("班长议事会");
  });

  it("accepts a booking that starts when the previous one ends", async () => {
    await booked(subgraph, meeting("2026-03-03T09:00", "2026-03-03T11:00"));
    await booked(subgraph, meeting("2026-03-03T11:00", "2026-03-03T12:00"));
  });

  it("lets station staff book for a team, with no organiser", async () => {
    const teamId = "5f0c7a52-0000-4000-8000-0000000000aa";
    const answer = await book(subgraph, meeting("2026-03-03T14:00", "2026-03-03T15:00", { teamId }));
    expect(answer.data!.bookZone[0]).toMatchObject({ team: { id: teamId }, organiser: null });
  });
});

describe("booking rules: each refusal has its code and reason and writes nothing", () => {
  const slot = (extra: Record<string, unknown> = {}) => meeting("2026-03-04T09:00", "2026-03-04T10:00", extra);
  it.each([
    ["outside the opening hours (Sunday)", meeting("2026-03-08T10:00", "2026-03-08T11:00"), "CONFLICT", "OUTSIDE_OPENING_HOURS"],
    ["before opening time", meeting("2026-03-04T08:00", "2026-03-04T09:00"), "CONFLICT", "OUTSIDE_OPENING_HOURS"],
    ["past closing time", meeting("2026-03-04T20:00", "2026-03-04T21:30"), "CONFLICT", "OUTSIDE_OPENING_HOURS"],
    ["in the past", meeting("2026-03-02T07:00", "2026-03-02T09:00"), "BAD_USER_INPUT", "BOOKING_IN_PAST"],
    ["more than 90 days ahead", meeting("2026-06-01T09:00", "2026-06-01T10:00"), "BAD_USER_INPUT", "BOOKING_TOO_FAR_AHEAD"],
    ["shorter than 30 minutes", meeting("2026-03-04T09:00", "2026-03-04T09:20"), "BAD_USER_INPUT", "BOOKING_LENGTH_OUT_OF_RANGE"],
    ["longer than 4 hours", meeting("2026-03-04T09:00", "2026-03-04T13:30"), "BAD_USER_INPUT", "BOOKING_LENGTH_OUT_OF_RANGE"],
    ["ending before it starts", meeting("2026-03-04T10:00", "2026-03-04T09:00"), "BAD_USER_INPUT", "BOOKING_ENDS_BEFORE_START"],
    ["with no attendee", slot({ attendees: 0 }), "BAD_USER_INPUT", "INVALID_INPUT"],
    ["with more attendees than the capacity", slot({ attendees: 41 }), "BAD_USER_INPUT", "ATTENDEES_OVER_CAPACITY"],
    ["with 27 weekly occurrences", slot({ weeklyOccurrences: 27 }), "BAD_USER_INPUT", "INVALID_INPUT"],
    ["with 0 weekly occurrences", slot({ weeklyOccurrences: 0 }), "BAD_USER_INPUT", "INVALID_INPUT"],
    ["with a blank title", slot({ title: "   " }), "BAD_USER_INPUT", "TEXT_BLANK"],
    ["with a title over 100 characters", slot({ title: "议".repeat(101) }), "BAD_USER_INPUT", "INVALID_INPUT"],
    ["of a malformed zone id", slot({ zoneId: "hall" }), "BAD_USER_INPUT", "INVALID_INPUT"],
    ["of an unknown zone", slot({ zoneId: "5f0c7a52-0000-4000-8000-000000000000" }), "NOT_FOUND", "NOT_FOUND"],
  ])("refuses a booking %s", async (_label, input, code, reason) => {
    await expectBookingRefused(subgraph, input, code, reason);
  });

  it("accepts a title of exactly 100 characters, the limit the input and the service share", async () => {
    const answer = await book(subgraph, meeting("2026-03-04T09:00", "2026-03-04T10:00", { title: "议".repeat(100) }));
    expect(answer.errors).toBeUndefined();
  });

  it("lists every failing input field with its constraint (attendees -5)", async () => {
    const error = await expectBookingRefused(
      subgraph,
      meeting("2026-03-04T09:00", "2026-03-04T10:00", { attendees: -5 }),
      "BAD_USER_INPUT",
      "INVALID_INPUT",
    );
    expect(error.extensions!.fields).toEqual([{ field: "input.attendees", constraint: "min", message: expect.any(String) }]);
    const several = expectRefused(
      await book(subgraph, meeting("2026-03-04T09:00", "2026-03-04T10:00", { attendees: 1001, title: "议".repeat(101) })),
      "BAD_USER_INPUT",
      "INVALID_INPUT",
    );
    expect(several.extensions!.fields.map((f: { field: string; constraint: string }) => `${f.field}:${f.constraint}`).sort()).toEqual([
      "input.attendees:max",
      "input.title:maxLength",
    ]);
  });

  it("refuses an anonymous caller with UNAUTHENTICATED", async () => {
    await expectRefusedWithoutWrites(
      subgraph,
      () => subgraph.request(BOOK, { input: meeting("2026-03-04T09:00", "2026-03-04T10:00") }),
      "UNAUTHENTICATED",
      "SIGN_IN_REQUIRED",
    );
  });

  it("refuses an integrator (read-only) with FORBIDDEN", async () => {
    await expectBookingRefused(subgraph, meeting("2026-03-04T09:00", "2026-03-04T10:00"), "FORBIDDEN", "ROLE_NOT_ALLOWED", integrator);
  });

  it("refuses a resident booking for someone else or for a team with FORBIDDEN", async () => {
    await expectBookingRefused(
      subgraph,
      meeting("2026-03-04T09:00", "2026-03-04T10:00", { organiserId: neighbour.personId }),
      "FORBIDDEN",
      "BOOK_FOR_SELF_ONLY",
      resident,
    );
    await expectBookingRefused(
      subgraph,
      meeting("2026-03-04T09:00", "2026-03-04T10:00", { teamId: "5f0c7a52-0000-4000-8000-0000000000aa" }),
      "FORBIDDEN",
      "TEAM_BOOKING_STAFF_ONLY",
      resident,
    );
  });

  it("lets a resident book for himself", async () => {
    const answer = await book(subgraph, meeting("2026-03-04T09:00", "2026-03-04T10:00", { title: "楼栋议事" }), resident);
    expect(answer.data!.bookZone[0]).toMatchObject({ status: "CONFIRMED", organiser: { id: resident.personId } });
  });
});

describe("a shared zone holds overlapping bookings within its capacity", () => {
  const fitness = (from: string, to: string, attendees: number) => ({
    zoneId: ZONE.FITNESS,
    title: "太极拳",
    startsAt: at(from),
    endsAt: at(to),
    attendees,
  });

  it("counts the attendees present at each instant", async () => {
    await booked(subgraph, fitness("2026-03-05T10:00", "2026-03-05T12:00", 10));
    await booked(subgraph, fitness("2026-03-05T12:00", "2026-03-05T14:00", 10));
    // 10 present from 10:00 and another 10 from 12:00, never 20 at once before this one: it fits exactly.
    await booked(subgraph, fitness("2026-03-05T11:00", "2026-03-05T13:00", 10));
    const error = await expectBookingRefused(subgraph, fitness("2026-03-05T11:30", "2026-03-05T12:30", 1), "CONFLICT", "ZONE_FULL");
    expect(error.extensions).toMatchObject({ date: "2026-03-05", capacity: 20, present: 20 });
    await booked(subgraph, fitness("2026-03-05T14:00", "2026-03-05T15:00", 20));
  });
});

describe("weekly series", () => {
  it("books nothing when one week conflicts, and names that week's date", async () => {
    await booked(subgraph, meeting("2026-03-21T09:00", "2026-03-21T10:00", { title: "其他活动" }));
    const error = await expectBookingRefused(
      subgraph,
      meeting("2026-03-07T08:30", "2026-03-07T10:30", { title: "留守儿童体育课", weeklyOccurrences: 4 }),
      "CONFLICT",
      "BOOKING_OVERLAP",
    );
    expect(error.extensions).toMatchObject({ date: "2026-03-21", occurrence: 3 });
    expect(error.message).toContain("2026-03-21");
  });

  it("books every week at the same local time under one series id", async () => {
    const answer = await book(subgraph, meeting("2026-03-07T14:00", "2026-03-07T16:00", { title: "留守儿童体育课", weeklyOccurrences: 4 }));
    expect(answer.errors).toBeUndefined();
    const series = answer.data!.bookZone;
    expect(series.map((b: { startsAt: string }) => b.startsAt)).toEqual([
      "2026-03-07T06:00:00.000Z",
      "2026-03-14T06:00:00.000Z",
      "2026-03-21T06:00:00.000Z",
      "2026-03-28T06:00:00.000Z",
    ]);
    expect(new Set(series.map((b: { seriesId: string }) => b.seriesId)).size).toBe(1);
    expect(series[0].seriesId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("holds only the first occurrence to the 90 days ahead", async () => {
    const answer = await book(subgraph, meeting("2026-05-30T09:00", "2026-05-30T10:00", { weeklyOccurrences: 3 }));
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.bookZone).toHaveLength(3);
  });
});
