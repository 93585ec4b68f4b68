import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REDACTED_TEXT } from "@dongting/subgraph-kit";
import { expectRefused, type As, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { book, booked, children, meeting, NOW, REJECT } from "./support/booking.js";
import {
  admin,
  communityStaff,
  entitiesQuery,
  forbiddenAt,
  gridLeader,
  partyCommittee,
  refusals,
  representations,
  volunteer,
} from "./support/privacy.js";
import { at, integrator, neighbour, resident, staff, startStation, ZONE } from "./support/station.js";

const TEAM = "5f0c7a52-0000-4000-8000-0000000000aa";
const WEEK = { from: at("2026-03-02T00:00"), to: at("2026-03-09T00:00") };
/** Who and what of a booking: the booker's and station staff's. */
const DETAILS = ["organiser", "team", "decisionNote"];
const FIELDS = `id startsAt endsAt attendees status seriesId checkedInAt createdAt zone { name } title organiser { id } team { id } decisionNote`;
const BOOKING = `query($id: ID!) { booking(id: $id) { ${FIELDS} } }`;
const HALL_WEEK = `query($id: ID!, $from: DateTime!, $to: DateTime!) { zone(id: $id) { name bookings(from: $from, to: $to) { ${FIELDS} } } }`;

let subgraph: TestSubgraph;
/** The resident's own booking of the meeting hall, a team booking staff made there, and a rejected request. */
let own: string, team: string, rejected: string;
beforeAll(async () => {
  subgraph = await startStation(NOW);
  own = await booked(subgraph, meeting("2026-03-03T09:00", "2026-03-03T11:00", { title: "陈晓家读书会" }), resident);
  team = await booked(subgraph, meeting("2026-03-03T14:00", "2026-03-03T15:00", { teamId: TEAM }), staff);
  rejected = await booked(subgraph, children("2026-03-07T09:00", "2026-03-07T10:00"), resident);
  expect((await subgraph.request(REJECT, { id: rejected, reason: "与园区活动冲突" }, staff)).errors).toBeUndefined();
  const closed = await subgraph.request(
    `mutation($from: DateTime!, $to: DateTime!) { closeZone(zoneId: "${ZONE.MULTIPURPOSE}", from: $from, to: $to, reason: "地面翻新") { id } }`,
    { from: at("2026-03-05T00:00"), to: at("2026-03-06T00:00") },
    staff,
  );
  expect(closed.errors).toBeUndefined();
});
afterAll(async () => {
  await subgraph?.stop();
});

const read = (query: string, variables: Record<string, unknown>, as?: As) => subgraph.request(query, variables, as);
/** A booking as station staff read it: the full row, for comparing the slot facts others get. */
async function asStaff(id: string) {
  const answer = await read(BOOKING, { id }, staff);
  expect(answer.errors).toBeUndefined();
  return answer.data!.booking;
}
/** The busy-slot facts of a booking (what everyone signed in reads). */
const slotOf = ({ title: _t, organiser: _o, team: _team, decisionNote: _d, ...slot }: Record<string, unknown>) => slot;

describe("without a token", () => {
  it("answers the zones, their opening hours, free slots and closures' dates, with closure reasons redacted", async () => {
    const answer = await read(
      `query($from: DateTime!, $to: DateTime!) {
        zones { id name kind capacity exclusive requiresApproval openingHours { weekday opens closes }
                freeSlots(date: "2026-03-03") { startsAt endsAt freeCapacity } closures(from: $from, to: $to) { startsAt endsAt reason } }
        zoneClosures(from: $from, to: $to) { startsAt endsAt reopenedAt reason zone { name } } }`,
      WEEK,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.zones).toHaveLength(8);
    const hall = answer.data!.zones.find((zone: { id: string }) => zone.id === ZONE.MEETING);
    // The hall is busy 09:00-11:00 and 14:00-15:00 local: free slots tell when, never who.
    expect(hall.freeSlots.map((slot: { startsAt: string }) => slot.startsAt)).toEqual([
      "2026-03-03T00:30:00.000Z",
      "2026-03-03T03:00:00.000Z",
      "2026-03-03T07:00:00.000Z",
    ]);
    expect(answer.data!.zoneClosures).toEqual([
      {
        startsAt: "2026-03-04T16:00:00.000Z",
        endsAt: "2026-03-05T16:00:00.000Z",
        reopenedAt: null,
        reason: REDACTED_TEXT,
        zone: { name: "多功能厅" },
      },
    ]);
    const multipurpose = answer.data!.zones.find((zone: { id: string }) => zone.id === ZONE.MULTIPURPOSE);
    expect(multipurpose.closures).toEqual([
      { startsAt: "2026-03-04T16:00:00.000Z", endsAt: "2026-03-05T16:00:00.000Z", reason: REDACTED_TEXT },
    ]);
  });

  it("refuses every booking with UNAUTHENTICATED: a zone's bookings, one booking, my bookings and the approval queue", async () => {
    const week = await read(HALL_WEEK, { id: ZONE.MEETING, ...WEEK });
    expect(week.data?.zone ?? null).toBeNull();
    expect(refusals(week)).toEqual(["UNAUTHENTICATED SIGN_IN_REQUIRED zone.bookings"]);
    const one = await read(BOOKING, { id: own });
    expect(one.data?.booking ?? null).toBeNull();
    expect(refusals(one)).toEqual(["UNAUTHENTICATED SIGN_IN_REQUIRED booking"]);
    for (const query of [`{ myBookings { totalCount } }`, `{ pendingBookings { totalCount } }`]) {
      const answer = await read(query, {});
      expect(answer.data ?? null).toBeNull();
      expectRefused(answer, "UNAUTHENTICATED", "SIGN_IN_REQUIRED");
    }
  });
});

describe("INTEGRATOR", () => {
  it("reads a zone's bookings as busy slots: times, statuses and counts, the title redacted, who booked it null and FORBIDDEN", async () => {
    const answer = await read(HALL_WEEK, { id: ZONE.MEETING, ...WEEK }, integrator);
    const bookings = answer.data!.zone.bookings;
    expect(bookings.map((b: { id: string }) => b.id)).toEqual([own, team]);
    for (const booking of bookings) {
      expect(slotOf(booking)).toEqual(slotOf(await asStaff(booking.id)));
      expect(booking).toMatchObject({ title: REDACTED_TEXT, organiser: null, team: null, decisionNote: null, attendees: 12 });
    }
    expect(refusals(answer)).toEqual(forbiddenAt(["zone.bookings.0", "zone.bookings.1"], DETAILS));
  });

  it("gets closure reasons redacted, and neither the approval queue nor 'my' bookings", async () => {
    const closures = await read(
      `query($from: DateTime!, $to: DateTime!) { zoneClosures(from: $from, to: $to) { startsAt reason } }`,
      WEEK,
      integrator,
    );
    expect(closures.data!.zoneClosures).toEqual([{ startsAt: "2026-03-04T16:00:00.000Z", reason: REDACTED_TEXT }]);
    expectRefused(await read(`{ pendingBookings { totalCount } }`, {}, integrator), "FORBIDDEN", "ROLE_NOT_ALLOWED");
    const mine = await read(`{ myBookings { totalCount } }`, {}, integrator);
    expect(mine.data ?? null).toBeNull();
    expectRefused(mine, "FORBIDDEN", "PERSON_REQUIRED");
  });
});

describe("a booking's title and who booked it", () => {
  it.each<[string, As, boolean]>([
    ["its booker", resident, true],
    ["station staff", staff, true],
    ["ADMIN", admin, true],
    ["another resident", neighbour, false],
    ["a volunteer", volunteer, false],
    ["a grid leader", gridLeader, false],
    ["community staff", communityStaff, false],
    ["the party committee", partyCommittee, false],
    ["INTEGRATOR", integrator, false],
  ])("are read in full by %s: %s", async (_label, as, full) => {
    const answer = await read(BOOKING, { id: rejected }, as);
    const booking = answer.data!.booking;
    expect(slotOf(booking)).toEqual(slotOf(await asStaff(rejected)));
    if (full) {
      expect(answer.errors).toBeUndefined();
      expect(booking).toMatchObject({
        title: "绘本共读",
        organiser: { id: resident.personId },
        team: null,
        decisionNote: "与园区活动冲突",
      });
    } else {
      expect(booking).toMatchObject({ title: REDACTED_TEXT, organiser: null, team: null, decisionNote: null });
      expect(refusals(answer)).toEqual(forbiddenAt(["booking"], DETAILS));
    }
  });

  it("show in a zone's week: the resident's own booking in full, the team's booking as a busy slot", async () => {
    const answer = await read(HALL_WEEK, { id: ZONE.MEETING, ...WEEK }, resident);
    const [mine, theirs] = answer.data!.zone.bookings;
    expect(mine).toMatchObject({ id: own, title: "陈晓家读书会", organiser: { id: resident.personId }, team: null });
    expect(theirs).toMatchObject({ id: team, title: REDACTED_TEXT, organiser: null, team: null, status: "CONFIRMED" });
    expect(refusals(answer)).toEqual(forbiddenAt(["zone.bookings.1"], DETAILS));
    const forStaff = await read(HALL_WEEK, { id: ZONE.MEETING, ...WEEK }, staff);
    expect(forStaff.errors).toBeUndefined();
    expect(forStaff.data!.zone.bookings[1]).toMatchObject({ title: "班长议事会", organiser: null, team: { id: TEAM } });
  });

  it("are all there in my bookings", async () => {
    const answer = await read(`{ myBookings(includePast: true) { edges { node { ${FIELDS} } } } }`, {}, resident);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.myBookings.edges.map((e: any) => [e.node.title, e.node.organiser.id])).toEqual([
      ["陈晓家读书会", resident.personId],
      ["绘本共读", resident.personId],
    ]);
  });

  it("stay out of a refusal: an overlapping booking names the booking in the way only to its booker and staff", async () => {
    const clash = meeting("2026-03-03T10:00", "2026-03-03T11:30");
    for (const [as, named] of [
      [neighbour, false],
      [resident, true],
      [staff, true],
    ] as const) {
      const answer = await book(subgraph, clash, as);
      const error = expectRefused(answer, "CONFLICT", "BOOKING_OVERLAP");
      expect(error.extensions).toMatchObject({ conflictingBookingId: own });
      expect(error.message.includes("陈晓家读书会"), error.message).toBe(named);
    }
  });
});

