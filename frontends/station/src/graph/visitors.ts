import { graphql } from "../gql";
import type { VisitorLogQuery, VisitorSummaryQuery } from "../gql/graphql";

/** An entry of the log: the counts for every reader, the note and its recorder for station staff only. */
export type VisitorEntryRow = VisitorLogQuery["visitorLog"]["edges"][number]["node"];

graphql(`
  fragment StationVisitorEntryFields on VisitorLogEntry {
    id
    visitedOn
    group
    visitors
    recordedAt
    zone {
      id
      name
      kind
    }
  }
`);

/**
 * The log, newest first. The notes ("外卖骑手王师傅常来充电") and who recorded an entry are the station staff's
 * (READ_POLICY.VisitorLogEntry): asked for only with `withNotes`, so the community's offices read the counts.
 */
export const VISITOR_LOG = graphql(`
  query VisitorLog($zoneId: ID, $first: Int!, $after: String, $withNotes: Boolean!, $communityId: ID) {
    visitorLog(zoneId: $zoneId, first: $first, after: $after, communityId: $communityId) {
      edges {
        cursor
        node {
          ...StationVisitorEntryFields
          note @include(if: $withNotes)
          recordedBy @include(if: $withNotes) {
            id
            name
          }
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
  query VisitorSummary($fromMonth: String!, $toMonth: String!, $communityId: ID) {
    visitorSummary(fromMonth: $fromMonth, toMonth: $toMonth, communityId: $communityId) {
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
      note
      recordedBy {
        id
        name
      }
    }
  }
`);

export const DELETE_VISITOR_ENTRY = graphql(`
  mutation DeleteVisitorLogEntry($id: ID!) {
    deleteVisitorLogEntry(id: $id)
  }
`);
