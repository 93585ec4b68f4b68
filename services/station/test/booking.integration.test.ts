import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCode, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import type { ManualClock } from "../src/clock.js";
import { at, BOOK, countRows, integrator, neighbour, resident, staff, startStation, ZONE } from "./support/station.js";

let subgraph: TestSubgraph;
let clock: ManualClock;
const NOW = at("2026-03-02T08:00"); // Monday morning

beforeAll(async () => {
  ({ subgraph, clock } = await startStation(NOW));
});
afterAll(async () => {
  await subgraph?.stop();
});

const meeting = (from: string, to: string, extra: Record<string, unknown> = {}) => ({
  zoneId: ZONE.MEETING,
  title: "班长议事会",
  startsAt: at(from),
  endsAt: at(to),
  attendees: 12,
  ...extra,
});

async function book(input: Record<string, unknown>, as = staff) {
  return subgraph.request(BOOK, { input }, as);
}

/** Runs a refused mutation and checks its code and that no booking or history row was written. */
async function expectRefused(run: () => Promise<any>, code: string) {
  const bookings = await countRows(subgraph, "booking");
  const history = await countRows(subgraph, "history");
  const answer = await run();
  expect(errorCode(answer), JSON.stringify(answer.errors)).toBe(code);
  expect(answer.data?.bookZone ?? null).toBeNull();
  expect(await countRows(subgraph, "booking")).toBe(bookings);
  expect(await countRows(subgraph, "history")).toBe(history);
  return answer;
}

