/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment PersonRef on Person {\n    id\n    name\n  }\n": typeof types.PersonRefFragmentDoc,
    "\n  fragment OrgUnitSummary on OrgUnit {\n    id\n    name\n    kind\n    form\n  }\n": typeof types.OrgUnitSummaryFragmentDoc,
    "\n  fragment TreeUnit on OrgUnit {\n    ...OrgUnitSummary\n    memberCount(includeDescendants: true)\n  }\n": typeof types.TreeUnitFragmentDoc,
    "\n  query OrgCommunities {\n    communities {\n      id\n      code\n      name\n      street {\n        id\n        name\n      }\n      committee {\n        id\n        name\n      }\n      grids {\n        id\n        name\n      }\n    }\n  }\n": typeof types.OrgCommunitiesDocument,
    "\n  query OrgPersonGrants($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      grants {\n        id\n        role\n        scopeKind\n        scopeId\n        grantedAt\n        grantedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.OrgPersonGrantsDocument,
    "\n  mutation OrgGrantRole($personId: ID!, $role: Role!, $scopeKind: ScopeKind!, $scopeId: ID) {\n    grantRole(personId: $personId, role: $role, scopeKind: $scopeKind, scopeId: $scopeId) {\n      id\n      role\n      scopeKind\n      scopeId\n      grantedAt\n    }\n  }\n": typeof types.OrgGrantRoleDocument,
    "\n  mutation OrgRevokeRole($id: ID!) {\n    revokeRole(id: $id)\n  }\n": typeof types.OrgRevokeRoleDocument,
    "\n  query OrgGrids($communityId: ID) {\n    grids(communityId: $communityId) {\n      id\n      code\n      name\n      households\n      leader {\n        ...PersonRef\n      }\n    }\n  }\n": typeof types.OrgGridsDocument,
    "\n  query OrgGridNeighbourhoods($id: ID!) {\n    grid(id: $id) {\n      id\n      neighbourhoods {\n        id\n        name\n        households\n        leader {\n          ...PersonRef\n        }\n      }\n    }\n  }\n": typeof types.OrgGridNeighbourhoodsDocument,
    "\n  query OrgNeighbourhoodBuildings($id: ID!) {\n    neighbourhood(id: $id) {\n      id\n      buildings {\n        id\n        name\n        households\n        leader {\n          ...PersonRef\n        }\n      }\n    }\n  }\n": typeof types.OrgNeighbourhoodBuildingsDocument,
    "\n  mutation SetGridLeader($id: ID!, $personId: ID) {\n    setGridLeader(gridId: $id, personId: $personId) {\n      id\n      leader {\n        ...PersonRef\n      }\n    }\n  }\n": typeof types.SetGridLeaderDocument,
    "\n  mutation SetNeighbourhoodLeader($id: ID!, $personId: ID) {\n    setNeighbourhoodLeader(neighbourhoodId: $id, personId: $personId) {\n      id\n      leader {\n        ...PersonRef\n      }\n    }\n  }\n": typeof types.SetNeighbourhoodLeaderDocument,
    "\n  mutation SetBuildingLeader($id: ID!, $personId: ID) {\n    setBuildingLeader(buildingId: $id, personId: $personId) {\n      id\n      leader {\n        ...PersonRef\n      }\n    }\n  }\n": typeof types.SetBuildingLeaderDocument,
    "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      ...OrgUnitSummary\n      parent {\n        id\n      }\n    }\n  }\n": typeof types.CreateOrgUnitDocument,
    "\n  mutation RenameOrgUnit($id: ID!, $name: String!) {\n    renameOrgUnit(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.RenameOrgUnitDocument,
    "\n  mutation MoveOrgUnit($id: ID!, $newParentId: ID!) {\n    moveOrgUnit(id: $id, newParentId: $newParentId) {\n      id\n      parent {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MoveOrgUnitDocument,
    "\n  mutation DeleteOrgUnit($id: ID!) {\n    deleteOrgUnit(id: $id)\n  }\n": typeof types.DeleteOrgUnitDocument,
    "\n  mutation SetSecretary($orgUnitId: ID!, $personId: ID!) {\n    setSecretary(orgUnitId: $orgUnitId, personId: $personId) {\n      id\n      secretary {\n        ...PersonRef\n      }\n    }\n  }\n": typeof types.SetSecretaryDocument,
    "\n  query OrgRoots {\n    orgRoots {\n      ...TreeUnit\n      children {\n        ...TreeUnit\n        children {\n          ...TreeUnit\n          children {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrgRootsDocument,
    "\n  query OrgUnitChildren($id: ID!) {\n    orgUnit(id: $id) {\n      id\n      children {\n        ...TreeUnit\n        children {\n          id\n        }\n      }\n    }\n  }\n": typeof types.OrgUnitChildrenDocument,
    "\n  query OrgUnitDetail($id: ID!) {\n    orgUnit(id: $id) {\n      ...OrgUnitSummary\n      parent {\n        ...OrgUnitSummary\n      }\n      ancestors {\n        ...OrgUnitSummary\n      }\n      children {\n        ...OrgUnitSummary\n        memberCount(includeDescendants: true)\n      }\n      secretary {\n        ...PersonRef\n        phone\n      }\n      memberCount\n      totalMembers: memberCount(includeDescendants: true)\n    }\n  }\n": typeof types.OrgUnitDetailDocument,
    "\n  query OrgUnitMembers($id: ID!, $first: Int!, $after: String, $search: String, $includeDescendants: Boolean) {\n    orgUnit(id: $id) {\n      id\n      members(first: $first, after: $after, search: $search, includeDescendants: $includeDescendants) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            name\n            phone\n            partyMembership {\n              kind\n              joinedAt\n              orgUnit {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrgUnitMembersDocument,
    "\n  query OrgUnitHistory($id: ID!, $first: Int!) {\n    orgUnit(id: $id) {\n      id\n      history(first: $first) {\n        id\n        at\n        action\n        summary\n        detail\n        actor {\n          ...PersonRef\n        }\n      }\n    }\n  }\n": typeof types.OrgUnitHistoryDocument,
    "\n  query OrgSearchPeople($search: String!, $first: Int!) {\n    people(search: $search, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          phone\n          neighbourhood {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrgSearchPeopleDocument,
    "\n  query OrgPersonPage($id: ID!, $from: DateTime!, $to: DateTime!) {\n    person(id: $id) {\n      id\n      name\n      phone\n      maskedIdNumber\n      roles\n      community {\n        id\n        name\n      }\n      neighbourhood {\n        id\n        name\n        grid {\n          id\n          name\n        }\n      }\n      building {\n        id\n        name\n      }\n      grants {\n        id\n        role\n        scopeKind\n        scopeId\n      }\n      partyMembership {\n        kind\n        joinedAt\n        orgUnit {\n          id\n          name\n        }\n      }\n      volunteer {\n        id\n        serviceMinutes\n        teams {\n          id\n          name\n        }\n        serviceTime(from: $from, to: $to) {\n          minutes\n          creditedMinutes\n          attended\n          noShows\n        }\n      }\n    }\n  }\n": typeof types.OrgPersonPageDocument,
    "\n  query OrgPersonRequests($submitterId: ID!) {\n    requests(first: 10, filter: { submitterId: $submitterId }) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          title\n          status\n          submittedAt\n        }\n      }\n    }\n  }\n": typeof types.OrgPersonRequestsDocument,
    "\n  mutation OrgRegisterPerson($input: RegisterPersonInput!) {\n    registerPerson(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.OrgRegisterPersonDocument,
    "\n  mutation OrgUpdatePerson($id: ID!, $input: PersonUpdateInput!) {\n    updatePerson(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.OrgUpdatePersonDocument,
    "\n  mutation OrgTransferMembership($personId: ID!, $toOrgUnitId: ID!, $on: String!, $note: String) {\n    transferPartyMembership(personId: $personId, toOrgUnitId: $toOrgUnitId, on: $on, note: $note) {\n      id\n    }\n  }\n": typeof types.OrgTransferMembershipDocument,
    "\n  mutation OrgRecordSunkDown($personId: ID!, $workUnit: String!, $reportedOn: String!, $duties: [String!]!) {\n    recordSunkDownReport(personId: $personId, workUnit: $workUnit, reportedOn: $reportedOn, duties: $duties) {\n      id\n    }\n  }\n": typeof types.OrgRecordSunkDownDocument,
    "\n  query OrgSunkDownReports($orgUnitId: ID!) {\n    sunkDownReports(orgUnitId: $orgUnitId) {\n      id\n      workUnit\n      reportedOn\n      duties\n      person {\n        id\n        name\n      }\n      orgUnit {\n        id\n        name\n      }\n    }\n  }\n": typeof types.OrgSunkDownReportsDocument,
    "\n  query OrgTransferTargets {\n    orgRoots {\n      id\n      name\n      descendants(maxDepth: 4) {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.OrgTransferTargetsDocument,
    "\n  query OrgUnitCoverage($id: ID!) {\n    orgUnit(id: $id) {\n      id\n      kind\n      coversGrids {\n        id\n        name\n      }\n      coversBuildings {\n        id\n        name\n      }\n    }\n  }\n": typeof types.OrgUnitCoverageDocument,
    "\n  mutation OrgSetCoverage($orgUnitId: ID!, $gridIds: [ID!]!, $buildingIds: [ID!]!) {\n    setOrgUnitCoverage(orgUnitId: $orgUnitId, gridIds: $gridIds, buildingIds: $buildingIds) {\n      id\n      coversGrids {\n        id\n        name\n      }\n      coversBuildings {\n        id\n        name\n      }\n    }\n  }\n": typeof types.OrgSetCoverageDocument,
    "\n  query OrgGridBuildings($id: ID!) {\n    grid(id: $id) {\n      id\n      neighbourhoods {\n        id\n        name\n        buildings {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.OrgGridBuildingsDocument,
    "\n  query OrgGridsPartyUnits($communityId: ID) {\n    grids(communityId: $communityId) {\n      id\n      partyUnits {\n        id\n        name\n      }\n    }\n  }\n": typeof types.OrgGridsPartyUnitsDocument,
    "\n  query OrgBuildingPartyUnits($id: ID!) {\n    building(id: $id) {\n      id\n      partyUnits {\n        id\n        name\n      }\n    }\n  }\n": typeof types.OrgBuildingPartyUnitsDocument,
};
const documents: Documents = {
    "\n  fragment PersonRef on Person {\n    id\n    name\n  }\n": types.PersonRefFragmentDoc,
    "\n  fragment OrgUnitSummary on OrgUnit {\n    id\n    name\n    kind\n    form\n  }\n": types.OrgUnitSummaryFragmentDoc,
    "\n  fragment TreeUnit on OrgUnit {\n    ...OrgUnitSummary\n    memberCount(includeDescendants: true)\n  }\n": types.TreeUnitFragmentDoc,
    "\n  query OrgCommunities {\n    communities {\n      id\n      code\n      name\n      street {\n        id\n        name\n      }\n      committee {\n        id\n        name\n      }\n      grids {\n        id\n        name\n      }\n    }\n  }\n": types.OrgCommunitiesDocument,
    "\n  query OrgPersonGrants($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      grants {\n        id\n        role\n        scopeKind\n        scopeId\n        grantedAt\n        grantedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.OrgPersonGrantsDocument,
    "\n  mutation OrgGrantRole($personId: ID!, $role: Role!, $scopeKind: ScopeKind!, $scopeId: ID) {\n    grantRole(personId: $personId, role: $role, scopeKind: $scopeKind, scopeId: $scopeId) {\n      id\n      role\n      scopeKind\n      scopeId\n      grantedAt\n    }\n  }\n": types.OrgGrantRoleDocument,
    "\n  mutation OrgRevokeRole($id: ID!) {\n    revokeRole(id: $id)\n  }\n": types.OrgRevokeRoleDocument,
    "\n  query OrgGrids($communityId: ID) {\n    grids(communityId: $communityId) {\n      id\n      code\n      name\n      households\n      leader {\n        ...PersonRef\n      }\n    }\n  }\n": types.OrgGridsDocument,
    "\n  query OrgGridNeighbourhoods($id: ID!) {\n    grid(id: $id) {\n      id\n      neighbourhoods {\n        id\n        name\n        households\n        leader {\n          ...PersonRef\n        }\n      }\n    }\n  }\n": types.OrgGridNeighbourhoodsDocument,
    "\n  query OrgNeighbourhoodBuildings($id: ID!) {\n    neighbourhood(id: $id) {\n      id\n      buildings {\n        id\n        name\n        households\n        leader {\n          ...PersonRef\n        }\n      }\n    }\n  }\n": types.OrgNeighbourhoodBuildingsDocument,
    "\n  mutation SetGridLeader($id: ID!, $personId: ID) {\n    setGridLeader(gridId: $id, personId: $personId) {\n      id\n      leader {\n        ...PersonRef\n      }\n    }\n  }\n": types.SetGridLeaderDocument,
    "\n  mutation SetNeighbourhoodLeader($id: ID!, $personId: ID) {\n    setNeighbourhoodLeader(neighbourhoodId: $id, personId: $personId) {\n      id\n      leader {\n        ...PersonRef\n      }\n    }\n  }\n": types.SetNeighbourhoodLeaderDocument,
    "\n  mutation SetBuildingLeader($id: ID!, $personId: ID) {\n    setBuildingLeader(buildingId: $id, personId: $personId) {\n      id\n      leader {\n        ...PersonRef\n      }\n    }\n  }\n": types.SetBuildingLeaderDocument,
    "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      ...OrgUnitSummary\n      parent {\n        id\n      }\n    }\n  }\n": types.CreateOrgUnitDocument,
    "\n  mutation RenameOrgUnit($id: ID!, $name: String!) {\n    renameOrgUnit(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": types.RenameOrgUnitDocument,
    "\n  mutation MoveOrgUnit($id: ID!, $newParentId: ID!) {\n    moveOrgUnit(id: $id, newParentId: $newParentId) {\n      id\n      parent {\n        id\n        name\n      }\n    }\n  }\n": types.MoveOrgUnitDocument,
    "\n  mutation DeleteOrgUnit($id: ID!) {\n    deleteOrgUnit(id: $id)\n  }\n": types.DeleteOrgUnitDocument,
    "\n  mutation SetSecretary($orgUnitId: ID!, $personId: ID!) {\n    setSecretary(orgUnitId: $orgUnitId, personId: $personId) {\n      id\n      secretary {\n        ...PersonRef\n      }\n    }\n  }\n": types.SetSecretaryDocument,
    "\n  query OrgRoots {\n    orgRoots {\n      ...TreeUnit\n      children {\n        ...TreeUnit\n        children {\n          ...TreeUnit\n          children {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.OrgRootsDocument,
    "\n  query OrgUnitChildren($id: ID!) {\n    orgUnit(id: $id) {\n      id\n      children {\n        ...TreeUnit\n        children {\n          id\n        }\n      }\n    }\n  }\n": types.OrgUnitChildrenDocument,
    "\n  query OrgUnitDetail($id: ID!) {\n    orgUnit(id: $id) {\n      ...OrgUnitSummary\n      parent {\n        ...OrgUnitSummary\n      }\n      ancestors {\n        ...OrgUnitSummary\n      }\n      children {\n        ...OrgUnitSummary\n        memberCount(includeDescendants: true)\n      }\n      secretary {\n        ...PersonRef\n        phone\n      }\n      memberCount\n      totalMembers: memberCount(includeDescendants: true)\n    }\n  }\n": types.OrgUnitDetailDocument,
    "\n  query OrgUnitMembers($id: ID!, $first: Int!, $after: String, $search: String, $includeDescendants: Boolean) {\n    orgUnit(id: $id) {\n      id\n      members(first: $first, after: $after, search: $search, includeDescendants: $includeDescendants) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            name\n            phone\n            partyMembership {\n              kind\n              joinedAt\n              orgUnit {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.OrgUnitMembersDocument,
    "\n  query OrgUnitHistory($id: ID!, $first: Int!) {\n    orgUnit(id: $id) {\n      id\n      history(first: $first) {\n        id\n        at\n        action\n        summary\n        detail\n        actor {\n          ...PersonRef\n        }\n      }\n    }\n  }\n": types.OrgUnitHistoryDocument,
    "\n  query OrgSearchPeople($search: String!, $first: Int!) {\n    people(search: $search, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          phone\n          neighbourhood {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.OrgSearchPeopleDocument,
    "\n  query OrgPersonPage($id: ID!, $from: DateTime!, $to: DateTime!) {\n    person(id: $id) {\n      id\n      name\n      phone\n      maskedIdNumber\n      roles\n      community {\n        id\n        name\n      }\n      neighbourhood {\n        id\n        name\n        grid {\n          id\n          name\n        }\n      }\n      building {\n        id\n        name\n      }\n      grants {\n        id\n        role\n        scopeKind\n        scopeId\n      }\n      partyMembership {\n        kind\n        joinedAt\n        orgUnit {\n          id\n          name\n        }\n      }\n      volunteer {\n        id\n        serviceMinutes\n        teams {\n          id\n          name\n        }\n        serviceTime(from: $from, to: $to) {\n          minutes\n          creditedMinutes\n          attended\n          noShows\n        }\n      }\n    }\n  }\n": types.OrgPersonPageDocument,
    "\n  query OrgPersonRequests($submitterId: ID!) {\n    requests(first: 10, filter: { submitterId: $submitterId }) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          title\n          status\n          submittedAt\n        }\n      }\n    }\n  }\n": types.OrgPersonRequestsDocument,
    "\n  mutation OrgRegisterPerson($input: RegisterPersonInput!) {\n    registerPerson(input: $input) {\n      id\n      name\n    }\n  }\n": types.OrgRegisterPersonDocument,
    "\n  mutation OrgUpdatePerson($id: ID!, $input: PersonUpdateInput!) {\n    updatePerson(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": types.OrgUpdatePersonDocument,
    "\n  mutation OrgTransferMembership($personId: ID!, $toOrgUnitId: ID!, $on: String!, $note: String) {\n    transferPartyMembership(personId: $personId, toOrgUnitId: $toOrgUnitId, on: $on, note: $note) {\n      id\n    }\n  }\n": types.OrgTransferMembershipDocument,
    "\n  mutation OrgRecordSunkDown($personId: ID!, $workUnit: String!, $reportedOn: String!, $duties: [String!]!) {\n    recordSunkDownReport(personId: $personId, workUnit: $workUnit, reportedOn: $reportedOn, duties: $duties) {\n      id\n    }\n  }\n": types.OrgRecordSunkDownDocument,
    "\n  query OrgSunkDownReports($orgUnitId: ID!) {\n    sunkDownReports(orgUnitId: $orgUnitId) {\n      id\n      workUnit\n      reportedOn\n      duties\n      person {\n        id\n        name\n      }\n      orgUnit {\n        id\n        name\n      }\n    }\n  }\n": types.OrgSunkDownReportsDocument,
    "\n  query OrgTransferTargets {\n    orgRoots {\n      id\n      name\n      descendants(maxDepth: 4) {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.OrgTransferTargetsDocument,
    "\n  query OrgUnitCoverage($id: ID!) {\n    orgUnit(id: $id) {\n      id\n      kind\n      coversGrids {\n        id\n        name\n      }\n      coversBuildings {\n        id\n        name\n      }\n    }\n  }\n": types.OrgUnitCoverageDocument,
    "\n  mutation OrgSetCoverage($orgUnitId: ID!, $gridIds: [ID!]!, $buildingIds: [ID!]!) {\n    setOrgUnitCoverage(orgUnitId: $orgUnitId, gridIds: $gridIds, buildingIds: $buildingIds) {\n      id\n      coversGrids {\n        id\n        name\n      }\n      coversBuildings {\n        id\n        name\n      }\n    }\n  }\n": types.OrgSetCoverageDocument,
    "\n  query OrgGridBuildings($id: ID!) {\n    grid(id: $id) {\n      id\n      neighbourhoods {\n        id\n        name\n        buildings {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.OrgGridBuildingsDocument,
    "\n  query OrgGridsPartyUnits($communityId: ID) {\n    grids(communityId: $communityId) {\n      id\n      partyUnits {\n        id\n        name\n      }\n    }\n  }\n": types.OrgGridsPartyUnitsDocument,
    "\n  query OrgBuildingPartyUnits($id: ID!) {\n    building(id: $id) {\n      id\n      partyUnits {\n        id\n        name\n      }\n    }\n  }\n": types.OrgBuildingPartyUnitsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonRef on Person {\n    id\n    name\n  }\n"): (typeof documents)["\n  fragment PersonRef on Person {\n    id\n    name\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrgUnitSummary on OrgUnit {\n    id\n    name\n    kind\n    form\n  }\n"): (typeof documents)["\n  fragment OrgUnitSummary on OrgUnit {\n    id\n    name\n    kind\n    form\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TreeUnit on OrgUnit {\n    ...OrgUnitSummary\n    memberCount(includeDescendants: true)\n  }\n"): (typeof documents)["\n  fragment TreeUnit on OrgUnit {\n    ...OrgUnitSummary\n    memberCount(includeDescendants: true)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgCommunities {\n    communities {\n      id\n      code\n      name\n      street {\n        id\n        name\n      }\n      committee {\n        id\n        name\n      }\n      grids {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgCommunities {\n    communities {\n      id\n      code\n      name\n      street {\n        id\n        name\n      }\n      committee {\n        id\n        name\n      }\n      grids {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgPersonGrants($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      grants {\n        id\n        role\n        scopeKind\n        scopeId\n        grantedAt\n        grantedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgPersonGrants($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      grants {\n        id\n        role\n        scopeKind\n        scopeId\n        grantedAt\n        grantedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgGrantRole($personId: ID!, $role: Role!, $scopeKind: ScopeKind!, $scopeId: ID) {\n    grantRole(personId: $personId, role: $role, scopeKind: $scopeKind, scopeId: $scopeId) {\n      id\n      role\n      scopeKind\n      scopeId\n      grantedAt\n    }\n  }\n"): (typeof documents)["\n  mutation OrgGrantRole($personId: ID!, $role: Role!, $scopeKind: ScopeKind!, $scopeId: ID) {\n    grantRole(personId: $personId, role: $role, scopeKind: $scopeKind, scopeId: $scopeId) {\n      id\n      role\n      scopeKind\n      scopeId\n      grantedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgRevokeRole($id: ID!) {\n    revokeRole(id: $id)\n  }\n"): (typeof documents)["\n  mutation OrgRevokeRole($id: ID!) {\n    revokeRole(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgGrids($communityId: ID) {\n    grids(communityId: $communityId) {\n      id\n      code\n      name\n      households\n      leader {\n        ...PersonRef\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgGrids($communityId: ID) {\n    grids(communityId: $communityId) {\n      id\n      code\n      name\n      households\n      leader {\n        ...PersonRef\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgGridNeighbourhoods($id: ID!) {\n    grid(id: $id) {\n      id\n      neighbourhoods {\n        id\n        name\n        households\n        leader {\n          ...PersonRef\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgGridNeighbourhoods($id: ID!) {\n    grid(id: $id) {\n      id\n      neighbourhoods {\n        id\n        name\n        households\n        leader {\n          ...PersonRef\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgNeighbourhoodBuildings($id: ID!) {\n    neighbourhood(id: $id) {\n      id\n      buildings {\n        id\n        name\n        households\n        leader {\n          ...PersonRef\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgNeighbourhoodBuildings($id: ID!) {\n    neighbourhood(id: $id) {\n      id\n      buildings {\n        id\n        name\n        households\n        leader {\n          ...PersonRef\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetGridLeader($id: ID!, $personId: ID) {\n    setGridLeader(gridId: $id, personId: $personId) {\n      id\n      leader {\n        ...PersonRef\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetGridLeader($id: ID!, $personId: ID) {\n    setGridLeader(gridId: $id, personId: $personId) {\n      id\n      leader {\n        ...PersonRef\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNeighbourhoodLeader($id: ID!, $personId: ID) {\n    setNeighbourhoodLeader(neighbourhoodId: $id, personId: $personId) {\n      id\n      leader {\n        ...PersonRef\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetNeighbourhoodLeader($id: ID!, $personId: ID) {\n    setNeighbourhoodLeader(neighbourhoodId: $id, personId: $personId) {\n      id\n      leader {\n        ...PersonRef\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetBuildingLeader($id: ID!, $personId: ID) {\n    setBuildingLeader(buildingId: $id, personId: $personId) {\n      id\n      leader {\n        ...PersonRef\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetBuildingLeader($id: ID!, $personId: ID) {\n    setBuildingLeader(buildingId: $id, personId: $personId) {\n      id\n      leader {\n        ...PersonRef\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      ...OrgUnitSummary\n      parent {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      ...OrgUnitSummary\n      parent {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameOrgUnit($id: ID!, $name: String!) {\n    renameOrgUnit(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation RenameOrgUnit($id: ID!, $name: String!) {\n    renameOrgUnit(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveOrgUnit($id: ID!, $newParentId: ID!) {\n    moveOrgUnit(id: $id, newParentId: $newParentId) {\n      id\n      parent {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoveOrgUnit($id: ID!, $newParentId: ID!) {\n    moveOrgUnit(id: $id, newParentId: $newParentId) {\n      id\n      parent {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteOrgUnit($id: ID!) {\n    deleteOrgUnit(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteOrgUnit($id: ID!) {\n    deleteOrgUnit(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSecretary($orgUnitId: ID!, $personId: ID!) {\n    setSecretary(orgUnitId: $orgUnitId, personId: $personId) {\n      id\n      secretary {\n        ...PersonRef\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetSecretary($orgUnitId: ID!, $personId: ID!) {\n    setSecretary(orgUnitId: $orgUnitId, personId: $personId) {\n      id\n      secretary {\n        ...PersonRef\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgRoots {\n    orgRoots {\n      ...TreeUnit\n      children {\n        ...TreeUnit\n        children {\n          ...TreeUnit\n          children {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgRoots {\n    orgRoots {\n      ...TreeUnit\n      children {\n        ...TreeUnit\n        children {\n          ...TreeUnit\n          children {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgUnitChildren($id: ID!) {\n    orgUnit(id: $id) {\n      id\n      children {\n        ...TreeUnit\n        children {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgUnitChildren($id: ID!) {\n    orgUnit(id: $id) {\n      id\n      children {\n        ...TreeUnit\n        children {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgUnitDetail($id: ID!) {\n    orgUnit(id: $id) {\n      ...OrgUnitSummary\n      parent {\n        ...OrgUnitSummary\n      }\n      ancestors {\n        ...OrgUnitSummary\n      }\n      children {\n        ...OrgUnitSummary\n        memberCount(includeDescendants: true)\n      }\n      secretary {\n        ...PersonRef\n        phone\n      }\n      memberCount\n      totalMembers: memberCount(includeDescendants: true)\n    }\n  }\n"): (typeof documents)["\n  query OrgUnitDetail($id: ID!) {\n    orgUnit(id: $id) {\n      ...OrgUnitSummary\n      parent {\n        ...OrgUnitSummary\n      }\n      ancestors {\n        ...OrgUnitSummary\n      }\n      children {\n        ...OrgUnitSummary\n        memberCount(includeDescendants: true)\n      }\n      secretary {\n        ...PersonRef\n        phone\n      }\n      memberCount\n      totalMembers: memberCount(includeDescendants: true)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgUnitMembers($id: ID!, $first: Int!, $after: String, $search: String, $includeDescendants: Boolean) {\n    orgUnit(id: $id) {\n      id\n      members(first: $first, after: $after, search: $search, includeDescendants: $includeDescendants) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            name\n            phone\n            partyMembership {\n              kind\n              joinedAt\n              orgUnit {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgUnitMembers($id: ID!, $first: Int!, $after: String, $search: String, $includeDescendants: Boolean) {\n    orgUnit(id: $id) {\n      id\n      members(first: $first, after: $after, search: $search, includeDescendants: $includeDescendants) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            name\n            phone\n            partyMembership {\n              kind\n              joinedAt\n              orgUnit {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgUnitHistory($id: ID!, $first: Int!) {\n    orgUnit(id: $id) {\n      id\n      history(first: $first) {\n        id\n        at\n        action\n        summary\n        detail\n        actor {\n          ...PersonRef\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgUnitHistory($id: ID!, $first: Int!) {\n    orgUnit(id: $id) {\n      id\n      history(first: $first) {\n        id\n        at\n        action\n        summary\n        detail\n        actor {\n          ...PersonRef\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgSearchPeople($search: String!, $first: Int!) {\n    people(search: $search, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          phone\n          neighbourhood {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgSearchPeople($search: String!, $first: Int!) {\n    people(search: $search, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          phone\n          neighbourhood {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgPersonPage($id: ID!, $from: DateTime!, $to: DateTime!) {\n    person(id: $id) {\n      id\n      name\n      phone\n      maskedIdNumber\n      roles\n      community {\n        id\n        name\n      }\n      neighbourhood {\n        id\n        name\n        grid {\n          id\n          name\n        }\n      }\n      building {\n        id\n        name\n      }\n      grants {\n        id\n        role\n        scopeKind\n        scopeId\n      }\n      partyMembership {\n        kind\n        joinedAt\n        orgUnit {\n          id\n          name\n        }\n      }\n      volunteer {\n        id\n        serviceMinutes\n        teams {\n          id\n          name\n        }\n        serviceTime(from: $from, to: $to) {\n          minutes\n          creditedMinutes\n          attended\n          noShows\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgPersonPage($id: ID!, $from: DateTime!, $to: DateTime!) {\n    person(id: $id) {\n      id\n      name\n      phone\n      maskedIdNumber\n      roles\n      community {\n        id\n        name\n      }\n      neighbourhood {\n        id\n        name\n        grid {\n          id\n          name\n        }\n      }\n      building {\n        id\n        name\n      }\n      grants {\n        id\n        role\n        scopeKind\n        scopeId\n      }\n      partyMembership {\n        kind\n        joinedAt\n        orgUnit {\n          id\n          name\n        }\n      }\n      volunteer {\n        id\n        serviceMinutes\n        teams {\n          id\n          name\n        }\n        serviceTime(from: $from, to: $to) {\n          minutes\n          creditedMinutes\n          attended\n          noShows\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgPersonRequests($submitterId: ID!) {\n    requests(first: 10, filter: { submitterId: $submitterId }) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          title\n          status\n          submittedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgPersonRequests($submitterId: ID!) {\n    requests(first: 10, filter: { submitterId: $submitterId }) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          title\n          status\n          submittedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgRegisterPerson($input: RegisterPersonInput!) {\n    registerPerson(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation OrgRegisterPerson($input: RegisterPersonInput!) {\n    registerPerson(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgUpdatePerson($id: ID!, $input: PersonUpdateInput!) {\n    updatePerson(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation OrgUpdatePerson($id: ID!, $input: PersonUpdateInput!) {\n    updatePerson(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgTransferMembership($personId: ID!, $toOrgUnitId: ID!, $on: String!, $note: String) {\n    transferPartyMembership(personId: $personId, toOrgUnitId: $toOrgUnitId, on: $on, note: $note) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OrgTransferMembership($personId: ID!, $toOrgUnitId: ID!, $on: String!, $note: String) {\n    transferPartyMembership(personId: $personId, toOrgUnitId: $toOrgUnitId, on: $on, note: $note) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgRecordSunkDown($personId: ID!, $workUnit: String!, $reportedOn: String!, $duties: [String!]!) {\n    recordSunkDownReport(personId: $personId, workUnit: $workUnit, reportedOn: $reportedOn, duties: $duties) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OrgRecordSunkDown($personId: ID!, $workUnit: String!, $reportedOn: String!, $duties: [String!]!) {\n    recordSunkDownReport(personId: $personId, workUnit: $workUnit, reportedOn: $reportedOn, duties: $duties) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgSunkDownReports($orgUnitId: ID!) {\n    sunkDownReports(orgUnitId: $orgUnitId) {\n      id\n      workUnit\n      reportedOn\n      duties\n      person {\n        id\n        name\n      }\n      orgUnit {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgSunkDownReports($orgUnitId: ID!) {\n    sunkDownReports(orgUnitId: $orgUnitId) {\n      id\n      workUnit\n      reportedOn\n      duties\n      person {\n        id\n        name\n      }\n      orgUnit {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgTransferTargets {\n    orgRoots {\n      id\n      name\n      descendants(maxDepth: 4) {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgTransferTargets {\n    orgRoots {\n      id\n      name\n      descendants(maxDepth: 4) {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgUnitCoverage($id: ID!) {\n    orgUnit(id: $id) {\n      id\n      kind\n      coversGrids {\n        id\n        name\n      }\n      coversBuildings {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgUnitCoverage($id: ID!) {\n    orgUnit(id: $id) {\n      id\n      kind\n      coversGrids {\n        id\n        name\n      }\n      coversBuildings {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgSetCoverage($orgUnitId: ID!, $gridIds: [ID!]!, $buildingIds: [ID!]!) {\n    setOrgUnitCoverage(orgUnitId: $orgUnitId, gridIds: $gridIds, buildingIds: $buildingIds) {\n      id\n      coversGrids {\n        id\n        name\n      }\n      coversBuildings {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrgSetCoverage($orgUnitId: ID!, $gridIds: [ID!]!, $buildingIds: [ID!]!) {\n    setOrgUnitCoverage(orgUnitId: $orgUnitId, gridIds: $gridIds, buildingIds: $buildingIds) {\n      id\n      coversGrids {\n        id\n        name\n      }\n      coversBuildings {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgGridBuildings($id: ID!) {\n    grid(id: $id) {\n      id\n      neighbourhoods {\n        id\n        name\n        buildings {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgGridBuildings($id: ID!) {\n    grid(id: $id) {\n      id\n      neighbourhoods {\n        id\n        name\n        buildings {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgGridsPartyUnits($communityId: ID) {\n    grids(communityId: $communityId) {\n      id\n      partyUnits {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgGridsPartyUnits($communityId: ID) {\n    grids(communityId: $communityId) {\n      id\n      partyUnits {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgBuildingPartyUnits($id: ID!) {\n    building(id: $id) {\n      id\n      partyUnits {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgBuildingPartyUnits($id: ID!) {\n    building(id: $id) {\n      id\n      partyUnits {\n        id\n        name\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;