import { gql, type TypedDocumentNode } from "@apollo/client";
import type { HandlingLevel, TeamKind, Urgency } from "../labels";

export interface RequestCategory {
  id: string;
  name: string;
  defaultLevel: HandlingLevel;
  defaultUrgency: Urgency;
  deadlines: Array<{ urgency: Urgency; respondHours: number; resolveHours: number }>;
}

export const REQUEST_CATEGORIES: TypedDocumentNode<{ requestCategories: RequestCategory[] }, Record<string, never>> = gql`
  query RequestCategories {
    requestCategories {
      id
      name
      defaultLevel
      defaultUrgency
      deadlines {
        urgency
        respondHours
        resolveHours
      }
    }
  }
`;

export interface GridOption {
  id: string;
  code: string;
  name: string;
}

/** Grids from the organisation subgraph: the filter's options and the dashboard's names for grid ids. */
export const GRIDS: TypedDocumentNode<{ grids: GridOption[] }, Record<string, never>> = gql`
  query Grids {
    grids {
      id
      code
      name
    }
  }
`;

export interface TeamOption {
  id: string;
  name: string;
  kind: TeamKind;
  memberCount: number;
}

export const VOLUNTEER_TEAMS: TypedDocumentNode<{ volunteerTeams: TeamOption[] }, Record<string, never>> = gql`
  query VolunteerTeams {
    volunteerTeams {
      id
      name
      kind
      memberCount
    }
  }
`;

export interface PatrolShift {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  location: string | null;
}

/** Patrol teams' shifts in a window, for linking a request found on patrol to its shift. */
export const PATROL_SHIFTS: TypedDocumentNode<
  { volunteerTeams: Array<{ id: string; name: string; shifts: PatrolShift[] }> },
  { from: string; to: string }
> = gql`
  query PatrolShifts($from: DateTime!, $to: DateTime!) {
    volunteerTeams(kind: PATROL) {
      id
      name
      shifts(from: $from, to: $to) {
        id
        title
        startsAt
        endsAt
        location
      }
    }
  }
`;

export interface PersonOption {
  id: string;
  name: string;
  phone: string | null;
  neighbourhood: { id: string; name: string; grid: { id: string; name: string } } | null;
}

export const SEARCH_PEOPLE: TypedDocumentNode<
  { people: { edges: Array<{ node: PersonOption }> } },
  { search: string; first: number }
> = gql`
  query SearchPeople($search: String, $first: Int) {
    people(search: $search, first: $first) {
      edges {
        node {
          id
          name
          phone
          neighbourhood {
            id
            name
            grid {
              id
              name
            }
          }
        }
      }
    }
  }
`;

/** The signed-in person, with where they live (the request's grid and neighbourhood). */
export const PERSON: TypedDocumentNode<{ person: PersonOption | null }, { id: string }> = gql`
  query Person($id: ID!) {
    person(id: $id) {
      id
      name
      phone
      neighbourhood {
        id
        name
        grid {
          id
          name
        }
      }
    }
  }
`;
