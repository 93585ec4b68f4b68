import "reflect-metadata";
import { buildFederatedSchema } from "@dongting/subgraph-kit";
import { READ_POLICY } from "./access.js";
import { ClassResolver } from "./class/class.resolver.js";
import { MeetingResolver } from "./meeting/meeting.resolver.js";
import { CommentResolver, ProposalResolver } from "./proposal/proposal.resolver.js";
import { RequestProposalsResolver } from "./proposal/request-proposals.resolver.js";
import { classReference, proposalReference, residentRequestReference, ruleReference } from "./references/entity-references.js";
import { RuleResolver, RuleVersionResolver } from "./rule/rule.resolver.js";

export function buildCouncilSchema() {
  return buildFederatedSchema({
    resolvers: [
      ClassResolver,
      MeetingResolver,
      ProposalResolver,
      CommentResolver,
      RuleResolver,
      RuleVersionResolver,
      RequestProposalsResolver,
    ],
    referenceResolvers: {
      ResidentClass: classReference,
      Proposal: proposalReference,
      CommunityRule: ruleReference,
      ResidentRequest: residentRequestReference,
    },
    readPolicy: READ_POLICY,
  });
}
