import { Arg, Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { SubgraphContext } from "@dongting/subgraph-kit";
import { ACCESS } from "../access.js";
import { requestMetrics } from "./metrics.service.js";
import { MetricsGroupBy, RequestMetrics } from "./metrics.types.js";

@Resolver()
export class MetricsResolver {
  @Authorized(...ACCESS.readAll)
  @Query(() => RequestMetrics, { description: "The three rates over requests submitted in [from, to), in one SQL statement." })
  requestMetrics(
    @Arg("from", () => Date) from: Date,
    @Arg("to", () => Date) to: Date,
    @Arg("groupBy", () => MetricsGroupBy, { nullable: true }) groupBy: MetricsGroupBy | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<RequestMetrics> {
    return requestMetrics(ctx, from, to, groupBy ?? null);
  }
}
