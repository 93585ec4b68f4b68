import { graphql } from "../gql";
import type { GridsQuery, PersonQuery, RequestCategoriesQuery, VolunteerTeamsQuery } from "../gql/graphql";

export const REQUEST_CATEGORIES = graphql(`
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
        workingTime
      }
    }
  }
`);

/** Grids from the organisation subgraph (of the active community): the filter's options and the dashboard's names for grid ids. */
export const GRIDS = graphql(`
  query Grids($communityId: ID) {
    grids(communityId: $communityId) {
      id
      code
      name
    }
  }
`);

export const VOLUNTEER_TEAMS = graphql(`
  query VolunteerTeams($communityId: ID) {
    volunteerTeams(communityId: $communityId) {
      id
      name
      kind
      memberCount
    }
  }
`);

/** Patrol teams' shifts in a window, for linking a request found on patrol to its shift. */
export const PATROL_SHIFTS = graphql(`
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
`);

export const SEARCH_PEOPLE = graphql(`
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
`);

/** The signed-in person, with where they live (the request's grid and neighbourhood). */
export const PERSON = graphql(`
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
`);

export type RequestCategory = RequestCategoriesQuery["requestCategories"][number];
export type GridOption = GridsQuery["grids"][number];
export type TeamOption = VolunteerTeamsQuery["volunteerTeams"][number];
/** A person as the pickers show one: name, phone, where he lives. */
export type PersonOption = NonNullable<PersonQuery["person"]>;
