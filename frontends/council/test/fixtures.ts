import type { ProposalDetail } from "../src/graph/proposals";

type WithTypename<T> = T & { __typename: string };

/** A proposal as PROPOSAL answers it (every field, with __typename for the mocked cache). */
export function proposalAnswer(overrides: Partial<ProposalDetail> = {}): WithTypename<ProposalDetail> {
  return {
    __typename: "Proposal",
    id: "proposal-1",
    title: "规范院落停车",
    body: "建议修订《院落行车公约》，夜间禁止大货车进出。",
    status: "VOTING",
    votingClosesAt: "2026-06-20T12:00:00.000Z",
    myVote: null,
    proposer: { __typename: "Person", id: "p-chen", name: "陈晓" } as ProposalDetail["proposer"],
    residentClass: {
      __typename: "ResidentClass",
      id: "class-1",
      name: "东亭小区一班",
      monitor: { __typename: "Person", id: "p-monitor" },
    } as ProposalDetail["residentClass"],
    meeting: null,
    tally: {
      __typename: "VoteTally",
      eligible: 60,
      voted: 12,
      yes: null,
      no: null,
      abstain: null,
      quorumMet: null,
      passed: null,
    } as ProposalDetail["tally"],
    comments: [],
    rule: null,
    sourceRequest: null,
    ...overrides,
  };
}

/** A refusal as the subgraphs send it: the kind in `code`, the reason's key in `reason`. */
export const refused = (reason: string, code = "CONFLICT") => ({
  errors: [{ message: "server words that the UI must not show", extensions: { code, reason } }],
});
