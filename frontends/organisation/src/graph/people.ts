import { graphql } from "../gql";
import type { OrgSearchPeopleQuery } from "../gql/graphql";

export const SEARCH_PEOPLE = graphql(`
  query OrgSearchPeople($search: String!, $first: Int!) {
    people(search: $search, first: $first) {
      totalCount
      edges {
        node {
          id
          name
          phone
          neighbourhood {
            id
            name
          }
        }
      }
    }
  }
`);

export type PersonOption = OrgSearchPeopleQuery["people"]["edges"][number]["node"];
