import { gql, type TypedDocumentNode } from "@apollo/client";
import type { TeamKind } from "../labels";
import type { ServiceSummary } from "./teams";

export interface HistoryNode {
  id: string;
  checkedInAt: string | null;
  checkedOutAt: string | null;
  minutes: number;
  noShow: boolean;
  shift: { id: string; title: string; startsAt: string; endsAt: string; team: { id: string; name: string } };
}

export interface VolunteerServiceFields {
  id: string;
  person: { id: string; name: string };
  skills: string[];
  teams: Array<{ id: string; name: string; kind: TeamKind }>;
  serviceMinutes: number;
  noShows: number;
  serviceTime: ServiceSummary;
  shiftHistory: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ cursor: string; node: HistoryNode }>;
  };
}

const VOLUNTEER_SERVICE = gql`
  fragment VolunteerService on Volunteer {
    id
    person {
      id
      name
    }
    skills
    teams {
      id
      name
      kind
    }
    serviceMinutes
    noShows
    serviceTime(from: $from, to: $to) {
      minutes
      signups
      attended
      noShows
      volunteers
    }
    shiftHistory(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          checkedInAt
          checkedOutAt
          minutes
          noShow
          shift {
            id
            title
            startsAt
            endsAt
            team {
              id
              name
            }
          }
        }
      }
    }
  }
`;

export interface ServiceVars {
  from: string;
  to: string;
  first: number;
  after?: string | null;
}

export const MY_SERVICE: TypedDocumentNode<{ myVolunteer: VolunteerServiceFields | null }, ServiceVars> = gql`
  query VolunteerMyService($from: DateTime!, $to: DateTime!, $first: Int!, $after: String) {
    myVolunteer {
      ...VolunteerService
    }
  }
  ${VOLUNTEER_SERVICE}
`;

export const VOLUNTEER_SERVICE_BY_ID: TypedDocumentNode<{ volunteer: VolunteerServiceFields | null }, ServiceVars & { id: string }> = gql`
  query VolunteerServiceById($id: ID!, $from: DateTime!, $to: DateTime!, $first: Int!, $after: String) {
    volunteer(id: $id) {
      ...VolunteerService
    }
  }
  ${VOLUNTEER_SERVICE}
`;

export interface TeamRankLine {
  rank: number;
  team: { id: string; name: string; kind: TeamKind };
  summary: ServiceSummary;
}

export interface VolunteerRankLine {
  rank: number;
  volunteer: { id: string; person: { id: string; name: string } };
  summary: ServiceSummary;
}

export const TEAM_RANKING: TypedDocumentNode<{ teamServiceRanking: TeamRankLine[] }, { from: string; to: string; first: number }> = gql`
  query VolunteerTeamRanking($from: DateTime!, $to: DateTime!, $first: Int!) {
    teamServiceRanking(from: $from, to: $to, first: $first) {
      rank
      team {
        id
        name
        kind
      }
      summary {
        minutes
        signups
        attended
        noShows
        volunteers
      }
    }
  }
`;

export const VOLUNTEER_RANKING: TypedDocumentNode<
  { volunteerServiceRanking: VolunteerRankLine[] },
  { from: string; to: string; first: number; teamId?: string | null }
> = gql`
  query VolunteerRanking($from: DateTime!, $to: DateTime!, $first: Int!, $teamId: ID) {
    volunteerServiceRanking(from: $from, to: $to, first: $first, teamId: $teamId) {
      rank
      volunteer {
        id
        person {
          id
          name
        }
      }
      summary {
        minutes
        signups
        attended
        noShows
        volunteers
      }
    }
  }
`;
