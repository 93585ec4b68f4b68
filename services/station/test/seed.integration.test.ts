import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSubgraph, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { parseClockTime } from "@dongting/domain/local-time";
import { withinOpeningHours } from "@dongting/domain/station";
import { definition } from "../src/definition.js";
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
          `SELECT (SELECT count(*) FROM booking)::int AS bookings, (SELECT count(*) FROM zone_closure)::int AS closures,
                (SELECT count(*) FROM exchange_item)::int AS items, (SELECT count(*) FROM visitor_log)::int AS visits`,
        )
      )[0];
    const first = await counts();
    expect(first.bookings).toBeGreaterThan(100);
    expect(first).toMatchObject({ closures: 1, items: 10 });
    expect(first.visits).toBeGreaterThan(600);
    await definition.seed!(subgraph.db, subgraph.clock);
    expect(await counts()).toEqual(first);
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
});
