import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "@dongting/subgraph-kit";
import { ResidentRequestReference } from "../references/references.js";
import { Proposal } from "./proposal.entity.js";
import { proposalsBySourceRequest, REQUEST_PROPOSALS_MAX } from "./request-proposals.loader.js";

/** Contributes `ResidentRequest.proposals` to the requests subgraph's request: the proposals that grew out of it. */
@Resolver(() => ResidentRequestReference)
export class RequestProposalsResolver {
  @FieldResolver(() => [Proposal], {
    description: `The council proposals submitted from this request, oldest first (at most ${REQUEST_PROPOSALS_MAX}).`,
  })
  proposals(@Root() request: ResidentRequestReference, @Ctx() ctx: SubgraphContext): Promise<Proposal[]> {
    return proposalsBySourceRequest(ctx).load(request.id);
  }
}
