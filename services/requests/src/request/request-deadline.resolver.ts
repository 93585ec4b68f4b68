import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "@dongting/subgraph-kit";
import { DeadlineState } from "@dongting/domain/requests";
import { deadlineStateOf } from "../domain/deadline-state.js";
import { ResidentRequest } from "./request.entity.js";
import "./request-deadline.enum.js";

@Resolver(() => ResidentRequest)
export class RequestDeadlineResolver {
  @FieldResolver(() => DeadlineState, {
    description:
      "OVERDUE once a deadline was missed (answered after respondBy or unanswered past it; resolved after resolveBy or " +
      "unresolved past it), MET when resolved, closed or rejected with none missed, DUE_SOON once 80 % of the current " +
      "window is used, else ON_TRACK.",
  })
  deadlineState(@Root() request: ResidentRequest, @Ctx() ctx: SubgraphContext): DeadlineState {
    return deadlineStateOf(request, ctx.clock.now());
  }
}
