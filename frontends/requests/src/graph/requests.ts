import { graphql } from "../gql";
import type {
  MyRequestsQuery,
  RequestCardFieldsFragment,
  RequestDetailQuery,
  RequestEventFieldsFragment,
  RequestListQuery,
  RequestProposalsQuery,
} from "../gql/graphql";

export const PAGE_SIZE = 20;

export type RequestCard = RequestCardFieldsFragment;
export type RequestEventRow = RequestEventFieldsFragment;

/** The fields every view of a request shows (board card, my requests, the mutations' answers). */
graphql(`
  fragment RequestCardFields on ResidentRequest {
    id
    code
    title
    status
    channel
    category
    level
    urgency
    overdue
    deadlineState
    anonymous
    submittedAt
    respondBy
    resolveBy
    community {
      id
    }
    submitter {
      id
      name
    }
    units {
      id
      name
      forceKind
    }
    suggestedUnit {
      id
      name
      forceKind
    }
    grid {
      id
      name
    }
    assignment {
      forceKind
      assigneeName
      assignedAt
      volunteerTeam {
        id
        name
      }
    }
    residentRating {
      score
      comment
      ratedAt
    }
    communityReview {
      reasonable
      note
      reviewedAt
    }
  }
`);

graphql(`
  fragment RequestEventFields on RequestEvent {
    at
    type
    note
    actor {
      id
      name
    }
  }
`);

/** The plain list (readers' view). */
export const REQUEST_LIST = graphql(`
  query RequestList($filter: RequestFilter, $first: Int, $after: String) {
    requests(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          code
          title
          status
          channel
          category
          urgency
          overdue
          deadlineState
          anonymous
          submittedAt
          submitter {
            id
            name
          }
        }
      }
    }
  }
`);

/** A row of the plain list. */
export type RequestRow = RequestListQuery["requests"]["edges"][number]["node"];

/** One status column of the triage board. */
export const BOARD_COLUMN = graphql(`
  query BoardColumn($filter: RequestFilter, $first: Int, $after: String) {
    requests(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...RequestCardFields
        }
      }
    }
  }
`);

/** The signed-in person's requests with their timelines. */
export const MY_REQUESTS = graphql(`
  query MyRequests($filter: RequestFilter, $first: Int, $after: String) {
    requests(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...RequestCardFields
          description
          events {
            ...RequestEventFields
          }
        }
      }
    }
  }
`);

export type MyRequest = MyRequestsQuery["requests"]["edges"][number]["node"];

export const REQUEST_DETAIL = graphql(`
  query RequestDetail($id: ID!) {
    request(id: $id) {
      ...RequestCardFields
      description
      respondedAt
      resolvedAt
      neighbourhood {
        id
        name
      }
      patrolShift {
        id
        title
        startsAt
        team {
          id
          name
        }
      }
      assignment {
        assigneePerson {
          id
          name
        }
      }
      events {
        ...RequestEventFields
      }
    }
  }
`);

export type RequestFull = NonNullable<RequestDetailQuery["request"]>;

/**
 * The council proposals that grew out of the request (contributed by the council subgraph), asked apart from
 * the request itself: the list is non-null, so a council that cannot answer would otherwise null the whole
 * request; on its own it only leaves the timeline without its proposal entries.
 */
export const REQUEST_PROPOSALS = graphql(`
  query RequestProposals($id: ID!) {
    request(id: $id) {
      id
      proposals {
        id
        title
        status
      }
    }
  }
`);

export type RequestProposal = NonNullable<RequestProposalsQuery["request"]>["proposals"][number];

export const SUBMIT_REQUEST = graphql(`
  mutation SubmitRequest($input: SubmitRequestInput!) {
    submitRequest(input: $input) {
      ...RequestCardFields
    }
  }
`);

export const ACCEPT_REQUEST = graphql(`
  mutation AcceptRequest($id: ID!, $level: HandlingLevel!, $urgency: Urgency!) {
    acceptRequest(id: $id, level: $level, urgency: $urgency) {
      ...RequestCardFields
    }
  }
`);

export const ASSIGN_REQUEST = graphql(`
  mutation AssignRequest($id: ID!, $input: AssignInput!) {
    assignRequest(id: $id, input: $input) {
      ...RequestCardFields
    }
  }
`);

export const START_REQUEST = graphql(`
  mutation StartRequest($id: ID!) {
    startRequest(id: $id) {
      ...RequestCardFields
    }
  }
`);

export const RESOLVE_REQUEST = graphql(`
  mutation ResolveRequest($id: ID!, $note: String!) {
    resolveRequest(id: $id, note: $note) {
      ...RequestCardFields
    }
  }
`);

export const ESCALATE_REQUEST = graphql(`
  mutation EscalateRequest($id: ID!, $reason: String!) {
    escalateRequest(id: $id, reason: $reason) {
      ...RequestCardFields
    }
  }
`);

export const REJECT_REQUEST = graphql(`
  mutation RejectRequest($id: ID!, $reason: String!) {
    rejectRequest(id: $id, reason: $reason) {
      ...RequestCardFields
    }
  }
`);

export const RATE_REQUEST = graphql(`
  mutation RateRequest($id: ID!, $score: Int!, $comment: String) {
    rateRequest(id: $id, score: $score, comment: $comment) {
      ...RequestCardFields
    }
  }
`);

export const REVIEW_REQUEST = graphql(`
  mutation ReviewRequest($id: ID!, $reasonable: Boolean!, $note: String!) {
    reviewRequest(id: $id, reasonable: $reasonable, note: $note) {
      ...RequestCardFields
    }
  }
`);
