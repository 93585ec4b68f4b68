import { gql, type TypedDocumentNode } from "@apollo/client";
import type { TeamKind } from "../labels";
import { SHIFT_SUMMARY, type ShiftSummary } from "./shifts";

export interface TeamRow {
  id: string;
  name: string;
  kind: TeamKind;
  partnerUnit: string | null;
  memberCount: number;
  leader: { id: string; name: string } | null;
}

export interface VolunteerTeamsData {
  volunteerTeams: TeamRow[];
}

export const VOLUNTEER_TEAMS: TypedDocumentNode<VolunteerTeamsData, { kind?: TeamKind | null }> = gql`
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
`;

/** Just enough to pick a team: the check-in screen, the week view, the ranking filter. */
export interface TeamOption {
  id: string;
  name: string;
  kind: TeamKind;
  leader: { id: string } | null;
}

export const TEAM_OPTIONS: TypedDocumentNode<{ volunteerTeams: TeamOption[] }, Record<string, never>> = gql`
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
`;

export interface TeamMember {
  id: string;
  person: { id: string; name: string };
  skills: string[];
  serviceMinutes: number;
}

export interface MonthCount {
  month: string;
  members: number;
  joined: number;
  left: number;
}

export interface ServiceSummary {
  minutes: number;
  signups: number;
  attended: number;
  noShows: number;
  volunteers: number;
}

export interface TeamDetailData {
  volunteerTeam:
    | (TeamRow & {
        members: TeamMember[];
        memberHistory: MonthCount[];
        serviceTime: ServiceSummary;
        shifts: ShiftSummary[];
      })
    | null;
  myVolunteer: { id: string; teams: Array<{ id: string }> } | null;
}

export interface TeamDetailVars {
  id: string;
  from: string;
  to: string;
  serviceFrom: string;
  serviceTo: string;
}

export const TEAM_DETAIL: TypedDocumentNode<TeamDetailData, TeamDetailVars> = gql`
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
  ${SHIFT_SUMMARY}
`;

export const JOIN_TEAM: TypedDocumentNode<{ joinTeam: { id: string } }, { teamId: string; personId: string }> = gql`
  mutation VolunteerJoinTeam($teamId: ID!, $personId: ID!) {
    joinTeam(teamId: $teamId, personId: $personId) {
      id
      teams {
        id
      }
    }
  }
`;

export const LEAVE_TEAM: TypedDocumentNode<{ leaveTeam: { id: string } }, { teamId: string; volunteerId: string }> = gql`
  mutation VolunteerLeaveTeam($teamId: ID!, $volunteerId: ID!) {
    leaveTeam(teamId: $teamId, volunteerId: $volunteerId) {
      id
      teams {
        id
      }
    }
  }
`;
