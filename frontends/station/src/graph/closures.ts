import { graphql } from "../gql";
import type { ZoneClosuresQuery } from "../gql/graphql";

export const ZONE_CLOSURES = graphql(`
  query ZoneClosures($from: DateTime!, $to: DateTime!, $zoneId: ID, $communityId: ID) {
    zoneClosures(from: $from, to: $to, zoneId: $zoneId, communityId: $communityId) {
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
