import { gql, type TypedDocumentNode } from "@apollo/client";
import type { ForceKind, HandlingLevel, RequestChannel, RequestStatus, Urgency } from "../labels";
import type { RequestFilterInput } from "../rules";

export const PAGE_SIZE = 20;

export interface PersonRef {
  id: string;
  name: string;
}

export interface RequestCard {
  id: string;
  code: string;
  title: string;
  status: RequestStatus;
  channel: RequestChannel;
  category: string;
  level: HandlingLevel | null;
  urgency: Urgency | null;
  overdue: boolean;
  submittedAt: string;
  respondBy: string | null;
  resolveBy: string | null;
  submitter: PersonRef | null;
  grid: { id: string; name: string } | null;
  assignment: {
    forceKind: ForceKind;
    assigneeName: string;
    assignedAt: string;
    volunteerTeam: { id: string; name: string } | null;
  } | null;
  residentRating: { score: number; comment: string | null; ratedAt: string } | null;
  communityReview: { reasonable: boolean; note: string; reviewedAt: string } | null;
}

export interface RequestEventRow {
  at: string;
  type: string;
  note: string | null;
  actor: PersonRef | null;
}

/** The fields every view of a request shows (board card, my requests, the mutations' answers). */
export const REQUEST_CARD_FIELDS = gql`
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
    submittedAt
    respondBy
    resolveBy
    submitter {
      id
      name
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
`;

export interface Connection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ cursor: string; node: T }>;
}

export interface RequestPageVars {
  filter?: RequestFilterInput | null;
  first: number;
  after?: string | null;
}

/** Rows of the plain list (readers' view). */
export type RequestRow = Pick<
  RequestCard,
  "id" | "code" | "title" | "status" | "channel" | "category" | "urgency" | "overdue" | "submittedAt" | "submitter"
>;

export const REQUEST_LIST: TypedDocumentNode<{ requests: Connection<RequestRow> }, RequestPageVars> = gql`
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
          submittedAt
          submitter {
            id
            name
          }
        }
      }
    }
  }
`;

/** One status column of the triage board. */
export const BOARD_COLUMN: TypedDocumentNode<{ requests: Connection<RequestCard> }, RequestPageVars> = gql`
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
  ${REQUEST_CARD_FIELDS}
`;

export type MyRequest = RequestCard & { description: string; events: RequestEventRow[] };

/** The signed-in person's requests with their timelines. */
export const MY_REQUESTS: TypedDocumentNode<{ requests: Connection<MyRequest> }, RequestPageVars> = gql`
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
            at
            type
            note
            actor {
              id
              name
            }
          }
        }
      }
    }
  }
  ${REQUEST_CARD_FIELDS}
`;

export type RequestFull = RequestCard & {
  description: string;
  respondedAt: string | null;
  resolvedAt: string | null;
  neighbourhood: { id: string; name: string } | null;
  patrolShift: { id: string; title: string; startsAt: string; team: { id: string; name: string } } | null;
  assignment: (NonNullable<RequestCard["assignment"]> & { assigneePerson: PersonRef | null }) | null;
  events: RequestEventRow[];
};

export const REQUEST_DETAIL: TypedDocumentNode<{ request: RequestFull | null }, { id: string }> = gql`
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
        at
        type
        note
        actor {
          id
          name
        }
      }
    }
  }
  ${REQUEST_CARD_FIELDS}
`;

export interface SubmitRequestInput {
  clientRequestId: string;
  title: string;
  description: string;
  channel: RequestChannel;
  category: string;
  submitterId?: string | null;
  neighbourhoodId?: string | null;
  gridId?: string | null;
  patrolShiftId?: string | null;
}

export const SUBMIT_REQUEST: TypedDocumentNode<{ submitRequest: RequestCard }, { input: SubmitRequestInput }> = gql`
  mutation SubmitRequest($input: SubmitRequestInput!) {
    submitRequest(input: $input) {
      ...RequestCardFields
    }
  }
  ${REQUEST_CARD_FIELDS}
`;

export const ACCEPT_REQUEST: TypedDocumentNode<
  { acceptRequest: RequestCard },
  { id: string; level: HandlingLevel; urgency: Urgency }
> = gql`
  mutation AcceptRequest($id: ID!, $level: HandlingLevel!, $urgency: Urgency!) {
    acceptRequest(id: $id, level: $level, urgency: $urgency) {
      ...RequestCardFields
    }
  }
  ${REQUEST_CARD_FIELDS}
`;

export interface AssignInput {
  forceKind: ForceKind;
  assigneeName: string;
  assigneePersonId?: string | null;
  volunteerTeamId?: string | null;
}

export const ASSIGN_REQUEST: TypedDocumentNode<{ assignRequest: RequestCard }, { id: string; input: AssignInput }> = gql`
  mutation AssignRequest($id: ID!, $input: AssignInput!) {
    assignRequest(id: $id, input: $input) {
      ...RequestCardFields
    }
  }
  ${REQUEST_CARD_FIELDS}
`;

export const START_REQUEST: TypedDocumentNode<{ startRequest: RequestCard }, { id: string }> = gql`
  mutation StartRequest($id: ID!) {
    startRequest(id: $id) {
      ...RequestCardFields
    }
  }
  ${REQUEST_CARD_FIELDS}
`;

export const RESOLVE_REQUEST: TypedDocumentNode<{ resolveRequest: RequestCard }, { id: string; note: string }> = gql`
  mutation ResolveRequest($id: ID!, $note: String!) {
    resolveRequest(id: $id, note: $note) {
      ...RequestCardFields
    }
  }
  ${REQUEST_CARD_FIELDS}
`;

export const ESCALATE_REQUEST: TypedDocumentNode<{ escalateRequest: RequestCard }, { id: string; reason: string }> = gql`
  mutation EscalateRequest($id: ID!, $reason: String!) {
    escalateRequest(id: $id, reason: $reason) {
      ...RequestCardFields
    }
  }
  ${REQUEST_CARD_FIELDS}
`;

export const REJECT_REQUEST: TypedDocumentNode<{ rejectRequest: RequestCard }, { id: string; reason: string }> = gql`
  mutation RejectRequest($id: ID!, $reason: String!) {
    rejectRequest(id: $id, reason: $reason) {
      ...RequestCardFields
    }
  }
  ${REQUEST_CARD_FIELDS}
`;

export const RATE_REQUEST: TypedDocumentNode<
  { rateRequest: RequestCard },
  { id: string; score: number; comment?: string | null }
> = gql`
  mutation RateRequest($id: ID!, $score: Int!, $comment: String) {
    rateRequest(id: $id, score: $score, comment: $comment) {
      ...RequestCardFields
    }
  }
  ${REQUEST_CARD_FIELDS}
`;

export const REVIEW_REQUEST: TypedDocumentNode<
  { reviewRequest: RequestCard },
  { id: string; reasonable: boolean; note: string }
> = gql`
  mutation ReviewRequest($id: ID!, $reasonable: Boolean!, $note: String!) {
    reviewRequest(id: $id, reasonable: $reasonable, note: $note) {
      ...RequestCardFields
    }
  }
  ${REQUEST_CARD_FIELDS}
`;

/** The filter for the plain list: empty parts are left out, so "no filter" is `null`. */
export function toRequestFilter(status: RequestStatus[], search: string): RequestFilterInput | null {
  const filter: RequestFilterInput = {};
  if (status.length > 0) filter.status = status;
  const text = search.trim();
  if (text) filter.search = text;
  return Object.keys(filter).length > 0 ? filter : null;
}
