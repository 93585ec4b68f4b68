import { graphql } from "../gql";
import type { VolunteerTeamDetailQuery, VolunteerTeamOptionsQuery, VolunteerTeamsQuery } from "../gql/graphql";

export const VOLUNTEER_TEAMS = graphql(`
  query VolunteerTeams($kind: TeamKind) {
    volunteerTeams(kind: $kind) {
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
  query VolunteerTeamOptions {
    volunteerTeams {
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

export const TEAM_DETAIL = graphql(`
  query VolunteerTeamDetail($id: ID!, $from: DateTime!, $to: DateTime!, $serviceFrom: DateTime!, $serviceTo: DateTime!) {
    volunteerTeam(id: $id) {
      id
      name
      kind
      partnerUnit
      memberCount
      leader {
        id
        name
      }
      members {
        id
        person {
          id
          name
        }
        skills
        serviceMinutes
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
    myVolunteer {
      id
      teams {
        id
      }
    }
  }
`);

export type TeamDetail = NonNullable<VolunteerTeamDetailQuery["volunteerTeam"]>;
export type TeamMember = TeamDetail["members"][number];
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
