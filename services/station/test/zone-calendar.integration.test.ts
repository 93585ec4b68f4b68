import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { expectRefusedWithoutWrites, type As, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { booked, CANCEL, children, meeting, NOW } from "./support/booking.js";
import { B_ZONE, stationStaffA, stationStaffB } from "./support/communities.js";
import { seedNeighbourZones } from "../src/seed/lexiang.seed.js";
import { at, neighbour, resetStation, resident, startStation, ZONE } from "./support/station.js";

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startStation(NOW);
  await seedNeighbourZones(subgraph.db);
});
beforeEach(async () => {
  await resetStation(subgraph, NOW);
});
afterAll(async () => {
  await subgraph?.stop();
});

const RESET = `mutation { resetZoneCalendarFeed }`;
const FEED = `query($zoneId: ID!, $feedToken: String!) { zoneCalendar(zoneId: $zoneId, feedToken: $feedToken) }`;

async function resetFeed(as: As): Promise<string> {
  const answer = await subgraph.request(RESET, {}, as);
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data!.resetZoneCalendarFeed;
}
/** The feed as a calendar app fetches it: with no bearer token at all. */
const feed = (zoneId: string, feedToken: string) => subgraph.request(FEED, { zoneId, feedToken });
async function feedText(zoneId: string, feedToken: string): Promise<string> {
  const answer = await feed(zoneId, feedToken);
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data!.zoneCalendar;
}
const refused = (operation: () => Promise<any>) => expectRefusedWithoutWrites(subgraph, operation, "FORBIDDEN", "CALENDAR_FEED_REFUSED");

describe("the zone calendar feed", () => {
  it("hands out a fresh 32-byte token once, keeps only its hash and records the communities", async () => {
    const token = await resetFeed(stationStaffA);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await subgraph.db.query(`SELECT * FROM zone_calendar_feed`);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows[0]).toMatchObject({ person_id: stationStaffA.personId, all_communities: false });
    const [history] = await subgraph.db.query(`SELECT action, actor_id, detail FROM history WHERE subject_type = 'ZoneCalendarFeed'`);
    expect(history).toMatchObject({ action: "RESET", actor_id: stationStaffA.personId, detail: { communityIds: rows[0].community_ids } });
    expect(JSON.stringify(history)).not.toContain(token);
  });

  it("answers iCal of the zone's active bookings from now on: times, status, purpose, no names", async () => {
    const confirmed = await booked(subgraph, meeting("2026-03-03T09:00", "2026-03-03T11:00"), resident);
    await booked(subgraph, children("2026-03-07T09:00", "2026-03-07T10:00"), neighbour);
    const cancelled = await booked(subgraph, meeting("2026-03-05T09:00", "2026-03-05T10:00"), neighbour);
    await subgraph.request(CANCEL, { id: cancelled }, neighbour);
    const token = await resetFeed(stationStaffA);

    const ics = await feedText(ZONE.MEETING, token);
    expect(ics).toContain("BEGIN:VCALENDAR");
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).toContain(`UID:${confirmed}@station.dongting`);
    expect(ics).toContain("DTSTART:20260303T010000Z");
    expect(ics).toContain("DTEND:20260303T030000Z");
    expect(ics).toContain("STATUS:CONFIRMED");
    expect(ics).toContain("班长议事会");
    // Stamped by the service's clock, not the wall clock.
    expect(ics).toContain("DTSTAMP:20260302T000000Z");
    expect(ics).not.toContain(resident.personId!);
    expect(ics).not.toMatch(/ORGANIZER|ATTENDEE/);

    const pending = await feedText(ZONE.CHILDREN, token);
    expect(pending).toContain("STATUS:TENTATIVE");
    expect(pending).toContain("待审批");
  });

  it("leaves out bookings that are over and those beyond the coming weeks", async () => {
    await booked(subgraph, meeting("2026-03-03T09:00", "2026-03-03T10:00"), resident);
    await booked(subgraph, meeting("2026-05-25T09:00", "2026-05-25T10:00"), resident);
    const token = await resetFeed(stationStaffA);
    subgraph.clock.set(at("2026-03-03T12:00"));
    expect(await feedText(ZONE.MEETING, token)).not.toContain("BEGIN:VEVENT");
  });

  it("refuses an unknown token, a malformed one and another community's zone alike, writing nothing", async () => {
    const token = await resetFeed(stationStaffA);
    const other = await resetFeed(stationStaffB);
    expect(other).not.toBe(token);
    expect(await feedText(B_ZONE.READING, other)).toContain("BEGIN:VCALENDAR");
    await refused(() => feed(B_ZONE.READING, token));
    await refused(() => feed(ZONE.MEETING, `${token.slice(0, 42)}${token[42] === "A" ? "B" : "A"}`));
    await refused(() => feed(ZONE.MEETING, "not-a-token"));
    await refused(() => feed("00000000-0000-4000-8000-000000000000", token));
    await refused(() => feed("zone", token));
  });

  it("stops answering the old token once the feed is reset", async () => {
    const first = await resetFeed(stationStaffA);
    const second = await resetFeed(stationStaffA);
    await refused(() => feed(ZONE.MEETING, first));
    expect(await feedText(ZONE.MEETING, second)).toContain("BEGIN:VCALENDAR");
    const [row] = await subgraph.db.query(`SELECT count(*)::int AS n FROM zone_calendar_feed`);
    expect(row.n).toBe(1);
  });

  it("is for station staff only", async () => {
    await expectRefusedWithoutWrites(subgraph, () => subgraph.request(RESET, {}, resident), "FORBIDDEN");
    await expectRefusedWithoutWrites(subgraph, () => subgraph.request(RESET, {}), "UNAUTHENTICATED");
  });
});
