import { Arg, Authorized, Ctx, ID, Query, Resolver } from "type-graphql";
import { requireId, type SubgraphContext } from "@dongting/subgraph-kit";
import { ACCESS } from "../access.js";
import { requestMetrics } from "./metrics.service.js";
import { MetricsGroupBy, RequestMetrics } from "./metrics.types.js";
import { communityRanking } from "./ranking.service.js";
import { CommunityRanking } from "./ranking.types.js";

@Resolver()
export class MetricsResolver {
  @Authorized(...ACCESS.readAll)
  @Query(() => RequestMetrics, {
    description: "The three rates over requests submitted in [from, to) that the viewer's grants reach, in one SQL statement.",
  })
  requestMetrics(
    @Arg("from", () => Date) from: Date,
    @Arg("to", () => Date) to: Date,
    @Arg("groupBy", () => MetricsGroupBy, { nullable: true }) groupBy: MetricsGroupBy | null,
    @Arg("communityId", () => ID, { nullable: true, description: "Only this community's requests (within the reach)." })
    communityId: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<RequestMetrics> {
    return requestMetrics(ctx, from, to, groupBy ?? null, communityId ? requireId("Community", communityId) : null);
  }

  @Authorized(...ACCESS.readAll)
  @Query(() => [CommunityRanking], {
    description:
      'The communities the viewer reads whole, ranked by the three rates of a local month ("2026-05"); those with fewer ' +
      "than 30 requests listed unranked after the ranked. streetId: only that street's communities.",
  })
  communityRanking(
    @Arg("month", () => String) month: string,
    @Arg("streetId", () => ID, { nullable: true }) streetId: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<CommunityRanking[]> {
    return communityRanking(ctx, month, streetId ? requireId("OrgUnit", streetId) : null);
  }
}
