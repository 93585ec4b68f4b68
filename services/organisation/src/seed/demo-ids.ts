/**
 * Deterministic ids of the Dongting demo community, so the other subgraphs' seeds can refer to rows of
 * this one by id (as real subgraphs agree on ids from the graph):
 *
 *   grid g           (1..10)    00000000-0000-4000-a001-<g, decimal, zero-padded to 12 digits>
 *   neighbourhood k  (1..242)   00000000-0000-4000-a002-<k ...>   e.g. k = 17 -> ...-a002-000000000017
 *   building b       (1..363)   00000000-0000-4000-a003-<b ...>
 *   org unit u                  00000000-0000-4000-a004-<u ...>   1 = 水果湖街道党工委, 2 = 东亭社区党委,
 *                                                                3..12 entity compounds, 13..16 functional ones
 *   person n         (1..15000) demoPersonId(n) from the kit        (00000000-0000-4000-8000-<n, hex>)
 *
 * Membership rules, fixed so other seeds can compute them without a lookup:
 *   neighbourhood k belongs to grid ((k - 1) mod 10) + 1         (grids 1 and 2 have 25, the others 24)
 *   person n lives in neighbourhood ((n - 1) mod 242) + 1
 *   grid g's leader is person 10 + g, except grid 6, led by persona 6 (赵强, GRID_LEADER)
 *   neighbourhood k's leader is person 242 + k
 */
function demoId(kind: string, n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new Error(`demo number must be a positive integer, not ${n}`);
  return `00000000-0000-4000-${kind}-${String(n).padStart(12, "0")}`;
}

export const GRID_COUNT = 10;
export const NEIGHBOURHOOD_COUNT = 242;
export const HOUSEHOLD_COUNT = 4644;

export const demoGridId = (g: number) => demoId("a001", g);
export const demoNeighbourhoodId = (k: number) => demoId("a002", k);
export const demoBuildingId = (b: number) => demoId("a003", b);
export const demoOrgUnitId = (u: number) => demoId("a004", u);

export const gridOfNeighbourhood = (k: number) => ((k - 1) % GRID_COUNT) + 1;
export const neighbourhoodOfPerson = (n: number) => ((n - 1) % NEIGHBOURHOOD_COUNT) + 1;
export const gridLeaderOf = (g: number) => (g === 6 ? 6 : 10 + g);
export const neighbourhoodLeaderOf = (k: number) => NEIGHBOURHOOD_COUNT + k;
