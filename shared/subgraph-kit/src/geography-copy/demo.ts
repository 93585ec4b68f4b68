import type { DataSource } from "typeorm";
import {
  DEMO_COMMUNITIES,
  DEMO_GRID_TOTAL,
  DEMO_NEIGHBOURHOOD_TOTAL,
  STREET_UNIT,
  communityOfGrid,
  communityOfNeighbourhood,
  demoGridId,
  demoNeighbourhoodId,
  demoOrgUnitId,
  gridOfNeighbourhood,
} from "../seed/demo-community.js";
import { applyGeographyPlaces, type GeographyPlace } from "./places.js";

/** Org units 1..18 of the demo: 1 the street, 2..16 Dongting's, 17 and 18 the neighbours' committees. */
export const DEMO_ORG_UNIT_TOTAL = 18;
const communityOfOrgUnit = (u: number): string | null =>
  u === STREET_UNIT ? null : (DEMO_COMMUNITIES.find((c) => c.committeeUnit === u) ?? DEMO_COMMUNITIES[0]).id;

/** The demo street's geography, as organisation's seed creates it and its feed would give it. */
export function demoGeographyPlaces(): GeographyPlace[] {
  const places: GeographyPlace[] = DEMO_COMMUNITIES.map((c) => ({
    kind: "COMMUNITY",
    id: c.id,
    code: c.code,
    name: c.name,
    streetId: demoOrgUnitId(STREET_UNIT),
  }));
  for (let u = 1; u <= DEMO_ORG_UNIT_TOTAL; u += 1)
    places.push({ kind: "ORG_UNIT", id: demoOrgUnitId(u), communityId: communityOfOrgUnit(u) });
  for (let g = 1; g <= DEMO_GRID_TOTAL; g += 1) places.push({ kind: "GRID", id: demoGridId(g), communityId: communityOfGrid(g).id });
  for (let k = 1; k <= DEMO_NEIGHBOURHOOD_TOTAL; k += 1) {
    places.push({
      kind: "NEIGHBOURHOOD",
      id: demoNeighbourhoodId(k),
      gridId: demoGridId(gridOfNeighbourhood(k)),
      communityId: communityOfNeighbourhood(k).id,
    });
  }
  return places;
}

/** Seeds the copy with the demo street so a subgraph works before its first pull (and in tests, alone). */
export async function seedGeographyCopy(db: DataSource): Promise<void> {
  await db.transaction((manager) => applyGeographyPlaces(manager, demoGeographyPlaces()));
}
