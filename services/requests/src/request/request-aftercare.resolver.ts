import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import type { SubgraphContext } from "@dongting/subgraph-kit";
import { ACCESS } from "../access.js";
import { ResidentRequest } from "./request.entity.js";
import { confirmReview, recordCallbackRating, reopenRequest } from "./request-aftercare.service.js";

@Resolver(() => ResidentRequest)
export class RequestAftercareResolver {
  @Authorized(...ACCESS.confirmReview)
  @Mutation(() => ResidentRequest, {
    description: "A second staff member confirms an unreasonable review; only then does the rating leave the satisfaction rate.",
  })
  confirmReview(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<ResidentRequest> {
    return confirmReview(ctx, id);
  }

  // Signed in: the submitter reopens their own; staff (ACCESS.reopen) for them, where they write.
  @Authorized()
  @Mutation(() => ResidentRequest, { description: "Within 7 days of CLOSED: back to ACCEPTED, original deadlines kept." })
  reopenRequest(@Arg("id", () => ID) id: string, @Arg("reason") reason: string, @Ctx() ctx: SubgraphContext): Promise<ResidentRequest> {
    return reopenRequest(ctx, id, reason);
  }

  @Authorized(...ACCESS.recordCallbackRating)
  @Mutation(() => ResidentRequest, { description: "Staff record the rating the resident gave by phone (回访)." })
  recordCallbackRating(
    @Arg("id", () => ID) id: string,
    @Arg("score", () => Int) score: number,
    @Arg("comment", () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ResidentRequest> {
    return recordCallbackRating(ctx, id, score, comment);
  }
}
