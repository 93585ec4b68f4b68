import { graphql } from "../gql";
import type { OrgUnitDetailQuery, OrgUnitMembersQuery } from "../gql/graphql";

/**
 * The first page of the tree: the roots (street committees), the community committees below them and
 * their compound organisations (both shown expanded), and whether those have children. The subgraph
 * plans the nested levels ahead and answers in one statement.
 */
export const ORG_ROOTS = graphql(`
  query OrgRoots {
    orgRoots {
      ...TreeUnit
      children {
        ...TreeUnit
        children {
          ...TreeUnit
          children {
            id
          }
        }
      }
    }
  }
`);

/** One unit's children, fetched when it is expanded (and again after a change below it). */
export const ORG_UNIT_CHILDREN = graphql(`
  query OrgUnitChildren($id: ID!) {
    orgUnit(id: $id) {
      id
      children {
        ...TreeUnit
        children {
          id
        }
      }
    }
  }
`);

export const ORG_UNIT_DETAIL = graphql(`
  query OrgUnitDetail($id: ID!) {
    orgUnit(id: $id) {
      ...OrgUnitSummary
      parent {
        ...OrgUnitSummary
      }
      ancestors {
        ...OrgUnitSummary
      }
      children {
        ...OrgUnitSummary
        memberCount(includeDescendants: true)
      }
      secretary {
        ...PersonRef
        phone
      }
      memberCount
      totalMembers: memberCount(includeDescendants: true)
    }
  }
`);

export type UnitDetail = NonNullable<OrgUnitDetailQuery["orgUnit"]>;

export const ORG_UNIT_MEMBERS = graphql(`
  query OrgUnitMembers($id: ID!, $first: Int!, $after: String, $search: String, $includeDescendants: Boolean) {
    orgUnit(id: $id) {
      id
      members(first: $first, after: $after, search: $search, includeDescendants: $includeDescendants) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            name
            phone
            partyMembership {
              kind
              joinedAt
              orgUnit {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`);

export type MemberNode = NonNullable<OrgUnitMembersQuery["orgUnit"]>["members"]["edges"][number]["node"];

export const ORG_UNIT_HISTORY = graphql(`
  query OrgUnitHistory($id: ID!, $first: Int!) {
    orgUnit(id: $id) {
      id
      history(first: $first) {
        id
        at
        action
        summary
        detail
        actor {
          ...PersonRef
        }
      }
    }
  }
`);
