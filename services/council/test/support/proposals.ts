import type { As, TestSubgraph } from "@dongting/subgraph-kit/testing";
import { ok, staff } from "./fixtures.js";

export const SUBMIT = `mutation($input: ProposalInput!) { submitProposal(input: $input) { id status } }`;
export const PUBLISH = `mutation($id: ID!, $days: Int) { publishProposal(id: $id, commentDays: $days) { status } }`;
export const COMMENT = `mutation($id: ID!, $text: String!) { commentOnProposal(id: $id, text: $text) { comments { text author { id } } } }`;
export const OPEN = `mutation($id: ID!, $closesAt: DateTime!) { openVoting(id: $id, closesAt: $closesAt) { status votingClosesAt } }`;
export const VOTE = `mutation($id: ID!, $choice: VoteChoice!) { castVote(proposalId: $id, choice: $choice) { myVote tally { eligible voted yes no } } }`;
export const CLOSE = `mutation($id: ID!) { closeVoting(id: $id) { status tally { eligible voted yes no abstain quorumMet passed }
  rule { title current { number text proposal { id } } versions { number } } } }`;
export const WITHDRAW = `mutation($id: ID!) { withdrawProposal(id: $id) { status } }`;

/** An ISO instant `days` from the subgraph's clock. */
export const inDays = (subgraph: TestSubgraph, days: number) => new Date(subgraph.clock.now().getTime() + days * 86_400_000).toISOString();

/** Submits (as `proposer`), publishes with staff's zero-day comment period and opens voting for 3 days. */
export async function proposalInVoting(subgraph: TestSubgraph, input: Record<string, unknown>, proposer: As): Promise<string> {
  const { submitProposal } = await ok(subgraph, SUBMIT, { input }, proposer);
  await ok(subgraph, PUBLISH, { id: submitProposal.id, days: 0 }, staff);
  await ok(subgraph, OPEN, { id: submitProposal.id, closesAt: inDays(subgraph, 3) }, staff);
  return submitProposal.id;
}
