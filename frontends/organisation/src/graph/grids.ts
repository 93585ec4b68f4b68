import { graphql } from "../gql";
import type { OrgGridNeighbourhoodsQuery, OrgNeighbourhoodBuildingsQuery } from "../gql/graphql";

/** The grids with their leaders and households; neighbourhoods and buildings load when expanded. */
export const GRIDS = graphql(`
  query OrgGrids($communityId: ID) {
    grids(communityId: $communityId) {
      id
      code
      name
      households
      leader {
        ...PersonRef
      }
    }
  }
`);

export const GRID_NEIGHBOURHOODS = graphql(`
  query OrgGridNeighbourhoods($id: ID!) {
    grid(id: $id) {
      id
      neighbourhoods {
        id
        name
        households
        leader {
          ...PersonRef
        }
      }
    }
  }
`);

export type NeighbourhoodRow = NonNullable<OrgGridNeighbourhoodsQuery["grid"]>["neighbourhoods"][number];

export const NEIGHBOURHOOD_BUILDINGS = graphql(`
  query OrgNeighbourhoodBuildings($id: ID!) {
    neighbourhood(id: $id) {
      id
      buildings {
        id
        name
        households
        leader {
          ...PersonRef
        }
      }
    }
  }
`);

export type BuildingRow = NonNullable<OrgNeighbourhoodBuildingsQuery["neighbourhood"]>["buildings"][number];

export const SET_GRID_LEADER = graphql(`
  mutation SetGridLeader($id: ID!, $personId: ID) {
    setGridLeader(gridId: $id, personId: $personId) {
      id
      leader {
        ...PersonRef
      }
    }
  }
`);

export const SET_NEIGHBOURHOOD_LEADER = graphql(`
  mutation SetNeighbourhoodLeader($id: ID!, $personId: ID) {
    setNeighbourhoodLeader(neighbourhoodId: $id, personId: $personId) {
      id
      leader {
        ...PersonRef
      }
    }
  }
`);

export const SET_BUILDING_LEADER = graphql(`
  mutation SetBuildingLeader($id: ID!, $personId: ID) {
    setBuildingLeader(buildingId: $id, personId: $personId) {
      id
      leader {
        ...PersonRef
      }
    }
  }
`);
