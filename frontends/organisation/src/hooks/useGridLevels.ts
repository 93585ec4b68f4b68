import { useCallback, useState } from "react";
import { useApolloClient } from "@apollo/client/react";
import { NOTHING_HIDDEN, mergeHiddenFields, splitHiddenFields, type HiddenFields } from "@dongting/ui-kit";
import { GRID_NEIGHBOURHOODS, NEIGHBOURHOOD_BUILDINGS, type BuildingRow, type NeighbourhoodRow } from "../graph/grids";
import type { PersonRef } from "../graph/fragments";
import type { GridLevel } from "../labels";

type Rows<R> = Record<string, R[]>;

/** The grid tree's lower levels: a grid's neighbourhoods and a neighbourhood's buildings, loaded on demand. */
export function useGridLevels() {
  const client = useApolloClient();
  const [neighbourhoodsOf, setNeighbourhoodsOf] = useState<Rows<NeighbourhoodRow>>({});
  const [buildingsOf, setBuildingsOf] = useState<Rows<BuildingRow>>({});
  // Leaders the graph withheld from the viewer in the levels loaded so far (shown as hidden).
  const [hidden, setHidden] = useState<HiddenFields>(NOTHING_HIDDEN);

  /** The answer's data, its withheld leaders noted; any other error is thrown. */
  const partial = useCallback(<T>(answer: { data?: T; error?: unknown }): T | undefined => {
    const split = splitHiddenFields(answer.data, answer.error);
    if (split.failure) throw split.failure;
    if (split.hidden.count > 0) setHidden((previous) => mergeHiddenFields(previous, split.hidden));
    return answer.data;
  }, []);

  const loadNeighbourhoods = useCallback(
    async (gridId: string) => {
      const data = partial(
        await client.query({ query: GRID_NEIGHBOURHOODS, variables: { id: gridId }, fetchPolicy: "network-only", errorPolicy: "all" }),
      );
      setNeighbourhoodsOf((prev) => ({ ...prev, [gridId]: data?.grid?.neighbourhoods ?? [] }));
    },
    [client, partial],
  );

  const loadBuildings = useCallback(
    async (neighbourhoodId: string) => {
      const data = partial(
        await client.query({
          query: NEIGHBOURHOOD_BUILDINGS,
          variables: { id: neighbourhoodId },
          fetchPolicy: "network-only",
          errorPolicy: "all",
        }),
      );
      setBuildingsOf((prev) => ({ ...prev, [neighbourhoodId]: data?.neighbourhood?.buildings ?? [] }));
    },
    [client, partial],
  );

  /**
   * A new leader for a loaded neighbourhood or building. The grids query updates from the cache (Grid is
   * normalised); the lazily loaded levels are patched here.
   */
  const patchLeader = useCallback((level: GridLevel, id: string, leader: PersonRef | null) => {
    const patch = <R extends { id: string; leader: PersonRef | null }>(rows: Rows<R>): Rows<R> =>
      Object.fromEntries(Object.entries(rows).map(([key, list]) => [key, list.map((row) => (row.id === id ? { ...row, leader } : row))]));
    if (level === "NEIGHBOURHOOD") setNeighbourhoodsOf(patch);
    if (level === "BUILDING") setBuildingsOf(patch);
  }, []);

  return { neighbourhoodsOf, buildingsOf, hidden, loadNeighbourhoods, loadBuildings, patchLeader };
}
