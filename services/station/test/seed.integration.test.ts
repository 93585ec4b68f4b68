import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSubgraph, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { parseClockTime } from "@dongting/domain/local-time";
import { withinOpeningHours } from "@dongting/domain/station";
import { demoCommunityId } from "@dongting/subgraph-kit/seed";
import { definition } from "../src/definition.js";
import { seedDistrictStations } from "../src/seed/district-stations.js";
import { at, resident, staff } from "./support/station.js";

let subgraph: TestSubgraph;
const NOW = at("2026-03-04T12:10"); // a Wednesday, mid-day

beforeAll(async () => {
  subgraph = await startTestSubgraph(definition, { start: NOW, seed: true });
});
afterAll(async () => {
  await subgraph?.stop();
});

describe("the Lexiang demo seed", () => {
  it("loads bookings, a closure, items and half a year of visitor log, once", async () => {
    const counts = async () =>
      (
        await subgraph.db.query(
          `SELECT (SELECT count(*) FROM booking WHERE community_id = $1)::int AS bookings, (SELECT count(*) FROM zone_closure)::int AS closures,
                (SELECT count(*) FROM exchange_item WHERE community_id = $1)::int AS items,
                (SELECT count(*) FROM visitor_log WHERE community_id = $1)::int AS visits`,
          [demoCommunityId(1)],
        )
      )[0];
    const first = await counts();
    expect(first.bookings).toBeGreaterThan(100);
    expect(first).toMatchObject({ closures: 1, items: 10 });
    expect(first.visits).toBeGreaterThan(600);
    await definition.seed!(subgraph.db, subgraph.clock);
    expect(await counts()).toEqual(first);
  });

  it("gives the two neighbouring communities two rooms each, with bookings and 百宝箱 items", async () => {
    const rows = await subgraph.db.query(
      `SELECT z.community_id, count(DISTINCT z.id)::int AS zones, count(DISTINCT b.id)::int AS bookings,
              (SELECT count(*) FROM exchange_item i WHERE i.community_id = z.community_id)::int AS items
         FROM zone z LEFT JOIN booking b ON b.zone_id = z.id AND b.community_id = z.community_id
        WHERE z.community_id <> $1 GROUP BY z.community_id ORDER BY z.community_id`,
      [demoCommunityId(1)],
    );
    expect(rows.map((r: any) => r.community_id)).toEqual([demoCommunityId(2), demoCommunityId(3)]);
    for (const row of rows) expect(row).toMatchObject({ zones: 2, bookings: 12, items: 3 });
    const [copies] = await subgraph.db.query(
      `SELECT (SELECT count(*) FROM geo_community)::int AS communities, (SELECT count(*) FROM team_community)::int AS teams`,
    );
    expect(copies).toEqual({ communities: 3, teams: 36 });
  });

  it("keeps every booking inside its zone's opening hours and every shared zone within capacity", async () => {
    const answer = await subgraph.request(
      `query($from: DateTime!, $to: DateTime!) { zones { name capacity exclusive openingHours { weekday opens closes } bookings(from: $from, to: $to) { startsAt endsAt attendees status } } }`,
      { from: at("2026-02-01T00:00"), to: at("2026-04-30T00:00") },
      resident,
    );
    for (const zone of answer.data!.zones) {
      const hours = zone.openingHours.map((h: any) => ({
        weekday: h.weekday,
        opens: parseClockTime(h.opens)!,
        closes: parseClockTime(h.closes)!,
      }));
      for (const booking of zone.bookings) {
        const period = { startsAt: new Date(booking.startsAt), endsAt: new Date(booking.endsAt) };
        expect(withinOpeningHours(period, hours), `${zone.name} ${booking.startsAt}`).toBe(true);
        const active = zone.bookings.filter(
          (b: any) =>
            ["PENDING", "CONFIRMED", "CHECKED_IN"].includes(b.status) && b.startsAt < booking.endsAt && booking.startsAt < b.endsAt,
        );
        if (!zone.exclusive) expect(active.reduce((sum: number, b: any) => sum + b.attendees, 0)).toBeLessThanOrEqual(zone.capacity);
      }
    }
  });

  it("checks past bookings in, confirms coming ones, and leaves two requests awaiting approval", async () => {
    const rows = await subgraph.db.query(
      `SELECT status, bool_and(starts_at < $1) AS all_past, bool_and(starts_at >= $1) AS all_coming, count(*)::int AS n FROM booking GROUP BY status`,
      [NOW],
    );
    const byStatus = Object.fromEntries(rows.map((r: any) => [r.status, r]));
    expect(byStatus.CHECKED_IN.all_past).toBe(true);
    expect(byStatus.NO_SHOW.all_past).toBe(true);
    expect(byStatus.CONFIRMED.all_coming).toBe(true);
    expect(byStatus.PENDING.n).toBe(2);
    const queue = await subgraph.request(`{ pendingBookings { totalCount edges { node { title zone { name } } } } }`, {}, staff);
    expect(queue.data!.pendingBookings.totalCount).toBe(2);
  });

  it("gives utilisation and a monthly visitor summary to chart", async () => {
    const utilisation = await subgraph.request(
      `query($from: DateTime!, $to: DateTime!) { zoneUtilisation(from: $from, to: $to) { zone { name } rate } }`,
      {
        from: at("2026-02-23T00:00"),
        to: at("2026-03-02T00:00"),
      },
      staff,
    );
    const rates = Object.fromEntries(utilisation.data!.zoneUtilisation.map((r: any) => [r.zone.name, r.rate]));
    expect(rates["多功能厅"]).toBeGreaterThan(0);
    expect(rates["暖心驿站"]).toBeGreaterThan(0);
    const summary = await subgraph.request(
      `{ visitorSummary(fromMonth: "2025-09", toMonth: "2026-03") { month group visitors } }`,
      {},
      staff,
    );
    expect(new Set(summary.data!.visitorSummary.map((r: any) => r.month)).size).toBe(7);
  });

  it("adds SEED_DISTRICT's generated stations on PostgreSQL: eight zones and Dongting's week of bookings each, once", async () => {
    const district = { SEED_DISTRICT: "5" };
    if (!process.env.TEST_DATABASE_URL) {
      await expect(seedDistrictStations(subgraph.db, subgraph.clock.now(), district)).rejects.toThrow(/PostgreSQL/);
      return;
    }
    await seedDistrictStations(subgraph.db, subgraph.clock.now(), district);
    await seedDistrictStations(subgraph.db, subgraph.clock.now(), district);
    const rows = await subgraph.db.query(
      `SELECT z.community_id, count(DISTINCT z.id)::int AS zones, count(b.id)::int AS bookings
         FROM zone z LEFT JOIN booking b ON b.zone_id = z.id WHERE z.community_id = ANY($1) GROUP BY 1 ORDER BY 1`,
      [[demoCommunityId(4), demoCommunityId(5)]],
    );
    expect(rows.map((r: any) => r.zones)).toEqual([8, 8]);
    expect(rows[0].bookings).toBeGreaterThan(20);
    expect(rows[1].bookings).toBe(rows[0].bookings);
  });
});
