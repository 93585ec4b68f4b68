import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { refTo, type SubgraphContext } from "@dongting/subgraph-kit";
import { quorumMet, proposalPasses } from "@dongting/domain/council";
import { ACCESS } from "../access.js";
import { classById } from "../class/class.loader.js";
import { ResidentClass } from "../class/resident-class.entity.js";
import { ProposalStatus, VoteChoice } from "../domain/enums.js";
import { splitVisible } from "../domain/proposal-state.js";
import { Meeting } from "../meeting/meeting.entity.js";
import { meetingById } from "../meeting/meeting.loader.js";
import { PersonReference, ResidentRequestReference } from "../references/references.js";
import { CommunityRule } from "../rule/community-rule.entity.js";
import { ruleById } from "../rule/rule.loader.js";
import { ProposalComment } from "./proposal-comment.entity.js";
import { Proposal } from "./proposal.entity.js";
import { ProposalInput } from "./proposal.input.js";
import { commentsByProposal, myVoteByProposal, proposalById, tallyByProposal } from "./proposal.loader.js";
import { commentOnProposal, listProposals, publishProposal, submitProposal, withdrawProposal } from "./proposal.service.js";
import { ProposalConnection, VoteTally } from "./proposal.type.js";
import { castVote, closeVoting, openVoting } from "./vote.service.js";

@Resolver(() => Proposal)
export class ProposalResolver {
  @Query(() => ProposalConnection, { description: "Newest first; only the statuses given." })
  proposals(
    @Arg("status", () => [ProposalStatus], { nullable: true }) status: ProposalStatus[] | null,
    @Arg("first", () => Int, { defaultValue: 20, nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: SubgraphContext,
  ) {
    return listProposals(ctx, status ?? null, first ?? 20, after ?? null);
  }

  @Query(() => Proposal, { nullable: true })
  proposal(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return proposalById(ctx).load(id);
  }

  @FieldResolver(() => PersonReference, { nullable: true })
  proposer(@Root() proposal: Proposal) {
    return refTo(proposal.proposerId);
  }

  @FieldResolver(() => ResidentClass, { nullable: true, description: "Null for a community proposal voted by the 班长议事会." })
  residentClass(@Root() proposal: Proposal, @Ctx() ctx: SubgraphContext) {
    return proposal.classId ? classById(ctx).load(proposal.classId) : null;
  }

  @FieldResolver(() => ResidentRequestReference, { nullable: true, description: "When it grew out of a resident request." })
  sourceRequest(@Root() proposal: Proposal) {
    return refTo(proposal.sourceRequestId);
  }

  @FieldResolver(() => Meeting, { nullable: true })
  meeting(@Root() proposal: Proposal, @Ctx() ctx: SubgraphContext) {
    return proposal.meetingId ? meetingById(ctx).load(proposal.meetingId) : null;
  }

  @FieldResolver(() => [ProposalComment])
  comments(@Root() proposal: Proposal, @Ctx() ctx: SubgraphContext) {
    return commentsByProposal(ctx).load(proposal.id);
  }

  @FieldResolver(() => VoteTally)
  async tally(@Root() proposal: Proposal, @Ctx() ctx: SubgraphContext): Promise<VoteTally> {
    const count = await tallyByProposal(ctx).load(proposal);
    if (!splitVisible(proposal.status))
      return { eligible: count.eligible, voted: count.voted, yes: null, no: null, abstain: null, quorumMet: null, passed: null };
    return { ...count, quorumMet: quorumMet(count), passed: proposalPasses(count) };
  }

  @FieldResolver(() => VoteChoice, { nullable: true, description: "The viewer's own vote, if any." })
  myVote(@Root() proposal: Proposal, @Ctx() ctx: SubgraphContext) {
    return myVoteByProposal(ctx).load(proposal.id);
  }

  @FieldResolver(() => CommunityRule, { nullable: true, description: "The rule it creates or amends." })
  rule(@Root() proposal: Proposal, @Ctx() ctx: SubgraphContext) {
    return proposal.ruleId ? ruleById(ctx).load(proposal.ruleId) : null;
  }

  @Authorized(...ACCESS.submitProposal)
  @Mutation(() => Proposal, { description: "Any person; it starts as a DRAFT." })
  submitProposal(@Arg("input", () => ProposalInput) input: ProposalInput, @Ctx() ctx: SubgraphContext) {
    return submitProposal(ctx, input);
  }

  @Authorized(...ACCESS.publishProposal)
  @Mutation(() => Proposal, {
    description: "DRAFT -> DELIBERATION; comments are open for commentDays (0..30; below 7 only COMMUNITY_STAFF or ADMIN).",
  })
  publishProposal(
    @Arg("id", () => ID) id: string,
    @Arg("commentDays", () => Int, { defaultValue: 7, nullable: true }) commentDays: number | null,
    @Ctx() ctx: SubgraphContext,
  ) {
    return publishProposal(ctx, id, commentDays ?? undefined);
  }

  @Authorized(...ACCESS.commentOnProposal)
  @Mutation(() => Proposal)
  commentOnProposal(@Arg("id", () => ID) id: string, @Arg("text") text: string, @Ctx() ctx: SubgraphContext) {
    return commentOnProposal(ctx, id, text);
  }

  @Authorized(...ACCESS.openVoting)
  @Mutation(() => Proposal, { description: "DELIBERATION -> VOTING, once the comment period is over." })
  openVoting(@Arg("id", () => ID) id: string, @Arg("closesAt", () => Date) closesAt: Date, @Ctx() ctx: SubgraphContext) {
    return openVoting(ctx, id, closesAt);
  }

  @Authorized(...ACCESS.castVote)
  @Mutation(() => Proposal, {
    description: "One vote per eligible person: a second vote or a vote after closing is CONFLICT, an ineligible voter FORBIDDEN.",
  })
  castVote(
    @Arg("proposalId", () => ID) proposalId: string,
    @Arg("choice", () => VoteChoice) choice: VoteChoice,
    @Ctx() ctx: SubgraphContext,
  ) {
    return castVote(ctx, proposalId, choice);
  }

  @Authorized(...ACCESS.closeVoting)
  @Mutation(() => Proposal, {
    description: "ADOPTED when at least half of the eligible voters voted and YES > NO; adopting writes the rule's next version.",
  })
  closeVoting(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return closeVoting(ctx, id);
  }

  @Authorized(...ACCESS.withdrawProposal)
  @Mutation(() => Proposal, { description: "The proposer, before voting opens." })
  withdrawProposal(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return withdrawProposal(ctx, id);
  }
}

@Resolver(() => ProposalComment)
export class CommentResolver {
  @FieldResolver(() => PersonReference, { nullable: true })
  author(@Root() comment: ProposalComment) {
    return refTo(comment.authorId);
  }
}