describe("_entities called on the subgraph directly", () => {
  it("resolves zones for anyone, without a token", async () => {
    const answer = await read(entitiesQuery("Zone", "id name"), representations("Zone", [ZONE.MEETING]));
    expect(answer.errors).toBeUndefined();
    expect(answer.data!._entities).toEqual([{ id: ZONE.MEETING, name: "议事厅" }]);
  });

  it("refuses a booking without a token, to other residents and to INTEGRATOR, and gives nothing of it", async () => {
    const query = entitiesQuery("Booking", "id title startsAt");
    for (const [as, expected] of [
      [undefined, "UNAUTHENTICATED SIGN_IN_REQUIRED _entities.0"],
      [neighbour, "FORBIDDEN FIELD_NOT_ALLOWED _entities.0"],
      [communityStaff, "FORBIDDEN FIELD_NOT_ALLOWED _entities.0"],
      [integrator, "FORBIDDEN FIELD_NOT_ALLOWED _entities.0"],
    ] as const) {
      const answer = await read(query, representations("Booking", [own]), as);
      expect(answer.data!._entities).toEqual([null]);
      expect(refusals(answer)).toEqual([expected]);
    }
  });

  it("answers its booker and station staff, loading the bookings the rule needs in one statement", async () => {
    const query = entitiesQuery("Booking", "id title");
    subgraph.sql.reset();
    const forResident = await read(query, representations("Booking", [own, team]), resident);
    expect(subgraph.sql.count(/FROM "booking"/i)).toBe(1);
    expect(forResident.data!._entities).toEqual([{ id: own, title: "陈晓家读书会" }, null]);
    expect(refusals(forResident)).toEqual(["FORBIDDEN FIELD_NOT_ALLOWED _entities.1"]);
    const forStaff = await read(query, representations("Booking", [own, team]), staff);
    expect(forStaff.errors).toBeUndefined();
    expect(forStaff.data!._entities).toEqual([
      { id: own, title: "陈晓家读书会" },
      { id: team, title: "班长议事会" },
    ]);
  });
});
