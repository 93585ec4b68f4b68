import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REDACTED_TEXT } from "@dongting/subgraph-kit";
import { demoPersonId, demoTeamId } from "@dongting/subgraph-kit/seed";
import { expectRefusedWithoutWrites, type As, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { seedNeighbourZones } from "../src/seed/lexiang.seed.js";
import { APPROVE, book, booked, CANCEL, CHECK_IN, expectBookingRefused, meeting, NOW, REJECT } from "./support/booking.js";
import {
  A,
  B,
  B_ZONE,
  communityStaffA,
  residentA,
  residentB,
  stationStaffA,
  stationStaffB,
  streetStationStaff,
  twoCommunities,
} from "./support/communities.js";
import { at, startStation, ZONE } from "./support/station.js";

/** B's multi-purpose room: exclusive, needs approval, open every day 08:30-21:00. */
const hallB = (from: string, to: string, extra: Record<string, unknown> = {}) => ({
  zoneId: B_ZONE.HALL,
  title: "水果湖家宴",
  startsAt: at(from),
  endsAt: at(to),
  attendees: 10,
  ...extra,
});
const BOOKING = `query($id: ID!) { booking(id: $id) { id status title organiser { id } zone { community { id } } } }`;

let subgraph: TestSubgraph;
/** B's resident's booking of B's hall (PENDING), and one on Monday morning to check in. */
let bBooking: string, bToday: string;
beforeAll(async () => {
  subgraph = await startStation(NOW);
  await seedNeighbourZones(subgraph.db);
  bBooking = await booked(subgraph, hallB("2026-03-04T10:00", "2026-03-04T12:00"), residentB);
  bToday = await booked(subgraph, { ...hallB("2026-03-02T09:00", "2026-03-02T10:00"), zoneId: B_ZONE.READING }, residentB);
});
afterAll(async () => {
  await subgraph?.stop();
});

const refusedWithoutWrites = (query: string, variables: Record<string, unknown>, as: As, code: string, reason: string) =>
  expectRefusedWithoutWrites(subgraph, () => subgraph.request(query, variables, as), code, reason);

describe("zones belong to communities", () => {
  it("lists every community's zones, or one community's, each with its community", async () => {
    const all = await subgraph.request(`{ zones { id community { id } } }`);
    expect(all.data!.zones).toHaveLength(12);
    const b = await subgraph.request(`query($c: ID!) { zones(communityId: $c) { id name community { id } } }`, { c: B });
    expect(b.data!.zones.map((z: any) => [z.id, z.community.id])).toEqual([
      [B_ZONE.READING, B],
      [B_ZONE.HALL, B],
    ]);
    const malformed = await subgraph.request(`{ zones(communityId: "nope") { id } }`);
    expect(malformed.data!.zones).toEqual([]);
  });

  it("lets a resident of A book B's rooms (a public service), the booking in B", async () => {
    const id = await booked(subgraph, hallB("2026-03-05T10:00", "2026-03-05T11:00"), residentA);
    const answer = await subgraph.request(BOOKING, { id }, residentA);
    expect(answer.data!.booking).toMatchObject({ title: "水果湖家宴", organiser: { id: demoPersonId(4) }, zone: { community: { id: B } } });
    const [row] = await subgraph.db.query(`SELECT community_id FROM booking WHERE id = $1`, [id]);
    expect(row.community_id).toBe(B);
  });
});

describe("staff of community A against B's booking", () => {
  it("do not read its booker or title; B's station staff do", async () => {
    for (const as of [stationStaffA, communityStaffA]) {
      const answer = await subgraph.request(BOOKING, { id: bBooking }, as);
      expect(answer.data!.booking).toMatchObject({ status: "PENDING", title: REDACTED_TEXT, organiser: null });
      expect(answer.errors?.map((e) => `${e.extensions?.reason} ${e.path?.join(".")}`)).toEqual(["FIELD_NOT_ALLOWED booking.organiser"]);
    }
    const own = await subgraph.request(BOOKING, { id: bBooking }, stationStaffB);
    expect(own.errors).toBeUndefined();
    expect(own.data!.booking).toMatchObject({ title: "水果湖家宴", organiser: { id: demoPersonId(650) } });
  });

  it("may not approve, reject, check in or cancel it: FORBIDDEN OUT_OF_SCOPE, nothing written", async () => {
    await refusedWithoutWrites(APPROVE, { id: bBooking }, stationStaffA, "FORBIDDEN", "OUT_OF_SCOPE");
    await refusedWithoutWrites(REJECT, { id: bBooking, reason: "不行" }, stationStaffA, "FORBIDDEN", "OUT_OF_SCOPE");
    await refusedWithoutWrites(CANCEL, { id: bBooking }, stationStaffA, "FORBIDDEN", "OUT_OF_SCOPE");
    await refusedWithoutWrites(CHECK_IN, { id: bToday }, stationStaffA, "FORBIDDEN", "OUT_OF_SCOPE");
    // Street staff read the street's stations but act in none.
    await refusedWithoutWrites(APPROVE, { id: bBooking }, streetStationStaff, "FORBIDDEN", "OUT_OF_SCOPE");
    // Someone else's booking is no resident's to cancel, in any community.
    await refusedWithoutWrites(CANCEL, { id: bBooking }, residentA, "FORBIDDEN", "NOT_ORGANISER");
  });

  it("may not book B's rooms for someone else, close them or keep their visitor log", async () => {
    await expectBookingRefused(
      subgraph,
      hallB("2026-03-06T10:00", "2026-03-06T11:00", { organiserId: demoPersonId(650) }),
      "FORBIDDEN",
      "OUT_OF_SCOPE",
      stationStaffA,
    );
    const close = `mutation($from: DateTime!, $to: DateTime!) { closeZone(zoneId: "${B_ZONE.READING}", from: $from, to: $to, reason: "消毒") { id } }`;
    await refusedWithoutWrites(
      close,
      { from: at("2026-03-10T00:00"), to: at("2026-03-11T00:00") },
      stationStaffA,
      "FORBIDDEN",
      "OUT_OF_SCOPE",
    );
    const record = `mutation($input: RecordVisitorsInput!) { recordVisitors(input: $input) { id } }`;
    const input = { zoneId: B_ZONE.READING, visitedOn: "2026-03-01", group: "RESIDENT", visitors: 3 };
    await refusedWithoutWrites(record, { input }, stationStaffA, "FORBIDDEN", "OUT_OF_SCOPE");
  });

  it("B's staff run B's bookings", async () => {
    const answer = await subgraph.request(APPROVE, { id: bBooking }, stationStaffB);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.approveBooking.status).toBe("CONFIRMED");
    subgraph.clock.set(at("2026-03-02T08:55"));
    expect((await subgraph.request(CHECK_IN, { id: bToday }, stationStaffB)).errors).toBeUndefined();
    subgraph.clock.set(NOW);
  });
});

