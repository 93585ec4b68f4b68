import { graphql } from "../gql";
import type { VolunteerRankingQuery, VolunteerServiceFragment, VolunteerTeamRankingQuery } from "../gql/graphql";

export type VolunteerServiceFields = VolunteerServiceFragment;
export type HistoryNode = VolunteerServiceFragment["shiftHistory"]["edges"][number]["node"];

graphql(`
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
`);

export const MY_SERVICE = graphql(`
  query VolunteerMyService($from: DateTime!, $to: DateTime!, $first: Int!, $after: String) {
    myVolunteer {
      ...VolunteerService
    }
  }
`);

export const VOLUNTEER_SERVICE_BY_ID = graphql(`
  query VolunteerServiceById($id: ID!, $from: DateTime!, $to: DateTime!, $first: Int!, $after: String) {
    volunteer(id: $id) {
      ...VolunteerService
    }
  }
`);

export const TEAM_RANKING = graphql(`
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
`);

export const VOLUNTEER_RANKING = graphql(`
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
`);

export type TeamRankLine = VolunteerTeamRankingQuery["teamServiceRanking"][number];
export type VolunteerRankLine = VolunteerRankingQuery["volunteerServiceRanking"][number];
