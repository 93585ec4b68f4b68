import { gql, type TypedDocumentNode } from "@apollo/client";
import type { ItemStatus, VisitorGroup, ZoneKind } from "./labels";
import type { ClosureRow, ZoneRow } from "./zones-query";

// ---- closures ----

export interface ClosureWithZone extends ClosureRow {
  zone: Pick<ZoneRow, "id" | "name" | "kind">;
}

export const ZONE_CLOSURES: TypedDocumentNode<{ zoneClosures: ClosureWithZone[] }, { from: string; to: string; zoneId?: string | null }> = gql`
  query ZoneClosures($from: DateTime!, $to: DateTime!, $zoneId: ID) {
    zoneClosures(from: $from, to: $to, zoneId: $zoneId) {
      id
      startsAt
      endsAt
      reason
      reopenedAt
      createdAt
      zone {
        id
        name
        kind
      }
    }
  }
`;

export const CLOSE_ZONE: TypedDocumentNode<
  { closeZone: { id: string } },
  { zoneId: string; from: string; to: string; reason: string }
> = gql`
  mutation CloseZone($zoneId: ID!, $from: DateTime!, $to: DateTime!, $reason: String!) {
    closeZone(zoneId: $zoneId, from: $from, to: $to, reason: $reason) {
      id
    }
  }
`;

export const REOPEN_ZONE: TypedDocumentNode<{ reopenZone: ClosureRow }, { closureId: string }> = gql`
  mutation ReopenZone($closureId: ID!) {
    reopenZone(closureId: $closureId) {
      id
      startsAt
      endsAt
      reason
      reopenedAt
      createdAt
    }
  }
`;

// ---- 百宝箱 ----

export interface ItemRow {
  id: string;
  title: string;
  description: string | null;
  status: ItemStatus;
  postedAt: string;
  claimedAt: string | null;
  closedAt: string | null;
  owner: { id: string; name: string } | null;
  claimant: { id: string; name: string } | null;
}

const ITEM_FIELDS = gql`
  fragment StationItemFields on ExchangeItem {
    id
    title
    description
    status
    postedAt
    claimedAt
    closedAt
    owner {
      id
      name
    }
    claimant {
      id
      name
    }
  }
`;

export const EXCHANGE_ITEMS: TypedDocumentNode<{ exchangeItems: ItemRow[] }, { status?: ItemStatus | null; first: number }> = gql`
  query ExchangeItems($status: ItemStatus, $first: Int!) {
    exchangeItems(status: $status, first: $first) {
      ...StationItemFields
    }
  }
  ${ITEM_FIELDS}
`;

export const POST_ITEM: TypedDocumentNode<
  { postItem: ItemRow },
  { input: { title: string; description?: string | null; ownerId?: string | null } }
> = gql`
  mutation PostItem($input: PostItemInput!) {
    postItem(input: $input) {
      ...StationItemFields
    }
  }
  ${ITEM_FIELDS}
`;

export const CLAIM_ITEM: TypedDocumentNode<{ claimItem: ItemRow }, { id: string; claimantId: string }> = gql`
  mutation ClaimItem($id: ID!, $claimantId: ID!) {
    claimItem(id: $id, claimantId: $claimantId) {
      ...StationItemFields
    }
  }
  ${ITEM_FIELDS}
`;

export const HAND_OVER_ITEM: TypedDocumentNode<{ handOverItem: ItemRow }, { id: string }> = gql`
  mutation HandOverItem($id: ID!) {
    handOverItem(id: $id) {
      ...StationItemFields
    }
  }
  ${ITEM_FIELDS}
`;

export const WITHDRAW_ITEM: TypedDocumentNode<{ withdrawItem: ItemRow }, { id: string }> = gql`
  mutation WithdrawItem($id: ID!) {
    withdrawItem(id: $id) {
      ...StationItemFields
    }
  }
  ${ITEM_FIELDS}
`;

// ---- visitor log ----

export interface VisitorEntryRow {
  id: string;
  visitedOn: string;
  group: VisitorGroup;
  visitors: number;
  note: string | null;
  recordedAt: string;
  zone: { id: string; name: string; kind: ZoneKind };
  recordedBy: { id: string; name: string } | null;
}

const VISITOR_ENTRY_FIELDS = gql`
  fragment StationVisitorEntryFields on VisitorLogEntry {
    id
    visitedOn
    group
    visitors
    note
    recordedAt
    zone {
      id
      name
      kind
    }
    recordedBy {
      id
      name
    }
  }
`;

export interface VisitorLogData {
  visitorLog: {
    edges: Array<{ cursor: string; node: VisitorEntryRow }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    totalCount: number;
  };
}

export const VISITOR_LOG: TypedDocumentNode<VisitorLogData, { zoneId?: string | null; first: number; after?: string | null }> = gql`
  query VisitorLog($zoneId: ID, $first: Int!, $after: String) {
    visitorLog(zoneId: $zoneId, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...StationVisitorEntryFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
  ${VISITOR_ENTRY_FIELDS}
`;

export interface VisitorSummaryRow {
  month: string;
  zone: { id: string; name: string; kind: ZoneKind };
  group: VisitorGroup;
  visitors: number;
}

export const VISITOR_SUMMARY: TypedDocumentNode<{ visitorSummary: VisitorSummaryRow[] }, { fromMonth: string; toMonth: string }> = gql`
  query VisitorSummary($fromMonth: String!, $toMonth: String!) {
    visitorSummary(fromMonth: $fromMonth, toMonth: $toMonth) {
      month
      zone {
        id
        name
        kind
      }
      group
      visitors
    }
  }
`;

export const RECORD_VISITORS: TypedDocumentNode<
  { recordVisitors: VisitorEntryRow },
  { input: { zoneId: string; visitedOn: string; group: VisitorGroup; visitors: number; note?: string | null } }
> = gql`
  mutation RecordVisitors($input: RecordVisitorsInput!) {
    recordVisitors(input: $input) {
      ...StationVisitorEntryFields
    }
  }
  ${VISITOR_ENTRY_FIELDS}
`;

export const DELETE_VISITOR_ENTRY: TypedDocumentNode<{ deleteVisitorLogEntry: boolean }, { id: string }> = gql`
  mutation DeleteVisitorLogEntry($id: ID!) {
    deleteVisitorLogEntry(id: $id)
  }
`;
