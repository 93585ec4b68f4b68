import { graphql } from "../gql";
import type { CouncilProposalQuery, CouncilProposalsQuery } from "../gql/graphql";

/** A page of proposals, newest first as the graph orders them, optionally of some states. */
export const PROPOSALS = graphql(`
  query CouncilProposals($status: [ProposalStatus!], $first: Int, $after: String) {
    proposals(status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          status
          votingClosesAt
          proposer {
            id
            name
          }
          residentClass {
            id
            name
          }
          tally {
            eligible
            voted
          }
          rule {
            id
            title
          }
        }
      }
    }
  }
`);

export type ProposalRow = CouncilProposalsQuery["proposals"]["edges"][number]["node"];

/**
 * A proposal's page. Every mutation below answers with the same fields (the fragment), so the page shows the
 * new state, the viewer's vote and the tally from the answer.
 */
export const PROPOSAL_FIELDS = graphql(`
  fragment CouncilProposalFields on Proposal {
    id
    title
    body
    status
    votingClosesAt
    myVote
    proposer {
      id
      name
    }
    residentClass {
      id
      name
      monitor {
        id
      }
    }
    meeting {
      id
      title
      startsAt
    }
    tally {
      eligible
      voted
      yes
      no
      abstain
      quorumMet
      passed
    }
    comments {
      id
      text
      at
      author {
        id
        name
      }
    }
    rule {
      id
      title
      current {
        number
      }
    }
  }
`);

export const PROPOSAL = graphql(`
  query CouncilProposal($id: ID!) {
    proposal(id: $id) {
      ...CouncilProposalFields
      sourceRequest {
        id
        code
        title
      }
    }
  }
`);

export type ProposalDetail = NonNullable<CouncilProposalQuery["proposal"]>;

export const SUBMIT_PROPOSAL = graphql(`
  mutation CouncilSubmitProposal($input: ProposalInput!) {
    submitProposal(input: $input) {
      ...CouncilProposalFields
    }
  }
`);

export const PUBLISH_PROPOSAL = graphql(`
  mutation CouncilPublishProposal($id: ID!, $commentDays: Int) {
    publishProposal(id: $id, commentDays: $commentDays) {
      ...CouncilProposalFields
    }
  }
`);

export const COMMENT_ON_PROPOSAL = graphql(`
  mutation CouncilCommentOnProposal($id: ID!, $text: String!) {
    commentOnProposal(id: $id, text: $text) {
      ...CouncilProposalFields
    }
  }
`);

export const OPEN_VOTING = graphql(`
  mutation CouncilOpenVoting($id: ID!, $closesAt: DateTime!) {
    openVoting(id: $id, closesAt: $closesAt) {
      ...CouncilProposalFields
    }
  }
`);

export const CAST_VOTE = graphql(`
  mutation CouncilCastVote($proposalId: ID!, $choice: VoteChoice!) {
    castVote(proposalId: $proposalId, choice: $choice) {
      ...CouncilProposalFields
    }
  }
`);

export const CLOSE_VOTING = graphql(`
  mutation CouncilCloseVoting($id: ID!) {
    closeVoting(id: $id) {
      ...CouncilProposalFields
    }
  }
`);

export const WITHDRAW_PROPOSAL = graphql(`
  mutation CouncilWithdrawProposal($id: ID!) {
    withdrawProposal(id: $id) {
      ...CouncilProposalFields
    }
  }
`);
