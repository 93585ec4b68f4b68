import { gql, type TypedDocumentNode } from "@apollo/client";
import type { CompoundForm, MembershipKind, OrgUnitKind } from "./labels";

export interface PersonRef {
  id: string;
  name: string;
}

export interface OrgUnitSummary {
  id: string;
  name: string;
  kind: OrgUnitKind;
  form: CompoundForm | null;
}

/** One unit as the tree shows it: badges, party members of its whole subtree, its secretary. */
export interface TreeUnitFields extends OrgUnitSummary {
  memberCount: number;
  secretary: PersonRef | null;
}

/**
 * The fields of a tree node. `memberCount(includeDescendants: true)` and `secretary` are read ahead by
 * the subgraph, so a whole level (with counts and secretaries) costs one SQL statement.
 */
const TREE_UNIT = gql`
  fragment TreeUnit on OrgUnit {
    id
    name
    kind
    form
    memberCount(includeDescendants: true)
    secretary {
      id
      name
    }
  }
`;

/** A loaded level whose own children are known only by id (enough to tell a leaf). */
export type TreeLevel = TreeUnitFields & { children: Array<{ id: string }> };

export interface OrgRootsData {
  orgRoots: Array<TreeUnitFields & { children: Array<TreeUnitFields & { children: TreeLevel[] }> }>;
}

/**
 * The first page of the tree: the roots (street committees), the community committees below them and
 * their compound organisations (both shown expanded), and whether those have children. The subgraph
 * plans the nested levels ahead and answers in one statement.
 */
export const ORG_ROOTS: TypedDocumentNode<OrgRootsData, Record<string, never>> = gql`
  ${TREE_UNIT}
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
`;

export interface OrgUnitChildrenData {
  orgUnit: { id: string; children: TreeLevel[] } | null;
}

/** One unit's children, fetched when it is expanded (and again after a change below it). */
export const ORG_UNIT_CHILDREN: TypedDocumentNode<OrgUnitChildrenData, { id: string }> = gql`
  ${TREE_UNIT}
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
`;

export interface OrgUnitDetailData {
  orgUnit:
    | (OrgUnitSummary & {
        parent: OrgUnitSummary | null;
        ancestors: OrgUnitSummary[];
        children: Array<OrgUnitSummary & { memberCount: number }>;
        secretary: (PersonRef & { phone: string | null }) | null;
        memberCount: number;
        totalMembers: number;
      })
    | null;
}

export const ORG_UNIT_DETAIL: TypedDocumentNode<OrgUnitDetailData, { id: string }> = gql`
  query OrgUnitDetail($id: ID!) {
    orgUnit(id: $id) {
      id
      name
      kind
      form
      parent {
        id
        name
        kind
        form
      }
      ancestors {
        id
        name
        kind
        form
      }
      children {
        id
        name
        kind
        form
        memberCount(includeDescendants: true)
      }
      secretary {
        id
        name
        phone
      }
      memberCount
      totalMembers: memberCount(includeDescendants: true)
    }
  }
`;

export interface MemberNode {
  id: string;
  name: string;
  phone: string | null;
  partyMembership: { kind: MembershipKind; joinedAt: string | null; orgUnit: { id: string; name: string } } | null;
}

export interface OrgUnitMembersData {
  orgUnit: {
    id: string;
    members: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: Array<{ cursor: string; node: MemberNode }>;
    };
  } | null;
}

export interface OrgUnitMembersVars {
  id: string;
  first: number;
  after?: string | null;
  search?: string | null;
  includeDescendants: boolean;
}

export const ORG_UNIT_MEMBERS: TypedDocumentNode<OrgUnitMembersData, OrgUnitMembersVars> = gql`
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
`;

export interface OrgUnitChange {
  id: string;
  at: string;
  action: string;
  summary: string;
  detail: string;
  actor: PersonRef | null;
}

export interface OrgUnitHistoryData {
  orgUnit: { id: string; history: OrgUnitChange[] } | null;
}

export const ORG_UNIT_HISTORY: TypedDocumentNode<OrgUnitHistoryData, { id: string; first: number }> = gql`
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
          id
          name
        }
      }
    }
  }
`;

export interface CreateOrgUnitVars {
  input: { name: string; kind: OrgUnitKind; form?: CompoundForm | null; parentId?: string | null };
}

export const CREATE_ORG_UNIT: TypedDocumentNode<{ createOrgUnit: OrgUnitSummary & { parent: { id: string } | null } }, CreateOrgUnitVars> = gql`
  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {
    createOrgUnit(input: $input) {
      id
      name
      kind
      form
      parent {
        id
      }
    }
  }
`;

export const RENAME_ORG_UNIT: TypedDocumentNode<{ renameOrgUnit: { id: string; name: string } }, { id: string; name: string }> = gql`
  mutation RenameOrgUnit($id: ID!, $name: String!) {
    renameOrgUnit(id: $id, name: $name) {
      id
      name
    }
  }
`;

export const MOVE_ORG_UNIT: TypedDocumentNode<
  { moveOrgUnit: { id: string; parent: { id: string; name: string } | null } },
  { id: string; newParentId: string }
> = gql`
  mutation MoveOrgUnit($id: ID!, $newParentId: ID!) {
    moveOrgUnit(id: $id, newParentId: $newParentId) {
      id
      parent {
        id
        name
      }
    }
  }
`;

export const DELETE_ORG_UNIT: TypedDocumentNode<{ deleteOrgUnit: boolean }, { id: string }> = gql`
  mutation DeleteOrgUnit($id: ID!) {
    deleteOrgUnit(id: $id)
  }
`;

export const SET_SECRETARY: TypedDocumentNode<
  { setSecretary: { id: string; secretary: PersonRef | null } },
  { orgUnitId: string; personId: string }
> = gql`
  mutation SetSecretary($orgUnitId: ID!, $personId: ID!) {
    setSecretary(orgUnitId: $orgUnitId, personId: $personId) {
      id
      secretary {
        id
        name
      }
    }
  }
`;

export interface PersonOption {
  id: string;
  name: string;
  phone: string | null;
  neighbourhood: { id: string; name: string } | null;
}

export const SEARCH_PEOPLE: TypedDocumentNode<
  { people: { totalCount: number; edges: Array<{ node: PersonOption }> } },
  { search: string; first: number }
> = gql`
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
`;