describe("booking an exclusive zone", () => {
  it("confirms a booking of the meeting hall, organised by the staff member, and records it", async () => {
    clock.set(NOW);
    const answer = await book(meeting("2026-03-03T09:00", "2026-03-03T11:00"));
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

  it("refuses an overlapping booking with CONFLICT naming the date, and writes nothing", async () => {
    const answer = await expectRefused(() => book(meeting("2026-03-03T10:30", "2026-03-03T12:00")), "CONFLICT");
    expect(answer.errors[0].extensions.date).toBe("2026-03-03");
    expect(answer.errors[0].message).toContain("班长议事会");
  });

  it("accepts a booking that starts when the previous one ends", async () => {
    const answer = await book(meeting("2026-03-03T11:00", "2026-03-03T12:00"));
    expect(answer.errors).toBeUndefined();
  });

  it("lets station staff book for a team, with no organiser", async () => {
    const teamId = "5f0c7a52-0000-4000-8000-0000000000aa";
    const answer = await book(meeting("2026-03-03T14:00", "2026-03-03T15:00", { teamId }));
    expect(answer.data!.bookZone[0]).toMatchObject({ team: { id: teamId }, organiser: null });
  });
});

describe("booking rules: each refusal has its code and writes nothing", () => {
  it.each([
    ["outside the opening hours (Sunday)", meeting("2026-03-08T10:00", "2026-03-08T11:00"), "CONFLICT"],
    ["before opening time", meeting("2026-03-04T08:00", "2026-03-04T09:00"), "CONFLICT"],
    ["past closing time", meeting("2026-03-04T20:00", "2026-03-04T21:30"), "CONFLICT"],
    ["in the past", meeting("2026-03-02T07:00", "2026-03-02T09:00"), "BAD_USER_INPUT"],
    ["more than 90 days ahead", meeting("2026-06-01T09:00", "2026-06-01T10:00"), "BAD_USER_INPUT"],
    ["shorter than 30 minutes", meeting("2026-03-04T09:00", "2026-03-04T09:20"), "BAD_USER_INPUT"],
    ["longer than 4 hours", meeting("2026-03-04T09:00", "2026-03-04T13:30"), "BAD_USER_INPUT"],
    ["ending before it starts", meeting("2026-03-04T10:00", "2026-03-04T09:00"), "BAD_USER_INPUT"],
    ["with no attendee", meeting("2026-03-04T09:00", "2026-03-04T10:00", { attendees: 0 }), "BAD_USER_INPUT"],
    ["with more attendees than the capacity", meeting("2026-03-04T09:00", "2026-03-04T10:00", { attendees: 41 }), "BAD_USER_INPUT"],
    ["with 27 weekly occurrences", meeting("2026-03-04T09:00", "2026-03-04T10:00", { weeklyOccurrences: 27 }), "BAD_USER_INPUT"],
    ["with 0 weekly occurrences", meeting("2026-03-04T09:00", "2026-03-04T10:00", { weeklyOccurrences: 0 }), "BAD_USER_INPUT"],
    ["with a blank title", meeting("2026-03-04T09:00", "2026-03-04T10:00", { title: "   " }), "BAD_USER_INPUT"],
    ["with a title over 100 characters", meeting("2026-03-04T09:00", "2026-03-04T10:00", { title: "议".repeat(101) }), "BAD_USER_INPUT"],
    ["of a malformed zone id", meeting("2026-03-04T09:00", "2026-03-04T10:00", { zoneId: "hall" }), "BAD_USER_INPUT"],
    [
      "of an unknown zone",
      meeting("2026-03-04T09:00", "2026-03-04T10:00", { zoneId: "5f0c7a52-0000-4000-8000-000000000000" }),
      "NOT_FOUND",
    ],
  ])("refuses a booking %s", async (_label, input, code) => {
    clock.set(NOW);
    await expectRefused(() => book(input), code);
  });

  it("refuses an anonymous caller with UNAUTHENTICATED", async () => {
    await expectRefused(() => subgraph.request(BOOK, { input: meeting("2026-03-04T09:00", "2026-03-04T10:00") }), "UNAUTHENTICATED");
  });

  it("refuses an integrator (read-only) with FORBIDDEN", async () => {
    await expectRefused(() => book(meeting("2026-03-04T09:00", "2026-03-04T10:00"), integrator), "FORBIDDEN");
  });

  it("refuses a resident booking for someone else or for a team with FORBIDDEN", async () => {
    await expectRefused(
      () => book(meeting("2026-03-04T09:00", "2026-03-04T10:00", { organiserId: neighbour.personId }), resident),
      "FORBIDDEN",
    );
    await expectRefused(
      () => book(meeting("2026-03-04T09:00", "2026-03-04T10:00", { teamId: "5f0c7a52-0000-4000-8000-0000000000aa" }), resident),
      "FORBIDDEN",
    );
  });

  it("lets a resident book for himself", async () => {
    const answer = await book(meeting("2026-03-04T09:00", "2026-03-04T10:00", { title: "楼栋议事" }), resident);
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
    clock.set(NOW);
    expect((await book(fitness("2026-03-05T10:00", "2026-03-05T12:00", 10))).errors).toBeUndefined();
    expect((await book(fitness("2026-03-05T12:00", "2026-03-05T14:00", 10))).errors).toBeUndefined();
    // 10 present from 10:00 and another 10 from 12:00, never 20 at once before this one: it fits exactly.
    expect((await book(fitness("2026-03-05T11:00", "2026-03-05T13:00", 10))).errors).toBeUndefined();
    const answer = await expectRefused(() => book(fitness("2026-03-05T11:30", "2026-03-05T12:30", 1)), "CONFLICT");
    expect(answer.errors[0].extensions).toMatchObject({ date: "2026-03-05", capacity: 20, present: 20 });
    expect((await book(fitness("2026-03-05T14:00", "2026-03-05T15:00", 20))).errors).toBeUndefined();
  });
});

describe("weekly series", () => {
  it("books nothing when one week conflicts, and names that week's date", async () => {
    clock.set(NOW);
    expect((await book(meeting("2026-03-21T09:00", "2026-03-21T10:00", { title: "其他活动" }))).errors).toBeUndefined();
    const answer = await expectRefused(
      () => book(meeting("2026-03-07T08:30", "2026-03-07T10:30", { title: "留守儿童体育课", weeklyOccurrences: 4 })),
      "CONFLICT",
    );
    expect(answer.errors[0].extensions).toMatchObject({ date: "2026-03-21", occurrence: 3 });
    expect(answer.errors[0].message).toContain("2026-03-21");
  });

  it("books every week at the same local time under one series id", async () => {
    const answer = await book(meeting("2026-03-07T14:00", "2026-03-07T16:00", { title: "留守儿童体育课", weeklyOccurrences: 4 }));
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
    const answer = await book(meeting("2026-05-30T09:00", "2026-05-30T10:00", { weeklyOccurrences: 3 }));
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.bookZone).toHaveLength(3);
  });
});

const APPROVE = `mutation($id: ID!) { approveBooking(id: $id) { id status } }`;
const REJECT = `mutation($id: ID!, $reason: String!) { rejectBooking(id: $id, reason: $reason) { id status decisionNote } }`;
const CANCEL = `mutation($id: ID!) { cancelBooking(id: $id) { id status } }`;
const CHECK_IN = `mutation($id: ID!) { checkInBooking(id: $id) { id status checkedInAt } }`;

async function expectUnchanged(run: () => Promise<any>, code: string, bookingId: string) {
  const [before] = await subgraph.db.query(`SELECT status FROM booking WHERE id = $1`, [bookingId]);
  const history = await countRows(subgraph, "history");
  const answer = await run();
  expect(errorCode(answer), JSON.stringify(answer.errors)).toBe(code);
  const [after] = await subgraph.db.query(`SELECT status FROM booking WHERE id = $1`, [bookingId]);
  expect(after.status).toBe(before.status);
  expect(await countRows(subgraph, "history")).toBe(history);
}

describe("approvals", () => {
  const children = (from: string, to: string) => ({
    zoneId: ZONE.CHILDREN,
    title: "绘本共读",
    startsAt: at(from),
    endsAt: at(to),
    attendees: 8,
  });

  it("starts a booking of the children's room PENDING; station staff approve it", async () => {
    clock.set(NOW);
    const asked = await book(children("2026-03-07T09:00", "2026-03-07T10:30"), resident);
    const booking = asked.data!.bookZone[0];
    expect(booking.status).toBe("PENDING");
    await expectUnchanged(() => subgraph.request(APPROVE, { id: booking.id }, resident), "FORBIDDEN", booking.id);
    await expectUnchanged(() => subgraph.request(APPROVE, { id: booking.id }), "UNAUTHENTICATED", booking.id);
    const approved = await subgraph.request(APPROVE, { id: booking.id }, staff);
    expect(approved.data!.approveBooking.status).toBe("CONFIRMED");
    await expectUnchanged(() => subgraph.request(APPROVE, { id: booking.id }, staff), "CONFLICT", booking.id);
  });

  it("holds the room while pending: an overlapping request is refused", async () => {
    await book(children("2026-03-08T09:00", "2026-03-08T10:00"), resident);
    await expectRefused(() => book(children("2026-03-08T09:30", "2026-03-08T11:00"), neighbour), "CONFLICT");
  });

  it("rejects with a reason, which frees the room", async () => {
    const asked = await book(children("2026-03-14T09:00", "2026-03-14T10:00"), resident);
    const id = asked.data!.bookZone[0].id;
    await expectUnchanged(() => subgraph.request(REJECT, { id, reason: "  " }, staff), "BAD_USER_INPUT", id);
    const rejected = await subgraph.request(REJECT, { id, reason: "当天有消防检查" }, staff);
    expect(rejected.data!.rejectBooking).toEqual({ id, status: "REJECTED", decisionNote: "当天有消防检查" });
    expect((await book(children("2026-03-14T09:00", "2026-03-14T10:00"), neighbour)).errors).toBeUndefined();
  });

  it("gives NOT_FOUND for an unknown booking", async () => {
    const answer = await subgraph.request(APPROVE, { id: "5f0c7a52-0000-4000-8000-000000000000" }, staff);
    expect(errorCode(answer)).toBe("NOT_FOUND");
    expect(errorCode(await subgraph.request(APPROVE, { id: "nope" }, staff))).toBe("NOT_FOUND");
  });
});

describe("cancel and check-in", () => {
  it("lets the organiser cancel, not a neighbour, and frees the slot", async () => {
    clock.set(NOW);
    const id = (await book(meeting("2026-03-10T09:00", "2026-03-10T10:00"), resident)).data!.bookZone[0].id;
    await expectUnchanged(() => subgraph.request(CANCEL, { id }, neighbour), "FORBIDDEN", id);
    expect((await subgraph.request(CANCEL, { id }, resident)).data!.cancelBooking.status).toBe("CANCELLED");
    await expectUnchanged(() => subgraph.request(CANCEL, { id }, resident), "CONFLICT", id);
    expect((await book(meeting("2026-03-10T09:00", "2026-03-10T10:00"), neighbour)).errors).toBeUndefined();
  });

  it("opens check-in from 15 minutes before the start to 30 minutes after it", async () => {
    clock.set(NOW);
    const id = (await book(meeting("2026-03-11T10:00", "2026-03-11T11:00"), resident)).data!.bookZone[0].id;
    clock.set(at("2026-03-11T09:44"));
    await expectUnchanged(() => subgraph.request(CHECK_IN, { id }, resident), "CONFLICT", id);
    clock.set(at("2026-03-11T09:50"));
    await expectUnchanged(() => subgraph.request(CHECK_IN, { id }, neighbour), "FORBIDDEN", id);
    const checked = await subgraph.request(CHECK_IN, { id }, resident);
    expect(checked.data!.checkInBooking).toMatchObject({ status: "CHECKED_IN", checkedInAt: "2026-03-11T01:50:00.000Z" });
    await expectUnchanged(() => subgraph.request(CHECK_IN, { id }, resident), "CONFLICT", id);

    clock.set(NOW);
    const late = (await book(meeting("2026-03-11T14:00", "2026-03-11T15:00"), resident)).data!.bookZone[0].id;
    clock.set(at("2026-03-11T14:31"));
    await expectUnchanged(() => subgraph.request(CHECK_IN, { id: late }, staff), "CONFLICT", late);
  });

  it("refuses to check in a booking still awaiting approval", async () => {
    clock.set(NOW);
    const input = {
      zoneId: ZONE.MULTIPURPOSE,
      title: "广场舞排练",
      startsAt: at("2026-03-12T09:00"),
      endsAt: at("2026-03-12T10:00"),
      attendees: 30,
    };
    const id = (await book(input, resident)).data!.bookZone[0].id;
    clock.set(at("2026-03-12T09:00"));
    await expectUnchanged(() => subgraph.request(CHECK_IN, { id }, staff), "CONFLICT", id);
  });
});

describe("the no-show sweep", () => {
  it("marks bookings not checked in 30 minutes after the start NO_SHOW, and only staff run it", async () => {
    clock.set(NOW);
    const id = (await book(meeting("2026-03-13T09:00", "2026-03-13T11:00"), resident)).data!.bookZone[0].id;
    clock.set(at("2026-03-13T09:30"));
    await subgraph.request(`mutation { sweepNoShows }`, {}, staff); // closes what earlier tests left unattended
    const [still] = await subgraph.db.query(`SELECT status FROM booking WHERE id = $1`, [id]);
    expect(still.status).toBe("CONFIRMED");
    expect(errorCode(await subgraph.request(`mutation { sweepNoShows }`, {}, resident))).toBe("FORBIDDEN");
    clock.set(at("2026-03-13T09:31"));
    expect((await subgraph.request(`mutation { sweepNoShows }`, {}, staff)).data!.sweepNoShows).toBe(1);
    const [row] = await subgraph.db.query(`SELECT status FROM booking WHERE id = $1`, [id]);
    expect(row.status).toBe("NO_SHOW");
    const history = await subgraph.db.query(`SELECT action FROM history WHERE subject_id = $1 ORDER BY at`, [id]);
    expect(history.map((h: { action: string }) => h.action)).toEqual(["BOOKED", "NO_SHOW"]);
  });

  it("frees the zone: a booking over an unattended one succeeds once its check-in window has passed", async () => {
    clock.set(NOW);
    const first = (await book(meeting("2026-03-16T09:00", "2026-03-16T11:00"), resident)).data!.bookZone[0].id;
    clock.set(at("2026-03-16T09:20"));
    await expectRefused(() => book(meeting("2026-03-16T10:00", "2026-03-16T11:00"), neighbour), "CONFLICT");
    clock.set(at("2026-03-16T09:40"));
    expect((await book(meeting("2026-03-16T10:00", "2026-03-16T11:00"), neighbour)).errors).toBeUndefined();
    const [row] = await subgraph.db.query(`SELECT status FROM booking WHERE id = $1`, [first]);
    expect(row.status).toBe("NO_SHOW");
  });
});

describe("reading bookings", () => {
  it("lists each zone's bookings in a window with one SQL statement for all zones", async () => {
    subgraph.sql.reset();
    const answer = await subgraph.request(
      `query($from: DateTime!, $to: DateTime!) { zones { name bookings(from: $from, to: $to) { title startsAt status zone { name } } } }`,
      { from: at("2026-03-03T00:00"), to: at("2026-03-04T00:00") },
    );
    expect(answer.errors).toBeUndefined();
    const hall = answer.data!.zones.find((z: { name: string }) => z.name === "议事厅");
    expect(hall.bookings.map((b: { startsAt: string }) => b.startsAt)).toEqual([
      "2026-03-03T01:00:00.000Z",
      "2026-03-03T03:00:00.000Z",
      "2026-03-03T06:00:00.000Z",
    ]);
    expect(subgraph.sql.count(/FROM "booking"/i)).toBe(1);
    expect(subgraph.sql.count(/FROM "zone"/i)).toBe(1);
  });

  it("refuses a reversed or over-long window with BAD_USER_INPUT", async () => {
    const query = `query($from: DateTime!, $to: DateTime!) { zones { bookings(from: $from, to: $to) { id } } }`;
    expect(errorCode(await subgraph.request(query, { from: at("2026-03-04T00:00"), to: at("2026-03-03T00:00") }))).toBe("BAD_USER_INPUT");
    expect(errorCode(await subgraph.request(query, { from: at("2026-03-01T00:00"), to: at("2026-07-01T00:00") }))).toBe("BAD_USER_INPUT");
  });

  it("gives a day's free slots of a zone", async () => {
    clock.set(NOW);
    await book(meeting("2026-03-17T09:00", "2026-03-17T11:00"));
    await book(meeting("2026-03-17T14:00", "2026-03-17T15:00"));
    const answer = await subgraph.request(
      `query($id: ID!) { zone(id: $id) { freeSlots(date: "2026-03-17") { startsAt endsAt freeCapacity } } }`,
      {
        id: ZONE.MEETING,
      },
    );
    expect(answer.data!.zone.freeSlots).toEqual([
      { startsAt: "2026-03-17T00:30:00.000Z", endsAt: "2026-03-17T01:00:00.000Z", freeCapacity: 40 },
      { startsAt: "2026-03-17T03:00:00.000Z", endsAt: "2026-03-17T06:00:00.000Z", freeCapacity: 40 },
      { startsAt: "2026-03-17T07:00:00.000Z", endsAt: "2026-03-17T13:00:00.000Z", freeCapacity: 40 },
    ]);
    const malformed = await subgraph.request(`query($id: ID!) { zone(id: $id) { freeSlots(date: "2026-02-30") { startsAt } } }`, {
      id: ZONE.MEETING,
    });
    expect(errorCode(malformed)).toBe("BAD_USER_INPUT");
  });

  it("pages through my bookings and the approval queue", async () => {
    clock.set(NOW);
    const MINE = `query($after: String) { myBookings(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { startsAt organiser { id } } } } }`;
    const first = await subgraph.request(MINE, {}, resident);
    const page = first.data!.myBookings;
    expect(page.edges).toHaveLength(2);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const seen = [...page.edges];
    let after = page.pageInfo.endCursor;
    while (after) {
      const next = (await subgraph.request(MINE, { after }, resident)).data!.myBookings;
      seen.push(...next.edges);
      after = next.pageInfo.hasNextPage ? next.pageInfo.endCursor : null;
    }
    expect(seen).toHaveLength(page.totalCount);
    const starts = seen.map((e) => e.node.startsAt);
    expect([...starts].sort()).toEqual(starts);
    expect(seen.every((e) => e.node.organiser.id === resident.personId)).toBe(true);

    const queue = await subgraph.request(`{ pendingBookings { totalCount edges { node { status zone { name } } } } }`, {}, staff);
    expect(queue.data!.pendingBookings.edges.every((e: any) => e.node.status === "PENDING")).toBe(true);
    expect(errorCode(await subgraph.request(`{ pendingBookings { totalCount } }`, {}, resident))).toBe("FORBIDDEN");
    expect(errorCode(await subgraph.request(`{ myBookings(first: 101) { totalCount } }`, {}, resident))).toBe("BAD_USER_INPUT");
  });
});
