import { graphql } from "./gql";
import type { OrgSearchPeopleQuery, OrgUnitMembersQuery, TreeUnitFragment } from "./gql/graphql";

export type {
  OrgUnitSummaryFragment as OrgUnitSummary,
  PersonRefFragment as PersonRef,
  TreeUnitFragment as TreeUnitFields,
} from "./gql/graphql";

graphql(`
  fragment PersonRef on Person {
    id
    name
  }
`);

graphql(`
  fragment OrgUnitSummary on OrgUnit {
    id
    name
    kind
    form
  }
`);

/**
 * The fields of a tree node. `memberCount(includeDescendants: true)` and `secretary` are read ahead by
 * the subgraph, so a whole level (with counts and secretaries) costs one SQL statement.
 */
graphql(`
  fragment TreeUnit on OrgUnit {
    ...OrgUnitSummary
    memberCount(includeDescendants: true)
    secretary {
      ...PersonRef
    }
  }
`);

/** A loaded level whose own children are known only by id (enough to tell a leaf). */
export type TreeLevel = TreeUnitFragment & { children: Array<{ id: string }> };

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

export const CREATE_ORG_UNIT = graphql(`
  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {
    createOrgUnit(input: $input) {
      ...OrgUnitSummary
      parent {
        id
      }
    }
  }
`);

export const RENAME_ORG_UNIT = graphql(`
  mutation RenameOrgUnit($id: ID!, $name: String!) {
    renameOrgUnit(id: $id, name: $name) {
      id
      name
    }
  }
`);

export const MOVE_ORG_UNIT = graphql(`
  mutation MoveOrgUnit($id: ID!, $newParentId: ID!) {
    moveOrgUnit(id: $id, newParentId: $newParentId) {
      id
      parent {
        id
        name
      }
    }
  }
`);

export const DELETE_ORG_UNIT = graphql(`
  mutation DeleteOrgUnit($id: ID!) {
    deleteOrgUnit(id: $id)
  }
`);

export const SET_SECRETARY = graphql(`
  mutation SetSecretary($orgUnitId: ID!, $personId: ID!) {
    setSecretary(orgUnitId: $orgUnitId, personId: $personId) {
      id
      secretary {
        ...PersonRef
      }
    }
  }
`);

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
