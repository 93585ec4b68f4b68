import { graphql } from "../gql";
import type { CommunityRankingQuery } from "../gql/graphql";

/** The street's communities by the three rates for a month (requests subgraph); the few-request ones unranked. */
export const COMMUNITY_RANKING = graphql(`
  query CommunityRanking($month: String!, $streetId: ID) {
    communityRanking(month: $month, streetId: $streetId) {
      community {
        id
        code
        name
      }
      rank
      ranked
      requests
      responseRate
      resolutionRate
      satisfactionRate
    }
  }
`);

export type CommunityRankingRow = CommunityRankingQuery["communityRanking"][number];
