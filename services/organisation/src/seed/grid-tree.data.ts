import {
  GRID_COUNT,
  HOUSEHOLD_COUNT,
  NEIGHBOURHOOD_COUNT,
  demoBuildingId,
  demoGridId,
  demoNeighbourhoodId,
  gridLeaderOf,
  gridOfNeighbourhood,
  neighbourhoodLeaderOf,
} from "@dongting/subgraph-kit/seed";
import { ENTITY_COMPOUNDS, chineseNumeral } from "./compounds.js";
import { apportion, randomFor } from "./random.js";

export interface GridRow {
  number: number;
  id: string;
  code: string;
  name: string;
  leader: number;
}
export interface NeighbourhoodRow {
  number: number;
  id: string;
  gridNumber: number;
  name: string;
  leader: number;
}
export interface BuildingRow {
  number: number;
  id: string;
  neighbourhoodNumber: number;
  name: string;
  households: number;
  leader: number;
}

/**
 * The demo grid tree as plain rows: 10 grids (grid g covers entity compound g), 242 neighbourhoods dealt
 * round-robin to the grids, one or two buildings per neighbourhood (363 in all), 4,644 households.
 */
export function demoGridTree(): { grids: GridRow[]; neighbourhoods: NeighbourhoodRow[]; buildings: BuildingRow[] } {
  const grids = Array.from({ length: GRID_COUNT }, (_, i): GridRow => {
    const g = i + 1;
    return {
      number: g,
      id: demoGridId(g),
      code: `DT-${String(g).padStart(2, "0")}`,
      name: `东亭第${chineseNumeral(g)}网格`,
      leader: gridLeaderOf(g),
    };
  });
  const neighbourhoods = Array.from({ length: NEIGHBOURHOOD_COUNT }, (_, i): NeighbourhoodRow => {
    const k = i + 1;
    const g = gridOfNeighbourhood(k);
    const ordinal = Math.ceil(k / GRID_COUNT);
    return {
      number: k,
      id: demoNeighbourhoodId(k),
      gridNumber: g,
      name: `${ENTITY_COMPOUNDS[g - 1]}第${chineseNumeral(ordinal)}邻里`,
      leader: neighbourhoodLeaderOf(k),
    };
  });
  const buildingsInGrid = new Map<number, number>();
  const shapes: Array<Omit<BuildingRow, "households">> = [];
  for (const neighbourhood of neighbourhoods) {
    const count = neighbourhood.number % 2 === 1 ? 2 : 1;
    for (let ordinal = 0; ordinal < count; ordinal++) {
      const inGrid = (buildingsInGrid.get(neighbourhood.gridNumber) ?? 0) + 1;
      buildingsInGrid.set(neighbourhood.gridNumber, inGrid);
      const b = shapes.length + 1;
      shapes.push({
        number: b,
        id: demoBuildingId(b),
        neighbourhoodNumber: neighbourhood.number,
        name: `${ENTITY_COMPOUNDS[neighbourhood.gridNumber - 1]}${inGrid}栋`,
        // Building leaders live in their neighbourhood: person n lives in ((n - 1) mod 242) + 1.
        leader: 2 * NEIGHBOURHOOD_COUNT + ordinal * NEIGHBOURHOOD_COUNT + neighbourhood.number,
      });
    }
  }
  const weights = shapes.map((shape) => 8 + Math.floor(randomFor(3, shape.number)() * 13));
  const households = apportion(HOUSEHOLD_COUNT, weights);
  const buildings = shapes.map((shape, index) => ({ ...shape, households: households[index] }));
  return { grids, neighbourhoods, buildings };
}
