import { graphql } from "../gql";
import type { StationVisitorEntryFieldsFragment, VisitorSummaryQuery } from "../gql/graphql";

export type VisitorEntryRow = StationVisitorEntryFieldsFragment;

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
