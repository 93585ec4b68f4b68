import { Field, Float, Int, ObjectType } from "type-graphql";
import { CommunityReference } from "../references/community-reference.js";

@ObjectType({
  description:
    "One community in a month's ranking (communityRanking). The rates are requestMetrics'. Communities with at least " +
    "RANKING_MIN_REQUESTS (30) requests are ranked by the mean of the three rates (a missing rate counts as 0), ties by " +
    "code; the others follow, unranked, by code.",
})
export class CommunityRanking {
  @Field(() => CommunityReference)
  community: CommunityReference;

  @Field(() => Int, { nullable: true, description: "1 for the best; null when unranked." })
  rank: number | null;

  @Field({ description: "False when the community had fewer than 30 requests that month." })
  ranked: boolean;

  @Field(() => Int, { description: "Requests submitted that month, REJECTED excluded (the rates' total)." })
  requests: number;

  @Field(() => Float, { nullable: true })
  responseRate: number | null;

  @Field(() => Float, { nullable: true })
  resolutionRate: number | null;

  @Field(() => Float, { nullable: true })
  satisfactionRate: number | null;
}
