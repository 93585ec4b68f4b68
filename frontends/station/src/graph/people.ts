import { graphql } from "../gql";
import type { StationPeopleQuery } from "../gql/graphql";

export const SEARCH_PEOPLE = graphql(`
  query StationPeople($search: String!, $first: Int!) {
    people(search: $search, first: $first) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export type PersonOption = StationPeopleQuery["people"]["edges"][number]["node"];

export const TEAMS = graphql(`
  query StationTeams($communityId: ID) {
    volunteerTeams(communityId: $communityId) {
      id
      name
    }
  }
`);