describe("a booking for a team", () => {
  it("takes a team of the zone's community", async () => {
    const id = await booked(subgraph, meeting("2026-03-09T09:00", "2026-03-09T10:00", { teamId: demoTeamId(1) }), stationStaffA);
    expect(id).toBeTruthy();
  });

  it("refuses a team of another community (TEAM_NOT_IN_COMMUNITY) and one the copy lacks (UNKNOWN_TEAM)", async () => {
    const error = await expectBookingRefused(
      subgraph,
      meeting("2026-03-09T11:00", "2026-03-09T12:00", { teamId: demoTeamId(101) }),
      "BAD_USER_INPUT",
      "TEAM_NOT_IN_COMMUNITY",
      stationStaffA,
    );
    expect(error.extensions?.field).toBe("teamId");
    await expectBookingRefused(
      subgraph,
      meeting("2026-03-09T11:00", "2026-03-09T12:00", { teamId: "5f0c7a52-0000-4000-8000-0000000000ff" }),
      "BAD_USER_INPUT",
      "UNKNOWN_TEAM",
      stationStaffA,
    );
  });
});

describe("lists filtered by community and by reach", () => {
  const PENDING = `query($c: ID) { pendingBookings(communityId: $c) { totalCount edges { node { zone { community { id } } } } } }`;
  const communitiesOf = async (as: As, c: string | null = null) => {
    const answer = await subgraph.request(PENDING, { c }, as);
    expect(answer.errors).toBeUndefined();
    return [...new Set(answer.data!.pendingBookings.edges.map((e: any) => e.node.zone.community.id))].sort();
  };

  beforeAll(async () => {
    await booked(subgraph, { ...meeting("2026-03-10T16:00", "2026-03-10T17:00"), zoneId: ZONE.CHILDREN }, residentA);
    await booked(subgraph, hallB("2026-03-11T10:00", "2026-03-11T11:00"), residentB);
  });

  it("gives each station's staff their own approval queue, the street's staff all, communityId narrowing", async () => {
    expect(await communitiesOf(stationStaffA)).toEqual([A]);
    expect(await communitiesOf(stationStaffB)).toEqual([B]);
    expect(await communitiesOf(streetStationStaff)).toEqual([A, B].sort());
    expect(await communitiesOf(streetStationStaff, B)).toEqual([B]);
    expect(await communitiesOf(stationStaffA, B)).toEqual([]);
  });

  it("filters one's own bookings, the 百宝箱 boards and the closures by communityId", async () => {
    const mine = await subgraph.request(`query($c: ID) { myBookings(communityId: $c) { totalCount } }`, { c: B }, residentA);
    expect(mine.data!.myBookings.totalCount).toBe(1);
    await subgraph.request(`mutation { postItem(input: { title: "旧台灯" }) { id } }`, {}, residentB);
    const boards = await subgraph.request(`query($c: ID) { exchangeItems(communityId: $c) { title } }`, { c: B }, residentB);
    expect(boards.data!.exchangeItems.map((i: any) => i.title)).toEqual(["旧台灯"]);
    const none = await subgraph.request(`query($c: ID) { exchangeItems(communityId: $c) { title } }`, { c: A }, residentB);
    expect(none.data!.exchangeItems).toEqual([]);
  });

  it("shows community staff only their community's visitor log and figures", async () => {
    await subgraph.db.query(
      `INSERT INTO visitor_log (zone_id, community_id, visited_on, visitor_group, visitors, note) VALUES
       ($1, $2, '2026-03-01', 'RESIDENT', 4, '东亭'), ($3, $4, '2026-03-01', 'RESIDENT', 5, '水果湖')`,
      [ZONE.HELP_DESK, A, B_ZONE.READING, B],
    );
    const LOG = `query($c: ID) { visitorLog(communityId: $c) { totalCount edges { node { visitors } } } }`;
    const a = await subgraph.request(LOG, {}, communityStaffA);
    expect(a.data!.visitorLog.edges.map((e: any) => e.node.visitors)).toEqual([4]);
    expect((await subgraph.request(LOG, { c: B }, communityStaffA)).data!.visitorLog.totalCount).toBe(0);
    expect((await subgraph.request(LOG, {}, streetStationStaff)).data!.visitorLog.totalCount).toBe(2);
    const figures = await subgraph.request(
      `query($from: DateTime!, $to: DateTime!) { zoneUtilisation(from: $from, to: $to) { zone { community { id } } } }`,
      { from: at("2026-03-02T00:00"), to: at("2026-03-09T00:00") },
      communityStaffA,
    );
    expect(new Set(figures.data!.zoneUtilisation.map((r: any) => r.zone.community.id))).toEqual(new Set([A]));
  });
});

