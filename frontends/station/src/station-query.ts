import { graphql } from "./gql";
import type { StationItemFieldsFragment, StationVisitorEntryFieldsFragment, VisitorSummaryQuery, ZoneClosuresQuery } from "./gql/graphql";

export type ItemRow = StationItemFieldsFragment;
export type VisitorEntryRow = StationVisitorEntryFieldsFragment;

// ---- closures ----

export const ZONE_CLOSURES = graphql(`
  query ZoneClosures($from: DateTime!, $to: DateTime!, $zoneId: ID) {
    zoneClosures(from: $from, to: $to, zoneId: $zoneId) {
      ...StationClosureFields
      zone {
        id
        name
        kind
      }
    }
  }
`);

export type ClosureWithZone = ZoneClosuresQuery["zoneClosures"][number];

export const CLOSE_ZONE = graphql(`
  mutation CloseZone($zoneId: ID!, $from: DateTime!, $to: DateTime!, $reason: String!) {
    closeZone(zoneId: $zoneId, from: $from, to: $to, reason: $reason) {
      id
    }
  }
`);

export const REOPEN_ZONE = graphql(`
  mutation ReopenZone($closureId: ID!) {
    reopenZone(closureId: $closureId) {
      ...StationClosureFields
    }
  }
`);

// ---- 百宝箱 ----

graphql(`
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
`);

export const EXCHANGE_ITEMS = graphql(`
  query ExchangeItems($status: ItemStatus, $first: Int!) {
    exchangeItems(status: $status, first: $first) {
      ...StationItemFields
    }
  }
`);

export const POST_ITEM = graphql(`
  mutation PostItem($input: PostItemInput!) {
    postItem(input: $input) {
      ...StationItemFields
    }
  }
`);

export const CLAIM_ITEM = graphql(`
  mutation ClaimItem($id: ID!, $claimantId: ID!) {
    claimItem(id: $id, claimantId: $claimantId) {
      ...StationItemFields
    }
  }
`);

export const HAND_OVER_ITEM = graphql(`
  mutation HandOverItem($id: ID!) {
    handOverItem(id: $id) {
      ...StationItemFields
    }
  }
`);

export const WITHDRAW_ITEM = graphql(`
  mutation WithdrawItem($id: ID!) {
    withdrawItem(id: $id) {
      ...StationItemFields
    }
  }
`);

// ---- visitor log ----

graphql(`
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
`);

export const VISITOR_LOG = graphql(`
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
`);

export const VISITOR_SUMMARY = graphql(`
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
`);

export type VisitorSummaryRow = VisitorSummaryQuery["visitorSummary"][number];

export const RECORD_VISITORS = graphql(`
  mutation RecordVisitors($input: RecordVisitorsInput!) {
    recordVisitors(input: $input) {
      ...StationVisitorEntryFields
    }
  }
`);

export const DELETE_VISITOR_ENTRY = graphql(`
  mutation DeleteVisitorLogEntry($id: ID!) {
    deleteVisitorLogEntry(id: $id)
  }
`);
