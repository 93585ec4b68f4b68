import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "@dongting/subgraph-kit";
import { RequestStatus } from "@dongting/domain/requests";
import { firstMatchingRule } from "../domain/dispatch-rule.js";
import { ResidentRequest } from "../request/request.entity.js";
import { Assignment } from "../request/request.type.js";
import { communityRules } from "../rule/dispatch-rule.loader.js";
import { dispatchRequest } from "./dispatch.service.js";
import { ServiceUnit } from "./service-unit.entity.js";
import { handlingUnits } from "./unit.loader.js";

/** While a request is waiting for or in work it may still be dispatched, so the rules' suggestion stands. */
const SUGGESTING: readonly RequestStatus[] = [
  RequestStatus.SUBMITTED,
  RequestStatus.ACCEPTED,
  RequestStatus.ASSIGNED,
  RequestStatus.IN_PROGRESS,
];

/** The request's side of the work forces: dispatching, the handling units and the rules' suggestion. */
@Resolver(() => ResidentRequest)
export class RequestUnitsResolver {
  // Signed in: handlers where the request is dispatch; a unit's leader reassigns within it (access.ts).
  @Authorized()
  @Mutation(() => ResidentRequest, { description: "The first unit dispatched leads (首接负责); a later call adds a co-handling unit." })
  dispatchRequest(
    @Arg("id", () => ID) id: string,
    @Arg("unitId", () => ID) unitId: string,
    @Arg("personId", () => ID, { nullable: true }) personId: string | null,
    @Arg("note", () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ResidentRequest> {
    return dispatchRequest(ctx, id, unitId, personId ?? null, note);
  }

  @FieldResolver(() => [ServiceUnit], { description: "The leading unit first, then co-handling units." })
  async units(@Root() request: ResidentRequest, @Ctx() ctx: SubgraphContext): Promise<ServiceUnit[]> {
    return (await handlingUnits(ctx).load(request.id)).map((handling) => handling.unit);
  }

  @FieldResolver(() => ServiceUnit, { nullable: true, description: "The unit the dispatch rules suggest, while not yet dispatched." })
  async suggestedUnit(@Root() request: ResidentRequest, @Ctx() ctx: SubgraphContext): Promise<ServiceUnit | null> {
    if (!SUGGESTING.includes(request.status)) return null;
    const [handling, rules] = await Promise.all([handlingUnits(ctx).load(request.id), communityRules(ctx).load(request.communityId)]);
    if (handling.length > 0) return null;
    const rule = firstMatchingRule(
      rules.map((candidate) => ({ ...candidate, unitActive: candidate.unit.active })),
      request,
    );
    return rule?.unit ?? null;
  }
}

@Resolver(() => Assignment)
export class AssignmentUnitResolver {
  @FieldResolver(() => ServiceUnit, { nullable: true, description: "The leading unit (首接负责), when a unit of the registry leads." })
  async unit(@Root() assignment: Assignment, @Ctx() ctx: SubgraphContext): Promise<ServiceUnit | null> {
    // The parts of a request carry its id (request.type.ts partOf).
    const requestId = (assignment as Assignment & { requestId?: string }).requestId;
    if (!requestId) return null;
    return (await handlingUnits(ctx).load(requestId)).find((handling) => handling.leading)?.unit ?? null;
  }
}
