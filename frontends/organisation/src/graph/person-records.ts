import { graphql } from "../gql";
import type { OrgPersonPageQuery, OrgSunkDownReportsQuery, OrgUnitCoverageQuery } from "../gql/graphql";

/** The person page: each part asked for separately in one query, so a withheld part is just that part. */
export const PERSON_PAGE = graphql(`
  query OrgPersonPage($id: ID!, $from: DateTime!, $to: DateTime!) {
    person(id: $id) {
      id
      name
      phone
      maskedIdNumber
      roles
      community {
        id
        name
      }
      neighbourhood {
        id
        name
        grid {
          id
          name
        }
      }
      building {
        id
        name
      }
      grants {
        id
        role
        scopeKind
        scopeId
      }
      partyMembership {
        kind
        joinedAt
        orgUnit {
          id
          name
        }
      }
      volunteer {
        id
        serviceMinutes
        teams {
          id
          name
        }
        serviceTime(from: $from, to: $to) {
          minutes
          creditedMinutes
          attended
          noShows
        }
      }
    }
  }
`);

export const PERSON_REQUESTS = graphql(`
  query OrgPersonRequests($submitterId: ID!) {
    requests(first: 10, filter: { submitterId: $submitterId }) {
      totalCount
      edges {
        node {
          id
          code
          title
          status
          submittedAt
        }
      }
    }
  }
`);

export const REGISTER_PERSON = graphql(`
  mutation OrgRegisterPerson($input: RegisterPersonInput!) {
    registerPerson(input: $input) {
      id
      name
    }
  }
`);

export const UPDATE_PERSON = graphql(`
  mutation OrgUpdatePerson($id: ID!, $input: PersonUpdateInput!) {
    updatePerson(id: $id, input: $input) {
      id
      name
    }
  }
`);

export const TRANSFER_MEMBERSHIP = graphql(`
  mutation OrgTransferMembership($personId: ID!, $toOrgUnitId: ID!, $on: String!, $note: String) {
    transferPartyMembership(personId: $personId, toOrgUnitId: $toOrgUnitId, on: $on, note: $note) {
      id
    }
  }
`);

export const RECORD_SUNK_DOWN = graphql(`
  mutation OrgRecordSunkDown($personId: ID!, $workUnit: String!, $reportedOn: String!, $duties: [String!]!) {
    recordSunkDownReport(personId: $personId, workUnit: $workUnit, reportedOn: $reportedOn, duties: $duties) {
      id
    }
  }
`);

export const SUNK_DOWN_REPORTS = graphql(`
  query OrgSunkDownReports($orgUnitId: ID!) {
    sunkDownReports(orgUnitId: $orgUnitId) {
      id
      workUnit
      reportedOn
      duties
      person {
        id
        name
      }
      orgUnit {
        id
        name
      }
    }
  }
`);

/** Every unit of the community's tree by name, for choosing a transfer's target branch. */
export const TRANSFER_TARGETS = graphql(`
  query OrgTransferTargets {
    orgRoots {
      id
      name
      descendants(maxDepth: 4) {
        id
        name
        kind
      }
    }
  }
`);

export const UNIT_COVERAGE = graphql(`
  query OrgUnitCoverage($id: ID!) {
    orgUnit(id: $id) {
      id
      kind
      coversGrids {
        id
        name
      }
      coversBuildings {
        id
        name
      }
    }
  }
`);

export const SET_COVERAGE = graphql(`
  mutation OrgSetCoverage($orgUnitId: ID!, $gridIds: [ID!]!, $buildingIds: [ID!]!) {
    setOrgUnitCoverage(orgUnitId: $orgUnitId, gridIds: $gridIds, buildingIds: $buildingIds) {
      id
      coversGrids {
        id
        name
      }
      coversBuildings {
        id
        name
      }
    }
  }
`);

/** A grid's buildings (through its neighbourhoods), for choosing a building group's coverage. */
export const GRID_BUILDINGS = graphql(`
  query OrgGridBuildings($id: ID!) {
    grid(id: $id) {
      id
      neighbourhoods {
        id
        name
        buildings {
          id
          name
        }
      }
    }
  }
`);

/** The party units covering each grid (one query for the whole list, next to the grid tree's own). */
export const GRIDS_PARTY_UNITS = graphql(`
  query OrgGridsPartyUnits($communityId: ID) {
    grids(communityId: $communityId) {
      id
      partyUnits {
        id
        name
      }
    }
  }
`);

export const BUILDING_PARTY_UNITS = graphql(`
  query OrgBuildingPartyUnits($id: ID!) {
    building(id: $id) {
      id
      partyUnits {
        id
        name
      }
    }
  }
`);

export type PersonPageData = NonNullable<OrgPersonPageQuery["person"]>;
export type SunkDownRow = OrgSunkDownReportsQuery["sunkDownReports"][number];
export type UnitCoverage = NonNullable<OrgUnitCoverageQuery["orgUnit"]>;
