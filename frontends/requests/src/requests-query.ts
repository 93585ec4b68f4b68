import { gql, type TypedDocumentNode } from "@apollo/client";
import type { ForceKind, HandlingLevel, RequestChannel, RequestStatus, Urgency } from "./labels";

export const PAGE_SIZE = 20;

export interface RequestFilter {
  status?: RequestStatus[];
  search?: string;
}

export interface RequestRow {
  id: string;
  code: string;
  title: string;
  status: RequestStatus;
  channel: RequestChannel;
  category: string;
  urgency: Urgency | null;
  overdue: boolean;
  submittedAt: string;
  submitter: { id: string; name: string } | null;
}

export interface RequestListData {
  requests: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ cursor: string; node: RequestRow }>;
  };
}

export interface RequestListVars {
  filter?: RequestFilter | null;
  first: number;
  after?: string | null;
}

export const REQUEST_LIST: TypedDocumentNode<RequestListData, RequestListVars> = gql`
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

export interface RequestDetailData {
  request:
    | (RequestRow & {
        description: string;
        level: HandlingLevel | null;
        respondBy: string | null;
        resolveBy: string | null;
        respondedAt: string | null;
        resolvedAt: string | null;
        grid: { id: string; name: string } | null;
        neighbourhood: { id: string; name: string } | null;
        assignment: { forceKind: ForceKind; assigneeName: string; assignedAt: string } | null;
        events: Array<{ at: string; type: string; note: string | null; actor: { id: string; name: string } | null }>;
        residentRating: { score: number; comment: string | null; ratedAt: string } | null;
      })
    | null;
}

export const REQUEST_DETAIL: TypedDocumentNode<RequestDetailData, { id: string }> = gql`
  query RequestDetail($id: ID!) {
    request(id: $id) {
      id
      code
      title
      description
      status
      channel
      category
      level
      urgency
      overdue
      submittedAt
      respondBy
      resolveBy
      respondedAt
      resolvedAt
      submitter {
        id
        name
      }
      grid {
        id
        name
      }
      neighbourhood {
        id
        name
      }
      assignment {
        forceKind
        assigneeName
        assignedAt
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
      residentRating {
        score
        comment
        ratedAt
      }
    }
  }
`;

/** The filter sent to the server: empty parts are left out, so "no filter" is `null`. */
export function toRequestFilter(status: RequestStatus[], search: string): RequestFilter | null {
  const filter: RequestFilter = {};
  if (status.length > 0) filter.status = status;
  const text = search.trim();
  if (text) filter.search = text;
  return Object.keys(filter).length > 0 ? filter : null;
}
