import { graphql } from "../gql";
import type { VolunteerTeamAccessQuery, VolunteerTeamDetailQuery, VolunteerTeamOptionsQuery, VolunteerTeamsQuery } from "../gql/graphql";

export const VOLUNTEER_TEAMS = graphql(`
  query VolunteerTeams($kind: TeamKind, $communityId: ID) {
    volunteerTeams(kind: $kind, communityId: $communityId) {
      id
      name
      kind
      partnerUnit
      memberCount
      leader {
        id
        name
      }
    }
  }
`);

export type TeamRow = VolunteerTeamsQuery["volunteerTeams"][number];

/** Just enough to pick a team: the check-in screen, the week view, the ranking filter. */
export const TEAM_OPTIONS = graphql(`
  query VolunteerTeamOptions($communityId: ID) {
    volunteerTeams(communityId: $communityId) {
      id
      name
      kind
      leader {
        id
      }
    }
  }
`);

export type TeamOption = VolunteerTeamOptionsQuery["volunteerTeams"][number];

/**
 * What the viewer is to a team, asked first: who leads it (named to staff and the team's own people, else
 * withheld) and which teams the viewer is in. The team page asks for members and records only when it may.
 */
export const TEAM_ACCESS = graphql(`
  query VolunteerTeamAccess($id: ID!) {
    volunteerTeam(id: $id) {
      id
      leader {
        id
        name
      }
    }
    myVolunteer {
      id
      teams {
        id
      }
    }
  }
`);

/**
 * A team's page. Who is in it goes to staff and its own people (`withMembers`); the members' records (skills,
 * service time) to staff and its leader (`withRecords`): the read policy refuses them to others, and as
 * non-null fields a refusal would take the whole team with it.
 */
export const TEAM_DETAIL = graphql(`
  query VolunteerTeamDetail(
    $id: ID!
    $from: DateTime!
    $to: DateTime!
    $serviceFrom: DateTime!
    $serviceTo: DateTime!
    $withMembers: Boolean!
    $withRecords: Boolean!
  ) {
    volunteerTeam(id: $id) {
      id
      name
      kind
      partnerUnit
      signupDaysAhead
      memberCount
      members @include(if: $withMembers) {
        id
        person {
          id
          name
        }
        skills @include(if: $withRecords)
        serviceMinutes @include(if: $withRecords)
      }
      memberHistory {
        month
        members
        joined
        left
      }
      serviceTime(from: $serviceFrom, to: $serviceTo) {
        minutes
        signups
        attended
        noShows
        volunteers
      }
      shifts(from: $from, to: $to) {
        ...ShiftSummary
      }
    }
  }
`);

export type TeamDetail = NonNullable<VolunteerTeamDetailQuery["volunteerTeam"]>;
export type TeamMember = NonNullable<TeamDetail["members"]>[number];
export type TeamAccess = VolunteerTeamAccessQuery;
export type MonthCount = TeamDetail["memberHistory"][number];

export const JOIN_TEAM = graphql(`
  mutation VolunteerJoinTeam($teamId: ID!, $personId: ID!) {
    joinTeam(teamId: $teamId, personId: $personId) {
      id
      teams {
        id
      }
    }
  }
`);

export const LEAVE_TEAM = graphql(`
  mutation VolunteerLeaveTeam($teamId: ID!, $volunteerId: ID!) {
    leaveTeam(teamId: $teamId, volunteerId: $volunteerId) {
      id
      teams {
        id
      }
    }
  }
`);
