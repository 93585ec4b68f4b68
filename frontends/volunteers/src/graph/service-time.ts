import { graphql } from "../gql";
import type { VolunteerRankingQuery, VolunteerServiceFragment, VolunteerTeamRankingQuery } from "../gql/graphql";

export type VolunteerServiceFields = VolunteerServiceFragment;
export type HistoryNode = NonNullable<VolunteerServiceFragment["shiftHistory"]>["edges"][number]["node"];

/**
 * A volunteer's record. His service figures go to himself, staff and the leaders of his teams; where he was
 * (his teams, his shift history) to himself and staff only (`whereabouts`): non-null lists the read policy
 * would refuse, taking the whole record with them, so they are asked for only when they may be read.
 */
graphql(`
  fragment VolunteerService on Volunteer {
    id
    person {
      id
      name
    }
    skills
    teams @include(if: $whereabouts) {
      id
      name
      kind
    }
    serviceMinutes
    noShows
    signupBlocked
    serviceTime(from: $from, to: $to) {
      minutes
      signups
      attended
      noShows
      penaltyMinutes
      creditedMinutes
      volunteers
    }
    shiftHistory(first: $first, after: $after) @include(if: $whereabouts) {
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
          lastCorrection {
            ...CorrectionFields
          }
          shift {
            id
            title
            startsAt
            endsAt
            cancelledAt
            cancelReason
            team {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const MY_SERVICE = graphql(`
  query VolunteerMyService($from: DateTime!, $to: DateTime!, $first: Int!, $after: String, $whereabouts: Boolean!) {
    myVolunteer {
      ...VolunteerService
    }
  }
`);

export const VOLUNTEER_SERVICE_BY_ID = graphql(`
  query VolunteerServiceById($id: ID!, $from: DateTime!, $to: DateTime!, $first: Int!, $after: String, $whereabouts: Boolean!) {
    volunteer(id: $id) {
      ...VolunteerService
    }
  }
`);

export const TEAM_RANKING = graphql(`
  query VolunteerTeamRanking($from: DateTime!, $to: DateTime!, $first: Int!, $communityId: ID) {
    teamServiceRanking(from: $from, to: $to, first: $first, communityId: $communityId) {
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
`);

export const VOLUNTEER_RANKING = graphql(`
  query VolunteerRanking($from: DateTime!, $to: DateTime!, $first: Int!, $teamId: ID, $communityId: ID) {
    volunteerServiceRanking(from: $from, to: $to, first: $first, teamId: $teamId, communityId: $communityId) {
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
`);

export type TeamRankLine = VolunteerTeamRankingQuery["teamServiceRanking"][number];
export type VolunteerRankLine = VolunteerRankingQuery["volunteerServiceRanking"][number];
