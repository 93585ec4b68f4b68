import { graphql } from "../gql";
import type { VolunteerSearchPeopleQuery } from "../gql/graphql";

/*
 * The staff tools of issue 13: scheduling shifts and running teams (the team's leader or staff; teams are
 * staff's), correcting a sign-up's times, and lifting a no-show block. Each answers what the pages show, so
 * the cache updates without a second round trip where it can.
 */

export const CREATE_SHIFT = graphql(`
  mutation VolunteerCreateShift($input: CreateShiftInput!) {
    createShift(input: $input) {
      ...ShiftSummary
    }
  }
`);

export const UPDATE_SHIFT = graphql(`
  mutation VolunteerUpdateShift($id: ID!, $input: UpdateShiftInput!) {
    updateShift(id: $id, input: $input) {
      ...ShiftSummary
    }
  }
`);

export const CANCEL_SHIFT = graphql(`
  mutation VolunteerCancelShift($id: ID!, $reason: String!) {
    cancelShift(id: $id, reason: $reason) {
      ...ShiftSummary
    }
  }
`);

export const CORRECT_SERVICE_TIME = graphql(`
  mutation VolunteerCorrectServiceTime(
    $shiftId: ID!
    $volunteerId: ID!
    $checkedInAt: DateTime!
    $checkedOutAt: DateTime!
    $reason: String!
  ) {
    correctServiceTime(
      shiftId: $shiftId
      volunteerId: $volunteerId
      checkedInAt: $checkedInAt
      checkedOutAt: $checkedOutAt
      reason: $reason
    ) {
      ...AttendanceRow
      lastCorrection {
        ...CorrectionFields
      }
    }
  }
`);

export const CREATE_TEAM = graphql(`
  mutation VolunteerCreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) {
      id
      name
      kind
      partnerUnit
      signupDaysAhead
    }
  }
`);

export const UPDATE_TEAM = graphql(`
  mutation VolunteerUpdateTeam($id: ID!, $input: UpdateTeamInput!) {
    updateTeam(id: $id, input: $input) {
      id
      name
      partnerUnit
      signupDaysAhead
    }
  }
`);

export const SET_TEAM_LEADER = graphql(`
  mutation VolunteerSetTeamLeader($teamId: ID!, $personId: ID!) {
    setTeamLeader(teamId: $teamId, personId: $personId) {
      id
      memberCount
      leader {
        id
        name
      }
    }
  }
`);

export const LIFT_SIGNUP_BLOCK = graphql(`
  mutation VolunteerLiftSignupBlock($volunteerId: ID!) {
    liftSignupBlock(volunteerId: $volunteerId) {
      id
      signupBlocked
    }
  }
`);

/** People by name (the organisation subgraph), to pick a team's leader. */
export const SEARCH_PEOPLE = graphql(`
  query VolunteerSearchPeople($search: String, $first: Int) {
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

export type PersonOption = VolunteerSearchPeopleQuery["people"]["edges"][number]["node"];
