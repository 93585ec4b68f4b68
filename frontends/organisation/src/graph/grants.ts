import { graphql } from "../gql";
import type { OrgCommunitiesQuery, OrgPersonGrantsQuery } from "../gql/graphql";

/** The places a role may be granted in: the communities with their grids, committees and streets. */
export const COMMUNITIES = graphql(`
  query OrgCommunities {
    communities {
      id
      code
      name
      street {
        id
        name
      }
      committee {
        id
        name
      }
      grids {
        id
        name
      }
    }
  }
`);

export const PERSON_GRANTS = graphql(`
  query OrgPersonGrants($id: ID!) {
    person(id: $id) {
      id
      name
      grants {
        id
        role
        scopeKind
        scopeId
        grantedAt
        grantedBy {
          id
          name
        }
      }
    }
  }
`);

export const GRANT_ROLE = graphql(`
  mutation OrgGrantRole($personId: ID!, $role: Role!, $scopeKind: ScopeKind!, $scopeId: ID) {
    grantRole(personId: $personId, role: $role, scopeKind: $scopeKind, scopeId: $scopeId) {
      id
      role
      scopeKind
      scopeId
      grantedAt
    }
  }
`);

export const REVOKE_ROLE = graphql(`
  mutation OrgRevokeRole($id: ID!) {
    revokeRole(id: $id)
  }
`);

export type CommunityPlaces = OrgCommunitiesQuery["communities"][number];
export type PersonGrant = NonNullable<OrgPersonGrantsQuery["person"]>["grants"][number];
