import { Field, Int, ObjectType } from "type-graphql";
import { Connection } from "@dongting/subgraph-kit";
import { Proposal } from "./proposal.entity.js";

@ObjectType("VoteTally", { description: "During VOTING only eligible and voted are shown; the split after closing." })
export class VoteTally {
  @Field(() => Int)
  eligible: number;

  @Field(() => Int)
  voted: number;

  @Field(() => Int, { nullable: true })
  yes: number | null;

  @Field(() => Int, { nullable: true })
  no: number | null;

  @Field(() => Int, { nullable: true })
  abstain: number | null;

  @Field(() => Boolean, { nullable: true })
  quorumMet: boolean | null;

  @Field(() => Boolean, { nullable: true })
  passed: boolean | null;
}

@ObjectType("ProposalConnection")
export class ProposalConnection extends Connection(Proposal, "Proposal") {}
