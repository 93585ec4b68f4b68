import { gql, type TypedDocumentNode } from "@apollo/client";
import type { PersonRef } from "./org-queries";

export interface GridRow {
  id: string;
  code: string;
  name: string;
  households: number;
  leader: PersonRef | null;
}

export interface NeighbourhoodRow {
  id: string;
  name: string;
  households: number;
  leader: PersonRef | null;
}

export interface BuildingRow {
  id: string;
  name: string;
  households: number;
  leader: PersonRef | null;
}

/** The grids with their leaders and households; neighbourhoods and buildings load when expanded. */
export const GRIDS: TypedDocumentNode<{ grids: GridRow[] }, Record<string, never>> = gql`
  query OrgGrids {
    grids {
      id
      code
      name
      households
      leader {
        id
        name
      }
    }
  }
`;

export const GRID_NEIGHBOURHOODS: TypedDocumentNode<
  { grid: { id: string; neighbourhoods: NeighbourhoodRow[] } | null },
  { id: string }
> = gql`
  query OrgGridNeighbourhoods($id: ID!) {
    grid(id: $id) {
      id
      neighbourhoods {
        id
        name
        households
        leader {
          id
          name
        }
      }
    }
  }
`;

export const NEIGHBOURHOOD_BUILDINGS: TypedDocumentNode<
  { neighbourhood: { id: string; buildings: BuildingRow[] } | null },
  { id: string }
> = gql`
  query OrgNeighbourhoodBuildings($id: ID!) {
    neighbourhood(id: $id) {
      id
      buildings {
        id
        name
        households
        leader {
          id
          name
        }
      }
    }
  }
`;

type LeaderResult = { id: string; leader: PersonRef | null };

export const SET_GRID_LEADER: TypedDocumentNode<{ setGridLeader: LeaderResult }, { id: string; personId: string | null }> = gql`
  mutation SetGridLeader($id: ID!, $personId: ID) {
    setGridLeader(gridId: $id, personId: $personId) {
      id
      leader {
        id
        name
      }
    }
  }
`;

export const SET_NEIGHBOURHOOD_LEADER: TypedDocumentNode<
  { setNeighbourhoodLeader: LeaderResult },
  { id: string; personId: string | null }
> = gql`
  mutation SetNeighbourhoodLeader($id: ID!, $personId: ID) {
    setNeighbourhoodLeader(neighbourhoodId: $id, personId: $personId) {
      id
      leader {
        id
        name
      }
    }
  }
`;

export const SET_BUILDING_LEADER: TypedDocumentNode<{ setBuildingLeader: LeaderResult }, { id: string; personId: string | null }> = gql`
  mutation SetBuildingLeader($id: ID!, $personId: ID) {
    setBuildingLeader(buildingId: $id, personId: $personId) {
      id
      leader {
        id
        name
      }
    }
  }
`;