describe("the 百宝箱 across communities", () => {
  const POST = `mutation($input: PostItemInput!) { postItem(input: $input) { id } }`;

  it("puts an item on the poster's community's board, or the one named", async () => {
    const answer = await subgraph.request(POST, { input: { title: "童书", communityId: B } }, residentA);
    expect(answer.errors).toBeUndefined();
    const [row] = await subgraph.db.query(`SELECT community_id FROM exchange_item WHERE id = $1`, [answer.data!.postItem.id]);
    expect(row.community_id).toBe(B);
  });

  it("refuses a board the copy does not know, and a guess between two communities", async () => {
    await refusedWithoutWrites(
      POST,
      { input: { title: "x", communityId: "5f0c7a52-0000-4000-8000-0000000000ab" } },
      residentA,
      "BAD_USER_INPUT",
      "UNKNOWN_COMMUNITY",
    );
    await refusedWithoutWrites(POST, { input: { title: "x" } }, twoCommunities, "BAD_USER_INPUT", "COMMUNITY_REQUIRED");
  });

  it("keeps A's staff off B's board: posting for others, withdrawing (OUT_OF_SCOPE)", async () => {
    await refusedWithoutWrites(
      POST,
      { input: { title: "x", ownerId: demoPersonId(650), communityId: B } },
      stationStaffA,
      "FORBIDDEN",
      "OUT_OF_SCOPE",
    );
    const posted = await subgraph.request(POST, { input: { title: "电扇" } }, residentB);
    const id = posted.data!.postItem.id;
    await refusedWithoutWrites(`mutation($id: ID!) { withdrawItem(id: $id) { id } }`, { id }, stationStaffA, "FORBIDDEN", "OUT_OF_SCOPE");
    const claim = `mutation($id: ID!, $c: ID!) { claimItem(id: $id, claimantId: $c) { id } }`;
    await refusedWithoutWrites(claim, { id, c: demoPersonId(4) }, stationStaffA, "FORBIDDEN", "OUT_OF_SCOPE");
    // A resident of A claims B's item for themselves: the board is open to everyone signed in.
    expect((await subgraph.request(claim, { id, c: demoPersonId(4) }, residentA)).errors).toBeUndefined();
  });
});

describe("statement budgets", () => {
  it("are the same for a resident holding a community grant as for a GLOBAL one", async () => {
    const cost = async (as: As, from: string, to: string) => {
      subgraph.sql.reset();
      const answer = await book(subgraph, { ...meeting(from, to), zoneId: ZONE.MEETING }, as);
      expect(answer.errors).toBeUndefined();
      return subgraph.sql.count();
    };
    const scoped = await cost(residentA, "2026-03-12T09:00", "2026-03-12T10:00");
    const global = await cost({ roles: ["RESIDENT"], personId: demoPersonId(4) }, "2026-03-12T11:00", "2026-03-12T12:00");
    expect(scoped).toBe(global);
  });
});
