import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../src/database.js";
import { CREATE_GEOGRAPHY_COPY_SQL, GEOGRAPHY_COPY_ENTITIES } from "../src/geography-copy/entities.js";
import { applyGeographyPlaces } from "../src/geography-copy/places.js";
import { copyScopeResolver, gridInCopy, neighbourhoodInCopy } from "../src/geography-copy/resolver.js";
import { demoGeographyPlaces, seedGeographyCopy } from "../src/geography-copy/demo.js";
import { DEMO_COMMUNITIES, demoCommunityId, demoGridId, demoNeighbourhoodId, demoOrgUnitId } from "../src/seed/demo-community.js";
import { openTestDatabase } from "../src/testing/test-database.js";

class CreateCopy {
  name = "CreateCopy1700000000000";
  async up(runner: { query(sql: string): Promise<unknown> }) {
    for (const sql of CREATE_GEOGRAPHY_COPY_SQL) await runner.query(sql);
  }
  async down() {}
}

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase({ name: "kit_geography_copy", entities: GEOGRAPHY_COPY_ENTITIES, migrations: [CreateCopy] });
  await seedGeographyCopy(database.dataSource);
});
afterAll(async () => {
  await database?.close();
});

describe("the geography read copy", () => {
  it("holds the demo street: three communities, their grids and neighbourhoods", async () => {
    const [{ n }] = await database.dataSource.query(`SELECT count(*)::int AS n FROM geo_community`);
    expect(n).toBe(3);
    expect(await neighbourhoodInCopy(database.dataSource, demoNeighbourhoodId(243))).toEqual({
      communityId: demoCommunityId(2),
      gridId: demoGridId(11),
    });
    expect(await gridInCopy(database.dataSource, demoGridId(1))).toEqual({ communityId: demoCommunityId(1) });
    expect(await gridInCopy(database.dataSource, "not-a-uuid")).toBeNull();
  });

  it("seeding again changes nothing; a pulled rename and a new grid are applied, a moved grid is not", async () => {
    expect(await applyGeographyPlaces(database.dataSource, demoGeographyPlaces())).toBe(0);
    const newGrid = "00000000-0000-4000-a001-000000009999";
    const changed = await applyGeographyPlaces(database.dataSource, [
      { kind: "COMMUNITY", id: demoCommunityId(3), code: "LY", name: "梨园新社区", streetId: demoOrgUnitId(1) },
      { kind: "GRID", id: newGrid, communityId: demoCommunityId(3) },
      { kind: "GRID", id: demoGridId(1), communityId: demoCommunityId(2) },
    ]);
    expect(changed).toBe(2);
    expect(await gridInCopy(database.dataSource, demoGridId(1))).toEqual({ communityId: demoCommunityId(1) });
    expect(await gridInCopy(database.dataSource, newGrid)).toEqual({ communityId: demoCommunityId(3) });
  });

  it("resolves street, org-unit and grid scopes in one statement", async () => {
    const resolved = await copyScopeResolver.resolve(database.dataSource, [
      { kind: "GRID", id: demoGridId(12) },
      { kind: "ORG_UNIT", id: DEMO_COMMUNITIES[0].committeeUnitId },
      { kind: "GRID", id: "garbage" },
    ]);
    expect(resolved).toEqual({ communityIds: [demoCommunityId(1)], gridIds: [demoGridId(12)], gridCommunityIds: [demoCommunityId(2)] });
    const street = await copyScopeResolver.resolve(database.dataSource, [{ kind: "STREET", id: demoOrgUnitId(1) }]);
    expect(street.communityIds.sort()).toEqual(DEMO_COMMUNITIES.map((c) => c.id).sort());
    const streetUnit = await copyScopeResolver.resolve(database.dataSource, [{ kind: "ORG_UNIT", id: demoOrgUnitId(1) }]);
    expect(streetUnit.communityIds).toHaveLength(3);
  });
});
