import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSubgraph, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { definition } from "../src/definition.js";
import { demoCommunityId } from "@dongting/subgraph-kit/seed";
import { demoZoneId } from "../src/seed/lexiang-zones.js";

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(definition, { seed: true });
});
afterAll(async () => {
  await subgraph?.stop();
});

/** The demo seed holds the neighbours' rooms too: Dongting's Lexiang station is community 1's. */
const DONGTING = demoCommunityId(1);

const ZONES = /* GraphQL */ `
  {
    zones(communityId: "${DONGTING}") {
      id
      name
      kind
      capacity
      exclusive
      requiresApproval
      openingHours {
        weekday
        opens
        closes
      }
    }
  }
`;

describe("station subgraph: zones over HTTP", () => {
  it("lists the eight zones of the Lexiang station in display order", async () => {
    const answer = await subgraph.request(ZONES);
    expect(answer.errors).toBeUndefined();
    const zones = answer.data!.zones as Array<Record<string, any>>;
    expect(zones.map((zone) => [zone.name, zone.kind, zone.exclusive, zone.requiresApproval])).toEqual([
      ["万事通", "HELP_DESK", false, false],
      ["健身角", "FITNESS", false, false],
      ["百宝箱", "ITEM_EXCHANGE", false, false],
      ["阅读角", "READING", false, false],
      ["儿童之家", "CHILDREN", true, true],
      ["议事厅", "MEETING", true, false],
      ["暖心驿站", "REST_STOP", false, false],
      ["多功能厅", "MULTIPURPOSE", true, true],
    ]);
    for (const zone of zones) expect(zone.capacity).toBeGreaterThan(0);
  });

  it("gives weekly opening hours as local HH:mm, weekday 1..7 in order", async () => {
    const answer = await subgraph.request(`query($id: ID!) { zone(id: $id) { name openingHours { weekday opens closes } } }`, {
      id: demoZoneId(1),
    });
    const hours = answer.data!.zone.openingHours;
    expect(hours.slice(0, 2)).toEqual([
      { weekday: 1, opens: "08:30", closes: "12:00" },
      { weekday: 1, opens: "14:00", closes: "17:30" },
    ]);
    expect(hours.at(-1)).toEqual({ weekday: 6, opens: "09:00", closes: "12:00" });
    expect(hours.some((h: { weekday: number }) => h.weekday === 7)).toBe(false);
  });

  it("answers null for an unknown or malformed zone id", async () => {
    const unknown = await subgraph.request(`{ zone(id: "5f0c7a52-0000-4000-8000-000000000000") { id } }`);
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data!.zone).toBeNull();
    const malformed = await subgraph.request(`{ zone(id: "not-a-uuid") { id } }`);
    expect(malformed.data!.zone).toBeNull();
  });

  it("loads the opening hours of all zones in one SQL statement", async () => {
    subgraph.sql.reset();
    await subgraph.request(ZONES);
    expect(subgraph.sql.count(/FROM "zone_opening_hours"/i)).toBe(1);
  });

  it("resolves many zone references in one SQL statement", async () => {
    const ids = [1, 2, 3, 4, 5, 6, 7, 8].map(demoZoneId);
    subgraph.sql.reset();
    const answer = await subgraph.request(`query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Zone { id name } } }`, {
      reps: ids.map((id) => ({ __typename: "Zone", id })),
    });
    expect(answer.data!._entities.map((zone: { id: string }) => zone.id)).toEqual(ids);
    expect(subgraph.sql.count(/FROM "zone"/i)).toBe(1);
  });

  it("seeds only once", async () => {
    await definition.seed!(subgraph.db, subgraph.clock);
    const [row] = await subgraph.db.query(`SELECT count(*)::int AS n FROM zone WHERE community_id = $1`, [DONGTING]);
    expect(row.n).toBe(8);
    const [all] = await subgraph.db.query(`SELECT count(*)::int AS n FROM zone`);
    expect(all.n).toBe(12);
  });
});
