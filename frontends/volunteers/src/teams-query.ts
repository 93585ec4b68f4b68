import { gql, type TypedDocumentNode } from "@apollo/client";
import type { TeamKind } from "./labels";

export interface TeamRow {
  id: string;
  name: string;
  kind: TeamKind;
  partnerUnit: string | null;
  memberCount: number;
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
    }
  }
`;

export interface TeamDetailData {
  volunteerTeam:
    | (TeamRow & {
        leader: { id: string; name: string } | null;
        members: Array<{ id: string; person: { id: string; name: string }; skills: string[]; serviceMinutes: number }>;
        shifts: Array<{
          id: string;
          title: string;
          startsAt: string;
          endsAt: string;
          capacity: number;
          location: string | null;
          signups: Array<{ minutes: number }>;
        }>;
      })
    | null;
}

export const TEAM_DETAIL: TypedDocumentNode<TeamDetailData, { id: string; from: string; to: string }> = gql`
  query VolunteerTeamDetail($id: ID!, $from: DateTime!, $to: DateTime!) {
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
      shifts(from: $from, to: $to) {
        id
        title
        startsAt
        endsAt
        capacity
        location
        signups {
          minutes
        }
      }
    }
  }
`;
