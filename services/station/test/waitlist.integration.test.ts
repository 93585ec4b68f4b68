import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { demoPersonId } from "@dongting/subgraph-kit/seed";
import { errorCode, expectRefusedWithoutWrites, type As, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { booked, CANCEL, children, meeting, NOW, REJECT } from "./support/booking.js";
import { stationStaffB } from "./support/communities.js";
import { setZone, zoneSnapshot } from "./support/settings.js";
import { at, integrator, neighbour, resetStation, resident, staff, startStation, ZONE } from "./support/station.js";

let subgraph: TestSubgraph;
let restoreZones: () => Promise<void>;
beforeAll(async () => {
  subgraph = await startStation(NOW);
  restoreZones = await zoneSnapshot(subgraph);
});
beforeEach(async () => {
  await resetStation(subgraph, NOW);
  await restoreZones();
});
afterAll(async () => {
  await subgraph?.stop();
});

const JOIN = `mutation($zoneId: ID!, $startsAt: DateTime!, $endsAt: DateTime!, $attendees: Int!) {
  joinWaitlist(zoneId: $zoneId, startsAt: $startsAt, endsAt: $endsAt, attendees: $attendees) { id startsAt endsAt attendees person { id } booking { id } zone { id } }
}`;
const WAITLIST = `query($zoneId: ID!, $from: DateTime!, $to: DateTime!) {
  waitlist(zoneId: $zoneId, from: $from, to: $to) { id attendees person { id } booking { id status organiser { id } } }
}`;
const MY_BOOKINGS = `{ myBookings { edges { node { id title status startsAt } } } }`;

/** A third resident, besides resident and neighbour. */
const other: As = { roles: ["RESIDENT"], personId: demoPersonId(501) };

const join = (as: As, zoneId: string, from: string, to: string, attendees = 4) =>
  subgraph.request(JOIN, { zoneId, startsAt: at(from), endsAt: at(to), attendees }, as);
const waitlist = (as: As, zoneId = ZONE.MEETING) =>
  subgraph.request(WAITLIST, { zoneId, from: at("2026-03-02T00:00"), to: at("2026-03-31T00:00") }, as);
const refused = (operation: () => Promise<any>, code: string, reason: string) =>
  expectRefusedWithoutWrites(subgraph, operation, code, reason);

describe("the waitlist", () => {
  it("queues a person for a taken time, once, and records it", async () => {
    await booked(subgraph, meeting("2026-03-03T09:00", "2026-03-03T11:00"), neighbour);
    const answer = await join(resident, ZONE.MEETING, "2026-03-03T09:00", "2026-03-03T10:00");
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.joinWaitlist).toMatchObject({
      attendees: 4,
      person: { id: resident.personId },
      booking: null,
      zone: { id: ZONE.MEETING },
    });
    const [history] = await subgraph.db.query(`SELECT action, actor_id FROM history WHERE subject_id = $1`, [answer.data!.joinWaitlist.id]);
    expect(history).toEqual({ action: "WAITING", actor_id: resident.personId });
    await refused(() => join(resident, ZONE.MEETING, "2026-03-03T09:00", "2026-03-03T10:00"), "CONFLICT", "ALREADY_WAITING");
  });

  it("lets one of two identical joins sent at once in: the unique index holds", async () => {
    const answers = await Promise.all([1, 2, 3].map(() => join(resident, ZONE.MEETING, "2026-03-03T09:00", "2026-03-03T10:00")));
    expect(answers.map((a) => errorCode(a) ?? "OK").sort()).toEqual(["CONFLICT", "CONFLICT", "OK"]);
    const [row] = await subgraph.db.query(`SELECT count(*)::int AS n FROM waitlist_entry`);
    expect(row.n).toBe(1);
  });

  it("refuses entries the zone would refuse as bookings, unknown zones and read-only callers", async () => {
    await refused(() => join(resident, ZONE.MEETING, "2026-03-01T09:00", "2026-03-01T10:00"), "BAD_USER_INPUT", "BOOKING_IN_PAST");
    await refused(
      () => join(resident, ZONE.MEETING, "2026-03-03T09:00", "2026-03-03T09:10"),
      "BAD_USER_INPUT",
      "BOOKING_LENGTH_OUT_OF_RANGE",
    );
    await refused(
      () => join(resident, ZONE.MEETING, "2026-03-03T09:00", "2026-03-03T10:00", 41),
      "BAD_USER_INPUT",
      "ATTENDEES_OVER_CAPACITY",
    );
    await refused(
      () => join(resident, "5f0c7a52-0000-4000-8000-000000000000", "2026-03-03T09:00", "2026-03-03T10:00"),
      "NOT_FOUND",
      "NOT_FOUND",
    );
    await refused(() => join(integrator, ZONE.MEETING, "2026-03-03T09:00", "2026-03-03T10:00"), "FORBIDDEN", "ROLE_NOT_ALLOWED");
  });

  it("shows station staff of the community every entry, others only their own", async () => {
    await join(resident, ZONE.MEETING, "2026-03-03T09:00", "2026-03-03T10:00");
    await join(neighbour, ZONE.MEETING, "2026-03-03T09:00", "2026-03-03T10:00");
    expect((await waitlist(staff)).data!.waitlist).toHaveLength(2);
    const own = (await waitlist(resident)).data!.waitlist;
    expect(own.map((e: { person: { id: string } }) => e.person.id)).toEqual([resident.personId]);
    expect((await waitlist(stationStaffB)).data!.waitlist).toEqual([]);
  });

  it("hands a cancelled booking's slot to the first waiting entry that fits; its owner sees the booking", async () => {
    const taken = await booked(subgraph, meeting("2026-03-03T09:00", "2026-03-03T11:00"), neighbour);
    // First in the queue but too long for the freed two hours once 11:00 is booked; then two that fit.
    await booked(subgraph, meeting("2026-03-03T11:00", "2026-03-03T12:00"), neighbour);
    const tooLong = { roles: ["RESIDENT" as const], personId: demoPersonId(500) };
    await join(tooLong, ZONE.MEETING, "2026-03-03T10:00", "2026-03-03T11:30");
    subgraph.clock.advanceMinutes(1);
    await join(resident, ZONE.MEETING, "2026-03-03T09:00", "2026-03-03T10:30");
    subgraph.clock.advanceMinutes(1);
    await join(other, ZONE.MEETING, "2026-03-03T10:00", "2026-03-03T11:00");
    const cancelled = await subgraph.request(CANCEL, { id: taken }, neighbour);
    expect(cancelled.errors).toBeUndefined();

    const entries = (await waitlist(staff)).data!.waitlist as Array<{
      person: { id: string };
      booking: { status: string; organiser: { id: string } } | null;
    }>;
    const byPerson = Object.fromEntries(entries.map((e) => [e.person.id, e.booking]));
    expect(byPerson[tooLong.personId!]).toBeNull();
    expect(byPerson[resident.personId!]).toMatchObject({ status: "CONFIRMED", organiser: { id: resident.personId } });
    // The second that fits overlaps the first one handed over: the exclusive hall holds one.
    expect(byPerson[other.personId!]).toBeNull();
    const mine = (await subgraph.request(MY_BOOKINGS, {}, resident)).data!.myBookings.edges;
    expect(mine.map((e: { node: { title: string; status: string } }) => [e.node.title, e.node.status])).toEqual([
      ["候补预约", "CONFIRMED"],
    ]);
    const handed = await subgraph.db.query(`SELECT action FROM history WHERE subject_type = 'WaitlistEntry' AND action = 'HANDED_OVER'`);
    expect(handed).toHaveLength(1);
  });

  it("hands a rejected booking's slot over as PENDING on an approval zone", async () => {
    const taken = await booked(subgraph, children("2026-03-03T16:00", "2026-03-03T17:00"), neighbour);
    await join(resident, ZONE.CHILDREN, "2026-03-03T16:00", "2026-03-03T17:00");
    const rejected = await subgraph.request(REJECT, { id: taken, reason: "场地维护" }, staff);
    expect(rejected.errors).toBeUndefined();
    const [entry] = (await waitlist(resident, ZONE.CHILDREN)).data!.waitlist;
    expect(entry.booking).toMatchObject({ status: "PENDING", organiser: { id: resident.personId } });
  });

  it("fills a shared zone's freed room with every waiting entry that fits, in order, keeping the buffer", async () => {
    await setZone(subgraph, ZONE.FITNESS, { capacity: 4, bufferMinutes: 15 });
    const fit = (from: string, to: string, attendees: number) => ({
      zoneId: ZONE.FITNESS,
      title: "健身",
      startsAt: at(from),
      endsAt: at(to),
      attendees,
    });
    const taken = await booked(subgraph, fit("2026-03-03T09:00", "2026-03-03T10:00", 4), neighbour);
    await join(resident, ZONE.FITNESS, "2026-03-03T09:00", "2026-03-03T10:00", 2);
    subgraph.clock.advanceMinutes(1);
    await join(other, ZONE.FITNESS, "2026-03-03T09:00", "2026-03-03T10:00", 3);
    subgraph.clock.advanceMinutes(1);
    await join(staff, ZONE.FITNESS, "2026-03-03T09:00", "2026-03-03T10:00", 2);
    await subgraph.request(CANCEL, { id: taken }, neighbour);
    const entries = (await waitlist(staff, ZONE.FITNESS)).data!.waitlist as Array<{ person: { id: string }; booking: unknown }>;
    const handed = Object.fromEntries(entries.map((e) => [e.person.id, !!e.booking]));
    // 2 fit, then 3 would make 5 > 4, then 2 more make 4.
    expect(handed).toEqual({ [resident.personId!]: true, [other.personId!]: false, [staff.personId!]: true });
  });

  it("leaves entries whose time has come and gone waiting", async () => {
    const taken = await booked(subgraph, meeting("2026-03-03T09:00", "2026-03-03T11:00"), neighbour);
    await join(resident, ZONE.MEETING, "2026-03-03T09:00", "2026-03-03T10:00");
    subgraph.clock.set(at("2026-03-03T09:10"));
    await subgraph.request(CANCEL, { id: taken }, neighbour);
    const [entry] = (await waitlist(resident)).data!.waitlist;
    expect(entry.booking).toBeNull();
  });
});
