/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query PendingBookings($first: Int!, $after: String, $communityId: ID) {\n    pendingBookings(first: $first, after: $after, communityId: $communityId) {\n      edges {\n        cursor\n        node {\n          ...StationBookingFields\n          zone {\n            id\n            name\n            kind\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.PendingBookingsDocument,
    "\n  query StationPendingCount($communityId: ID) {\n    pendingBookings(first: 1, communityId: $communityId) {\n      totalCount\n    }\n  }\n": typeof types.StationPendingCountDocument,
    "\n  query MyBookings($first: Int!, $after: String, $includePast: Boolean!) {\n    myBookings(first: $first, after: $after, includePast: $includePast) {\n      edges {\n        cursor\n        node {\n          ...StationBookingFields\n          zone {\n            id\n            name\n            kind\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.MyBookingsDocument,
    "\n  query DayBookings($from: DateTime!, $to: DateTime!, $communityId: ID) {\n    zones(communityId: $communityId) {\n      id\n      name\n      kind\n      requiresApproval\n      bookings(from: $from, to: $to) {\n        ...StationBookingFields\n      }\n    }\n  }\n": typeof types.DayBookingsDocument,
    "\n  query ConflictingBooking($id: ID!) {\n    booking(id: $id) {\n      id\n      title\n      startsAt\n      endsAt\n    }\n  }\n": typeof types.ConflictingBookingDocument,
    "\n  mutation BookZone($input: BookZoneInput!) {\n    bookZone(input: $input) {\n      ...StationBookingFields\n    }\n  }\n": typeof types.BookZoneDocument,
    "\n  mutation ApproveBooking($id: ID!) {\n    approveBooking(id: $id) {\n      ...StationBookingFields\n    }\n  }\n": typeof types.ApproveBookingDocument,
    "\n  mutation RejectBooking($id: ID!, $reason: String!) {\n    rejectBooking(id: $id, reason: $reason) {\n      ...StationBookingFields\n    }\n  }\n": typeof types.RejectBookingDocument,
    "\n  mutation CancelBooking($id: ID!) {\n    cancelBooking(id: $id) {\n      ...StationBookingFields\n    }\n  }\n": typeof types.CancelBookingDocument,
    "\n  mutation CheckInBooking($id: ID!) {\n    checkInBooking(id: $id) {\n      ...StationBookingFields\n    }\n  }\n": typeof types.CheckInBookingDocument,
    "\n  mutation SweepNoShows {\n    sweepNoShows\n  }\n": typeof types.SweepNoShowsDocument,
    "\n  query ZoneClosures($from: DateTime!, $to: DateTime!, $zoneId: ID, $communityId: ID) {\n    zoneClosures(from: $from, to: $to, zoneId: $zoneId, communityId: $communityId) {\n      ...StationClosureFields\n      zone {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.ZoneClosuresDocument,
    "\n  mutation CloseZone($zoneId: ID!, $from: DateTime!, $to: DateTime!, $reason: String!) {\n    closeZone(zoneId: $zoneId, from: $from, to: $to, reason: $reason) {\n      id\n    }\n  }\n": typeof types.CloseZoneDocument,
    "\n  mutation ReopenZone($closureId: ID!) {\n    reopenZone(closureId: $closureId) {\n      ...StationClosureFields\n    }\n  }\n": typeof types.ReopenZoneDocument,
    "\n  fragment StationItemFields on ExchangeItem {\n    id\n    title\n    description\n    status\n    postedAt\n    claimedAt\n    closedAt\n    owner {\n      id\n      name\n    }\n    claimant {\n      id\n      name\n    }\n  }\n": typeof types.StationItemFieldsFragmentDoc,
    "\n  query ExchangeItems($status: ItemStatus, $first: Int!, $communityId: ID) {\n    exchangeItems(status: $status, first: $first, communityId: $communityId) {\n      ...StationItemFields\n    }\n  }\n": typeof types.ExchangeItemsDocument,
    "\n  mutation PostItem($input: PostItemInput!) {\n    postItem(input: $input) {\n      ...StationItemFields\n    }\n  }\n": typeof types.PostItemDocument,
    "\n  mutation ClaimItem($id: ID!, $claimantId: ID!) {\n    claimItem(id: $id, claimantId: $claimantId) {\n      ...StationItemFields\n    }\n  }\n": typeof types.ClaimItemDocument,
    "\n  mutation HandOverItem($id: ID!) {\n    handOverItem(id: $id) {\n      ...StationItemFields\n    }\n  }\n": typeof types.HandOverItemDocument,
    "\n  mutation WithdrawItem($id: ID!) {\n    withdrawItem(id: $id) {\n      ...StationItemFields\n    }\n  }\n": typeof types.WithdrawItemDocument,
    "\n  fragment StationZoneFields on Zone {\n    id\n    name\n    kind\n    capacity\n    exclusive\n    requiresApproval\n  }\n": typeof types.StationZoneFieldsFragmentDoc,
    "\n  fragment StationBookingFields on Booking {\n    id\n    title\n    startsAt\n    endsAt\n    attendees\n    status\n    seriesId\n    decisionNote\n    checkedInAt\n    createdAt\n    organiser {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n  }\n": typeof types.StationBookingFieldsFragmentDoc,
    "\n  fragment StationClosureFields on ZoneClosure {\n    id\n    startsAt\n    endsAt\n    reason\n    reopenedAt\n    createdAt\n  }\n": typeof types.StationClosureFieldsFragmentDoc,
    "\n  query StationPeople($search: String!, $first: Int!) {\n    people(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.StationPeopleDocument,
    "\n  query StationTeams($communityId: ID) {\n    volunteerTeams(communityId: $communityId) {\n      id\n      name\n    }\n  }\n": typeof types.StationTeamsDocument,
    "\n  query ZoneSettings($id: ID!) {\n    zone(id: $id) {\n      ...StationZoneSettingsFields\n    }\n  }\n": typeof types.ZoneSettingsDocument,
    "\n  fragment StationZoneSettingsFields on Zone {\n    id\n    name\n    kind\n    capacity\n    exclusive\n    requiresApproval\n    minMinutes\n    maxMinutes\n    bufferMinutes\n    minNoticeHours\n    maxDaysAhead\n    openingHours {\n      weekday\n      opens\n      closes\n    }\n  }\n": typeof types.StationZoneSettingsFieldsFragmentDoc,
    "\n  mutation UpdateZoneSettings($id: ID!, $input: ZoneSettingsInput!) {\n    updateZone(id: $id, input: $input) {\n      ...StationZoneSettingsFields\n    }\n  }\n": typeof types.UpdateZoneSettingsDocument,
    "\n  mutation UpdateBooking($id: ID!, $startsAt: DateTime!, $endsAt: DateTime!, $attendees: Int!) {\n    updateBooking(id: $id, startsAt: $startsAt, endsAt: $endsAt, attendees: $attendees) {\n      ...StationBookingFields\n    }\n  }\n": typeof types.UpdateBookingDocument,
    "\n  mutation CancelSeries($seriesId: ID!, $from: DateTime!) {\n    cancelSeries(seriesId: $seriesId, from: $from) {\n      id\n      status\n    }\n  }\n": typeof types.CancelSeriesDocument,
    "\n  mutation BookSeries($input: BookZoneInput!, $skipConflicts: Boolean!) {\n    bookSeries(input: $input, skipConflicts: $skipConflicts) {\n      bookings {\n        ...StationBookingFields\n      }\n      skipped\n    }\n  }\n": typeof types.BookSeriesDocument,
    "\n  mutation JoinWaitlist($zoneId: ID!, $startsAt: DateTime!, $endsAt: DateTime!, $attendees: Int!) {\n    joinWaitlist(zoneId: $zoneId, startsAt: $startsAt, endsAt: $endsAt, attendees: $attendees) {\n      id\n      startsAt\n      endsAt\n    }\n  }\n": typeof types.JoinWaitlistDocument,
    "\n  query ZoneWaitlist($zoneId: ID!, $from: DateTime!, $to: DateTime!) {\n    waitlist(zoneId: $zoneId, from: $from, to: $to) {\n      id\n      startsAt\n      endsAt\n      attendees\n      person {\n        id\n        name\n      }\n      booking {\n        id\n        status\n      }\n    }\n  }\n": typeof types.ZoneWaitlistDocument,
    "\n  mutation ResetZoneCalendarFeed {\n    resetZoneCalendarFeed\n  }\n": typeof types.ResetZoneCalendarFeedDocument,
    "\n  fragment StationVisitorEntryFields on VisitorLogEntry {\n    id\n    visitedOn\n    group\n    visitors\n    recordedAt\n    zone {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.StationVisitorEntryFieldsFragmentDoc,
    "\n  query VisitorLog($zoneId: ID, $first: Int!, $after: String, $withNotes: Boolean!, $communityId: ID) {\n    visitorLog(zoneId: $zoneId, first: $first, after: $after, communityId: $communityId) {\n      edges {\n        cursor\n        node {\n          ...StationVisitorEntryFields\n          note @include(if: $withNotes)\n          recordedBy @include(if: $withNotes) {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.VisitorLogDocument,
    "\n  query VisitorSummary($fromMonth: String!, $toMonth: String!, $communityId: ID) {\n    visitorSummary(fromMonth: $fromMonth, toMonth: $toMonth, communityId: $communityId) {\n      month\n      zone {\n        id\n        name\n        kind\n      }\n      group\n      visitors\n    }\n  }\n": typeof types.VisitorSummaryDocument,
    "\n  mutation RecordVisitors($input: RecordVisitorsInput!) {\n    recordVisitors(input: $input) {\n      ...StationVisitorEntryFields\n      note\n      recordedBy {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RecordVisitorsDocument,
    "\n  mutation DeleteVisitorLogEntry($id: ID!) {\n    deleteVisitorLogEntry(id: $id)\n  }\n": typeof types.DeleteVisitorLogEntryDocument,
    "\n  query Zones($communityId: ID) {\n    zones(communityId: $communityId) {\n      ...StationZoneFields\n    }\n  }\n": typeof types.ZonesDocument,
    "\n  query ZoneUtilisation($from: DateTime!, $to: DateTime!, $communityId: ID) {\n    zoneUtilisation(from: $from, to: $to, communityId: $communityId) {\n      zone {\n        id\n        name\n        kind\n      }\n      openMinutes\n      bookedMinutes\n      rate\n    }\n  }\n": typeof types.ZoneUtilisationDocument,
    "\n  query ZoneWeek($id: ID!, $from: DateTime!, $to: DateTime!) {\n    zone(id: $id) {\n      ...StationZoneFields\n      minMinutes\n      maxMinutes\n      bufferMinutes\n      minNoticeHours\n      maxDaysAhead\n      openingHours {\n        weekday\n        opens\n        closes\n      }\n      bookings(from: $from, to: $to) {\n        ...StationBookingFields\n      }\n      closures(from: $from, to: $to) {\n        ...StationClosureFields\n      }\n    }\n  }\n": typeof types.ZoneWeekDocument,
    "\n  query ZoneFreeSlots($id: ID!, $date: String!) {\n    zone(id: $id) {\n      id\n      freeSlots(date: $date) {\n        startsAt\n        endsAt\n        freeCapacity\n      }\n    }\n  }\n": typeof types.ZoneFreeSlotsDocument,
};
const documents: Documents = {
    "\n  query PendingBookings($first: Int!, $after: String, $communityId: ID) {\n    pendingBookings(first: $first, after: $after, communityId: $communityId) {\n      edges {\n        cursor\n        node {\n          ...StationBookingFields\n          zone {\n            id\n            name\n            kind\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.PendingBookingsDocument,
    "\n  query StationPendingCount($communityId: ID) {\n    pendingBookings(first: 1, communityId: $communityId) {\n      totalCount\n    }\n  }\n": types.StationPendingCountDocument,
    "\n  query MyBookings($first: Int!, $after: String, $includePast: Boolean!) {\n    myBookings(first: $first, after: $after, includePast: $includePast) {\n      edges {\n        cursor\n        node {\n          ...StationBookingFields\n          zone {\n            id\n            name\n            kind\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.MyBookingsDocument,
    "\n  query DayBookings($from: DateTime!, $to: DateTime!, $communityId: ID) {\n    zones(communityId: $communityId) {\n      id\n      name\n      kind\n      requiresApproval\n      bookings(from: $from, to: $to) {\n        ...StationBookingFields\n      }\n    }\n  }\n": types.DayBookingsDocument,
    "\n  query ConflictingBooking($id: ID!) {\n    booking(id: $id) {\n      id\n      title\n      startsAt\n      endsAt\n    }\n  }\n": types.ConflictingBookingDocument,
    "\n  mutation BookZone($input: BookZoneInput!) {\n    bookZone(input: $input) {\n      ...StationBookingFields\n    }\n  }\n": types.BookZoneDocument,
    "\n  mutation ApproveBooking($id: ID!) {\n    approveBooking(id: $id) {\n      ...StationBookingFields\n    }\n  }\n": types.ApproveBookingDocument,
    "\n  mutation RejectBooking($id: ID!, $reason: String!) {\n    rejectBooking(id: $id, reason: $reason) {\n      ...StationBookingFields\n    }\n  }\n": types.RejectBookingDocument,
    "\n  mutation CancelBooking($id: ID!) {\n    cancelBooking(id: $id) {\n      ...StationBookingFields\n    }\n  }\n": types.CancelBookingDocument,
    "\n  mutation CheckInBooking($id: ID!) {\n    checkInBooking(id: $id) {\n      ...StationBookingFields\n    }\n  }\n": types.CheckInBookingDocument,
    "\n  mutation SweepNoShows {\n    sweepNoShows\n  }\n": types.SweepNoShowsDocument,
    "\n  query ZoneClosures($from: DateTime!, $to: DateTime!, $zoneId: ID, $communityId: ID) {\n    zoneClosures(from: $from, to: $to, zoneId: $zoneId, communityId: $communityId) {\n      ...StationClosureFields\n      zone {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.ZoneClosuresDocument,
    "\n  mutation CloseZone($zoneId: ID!, $from: DateTime!, $to: DateTime!, $reason: String!) {\n    closeZone(zoneId: $zoneId, from: $from, to: $to, reason: $reason) {\n      id\n    }\n  }\n": types.CloseZoneDocument,
    "\n  mutation ReopenZone($closureId: ID!) {\n    reopenZone(closureId: $closureId) {\n      ...StationClosureFields\n    }\n  }\n": types.ReopenZoneDocument,
    "\n  fragment StationItemFields on ExchangeItem {\n    id\n    title\n    description\n    status\n    postedAt\n    claimedAt\n    closedAt\n    owner {\n      id\n      name\n    }\n    claimant {\n      id\n      name\n    }\n  }\n": types.StationItemFieldsFragmentDoc,
    "\n  query ExchangeItems($status: ItemStatus, $first: Int!, $communityId: ID) {\n    exchangeItems(status: $status, first: $first, communityId: $communityId) {\n      ...StationItemFields\n    }\n  }\n": types.ExchangeItemsDocument,
    "\n  mutation PostItem($input: PostItemInput!) {\n    postItem(input: $input) {\n      ...StationItemFields\n    }\n  }\n": types.PostItemDocument,
    "\n  mutation ClaimItem($id: ID!, $claimantId: ID!) {\n    claimItem(id: $id, claimantId: $claimantId) {\n      ...StationItemFields\n    }\n  }\n": types.ClaimItemDocument,
    "\n  mutation HandOverItem($id: ID!) {\n    handOverItem(id: $id) {\n      ...StationItemFields\n    }\n  }\n": types.HandOverItemDocument,
    "\n  mutation WithdrawItem($id: ID!) {\n    withdrawItem(id: $id) {\n      ...StationItemFields\n    }\n  }\n": types.WithdrawItemDocument,
    "\n  fragment StationZoneFields on Zone {\n    id\n    name\n    kind\n    capacity\n    exclusive\n    requiresApproval\n  }\n": types.StationZoneFieldsFragmentDoc,
    "\n  fragment StationBookingFields on Booking {\n    id\n    title\n    startsAt\n    endsAt\n    attendees\n    status\n    seriesId\n    decisionNote\n    checkedInAt\n    createdAt\n    organiser {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n  }\n": types.StationBookingFieldsFragmentDoc,
    "\n  fragment StationClosureFields on ZoneClosure {\n    id\n    startsAt\n    endsAt\n    reason\n    reopenedAt\n    createdAt\n  }\n": types.StationClosureFieldsFragmentDoc,
    "\n  query StationPeople($search: String!, $first: Int!) {\n    people(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.StationPeopleDocument,
    "\n  query StationTeams($communityId: ID) {\n    volunteerTeams(communityId: $communityId) {\n      id\n      name\n    }\n  }\n": types.StationTeamsDocument,
    "\n  query ZoneSettings($id: ID!) {\n    zone(id: $id) {\n      ...StationZoneSettingsFields\n    }\n  }\n": types.ZoneSettingsDocument,
    "\n  fragment StationZoneSettingsFields on Zone {\n    id\n    name\n    kind\n    capacity\n    exclusive\n    requiresApproval\n    minMinutes\n    maxMinutes\n    bufferMinutes\n    minNoticeHours\n    maxDaysAhead\n    openingHours {\n      weekday\n      opens\n      closes\n    }\n  }\n": types.StationZoneSettingsFieldsFragmentDoc,
    "\n  mutation UpdateZoneSettings($id: ID!, $input: ZoneSettingsInput!) {\n    updateZone(id: $id, input: $input) {\n      ...StationZoneSettingsFields\n    }\n  }\n": types.UpdateZoneSettingsDocument,
    "\n  mutation UpdateBooking($id: ID!, $startsAt: DateTime!, $endsAt: DateTime!, $attendees: Int!) {\n    updateBooking(id: $id, startsAt: $startsAt, endsAt: $endsAt, attendees: $attendees) {\n      ...StationBookingFields\n    }\n  }\n": types.UpdateBookingDocument,
    "\n  mutation CancelSeries($seriesId: ID!, $from: DateTime!) {\n    cancelSeries(seriesId: $seriesId, from: $from) {\n      id\n      status\n    }\n  }\n": types.CancelSeriesDocument,
    "\n  mutation BookSeries($input: BookZoneInput!, $skipConflicts: Boolean!) {\n    bookSeries(input: $input, skipConflicts: $skipConflicts) {\n      bookings {\n        ...StationBookingFields\n      }\n      skipped\n    }\n  }\n": types.BookSeriesDocument,
    "\n  mutation JoinWaitlist($zoneId: ID!, $startsAt: DateTime!, $endsAt: DateTime!, $attendees: Int!) {\n    joinWaitlist(zoneId: $zoneId, startsAt: $startsAt, endsAt: $endsAt, attendees: $attendees) {\n      id\n      startsAt\n      endsAt\n    }\n  }\n": types.JoinWaitlistDocument,
    "\n  query ZoneWaitlist($zoneId: ID!, $from: DateTime!, $to: DateTime!) {\n    waitlist(zoneId: $zoneId, from: $from, to: $to) {\n      id\n      startsAt\n      endsAt\n      attendees\n      person {\n        id\n        name\n      }\n      booking {\n        id\n        status\n      }\n    }\n  }\n": types.ZoneWaitlistDocument,
    "\n  mutation ResetZoneCalendarFeed {\n    resetZoneCalendarFeed\n  }\n": types.ResetZoneCalendarFeedDocument,
    "\n  fragment StationVisitorEntryFields on VisitorLogEntry {\n    id\n    visitedOn\n    group\n    visitors\n    recordedAt\n    zone {\n      id\n      name\n      kind\n    }\n  }\n": types.StationVisitorEntryFieldsFragmentDoc,
    "\n  query VisitorLog($zoneId: ID, $first: Int!, $after: String, $withNotes: Boolean!, $communityId: ID) {\n    visitorLog(zoneId: $zoneId, first: $first, after: $after, communityId: $communityId) {\n      edges {\n        cursor\n        node {\n          ...StationVisitorEntryFields\n          note @include(if: $withNotes)\n          recordedBy @include(if: $withNotes) {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.VisitorLogDocument,
    "\n  query VisitorSummary($fromMonth: String!, $toMonth: String!, $communityId: ID) {\n    visitorSummary(fromMonth: $fromMonth, toMonth: $toMonth, communityId: $communityId) {\n      month\n      zone {\n        id\n        name\n        kind\n      }\n      group\n      visitors\n    }\n  }\n": types.VisitorSummaryDocument,
    "\n  mutation RecordVisitors($input: RecordVisitorsInput!) {\n    recordVisitors(input: $input) {\n      ...StationVisitorEntryFields\n      note\n      recordedBy {\n        id\n        name\n      }\n    }\n  }\n": types.RecordVisitorsDocument,
    "\n  mutation DeleteVisitorLogEntry($id: ID!) {\n    deleteVisitorLogEntry(id: $id)\n  }\n": types.DeleteVisitorLogEntryDocument,
    "\n  query Zones($communityId: ID) {\n    zones(communityId: $communityId) {\n      ...StationZoneFields\n    }\n  }\n": types.ZonesDocument,
    "\n  query ZoneUtilisation($from: DateTime!, $to: DateTime!, $communityId: ID) {\n    zoneUtilisation(from: $from, to: $to, communityId: $communityId) {\n      zone {\n        id\n        name\n        kind\n      }\n      openMinutes\n      bookedMinutes\n      rate\n    }\n  }\n": types.ZoneUtilisationDocument,
    "\n  query ZoneWeek($id: ID!, $from: DateTime!, $to: DateTime!) {\n    zone(id: $id) {\n      ...StationZoneFields\n      minMinutes\n      maxMinutes\n      bufferMinutes\n      minNoticeHours\n      maxDaysAhead\n      openingHours {\n        weekday\n        opens\n        closes\n      }\n      bookings(from: $from, to: $to) {\n        ...StationBookingFields\n      }\n      closures(from: $from, to: $to) {\n        ...StationClosureFields\n      }\n    }\n  }\n": types.ZoneWeekDocument,
    "\n  query ZoneFreeSlots($id: ID!, $date: String!) {\n    zone(id: $id) {\n      id\n      freeSlots(date: $date) {\n        startsAt\n        endsAt\n        freeCapacity\n      }\n    }\n  }\n": types.ZoneFreeSlotsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingBookings($first: Int!, $after: String, $communityId: ID) {\n    pendingBookings(first: $first, after: $after, communityId: $communityId) {\n      edges {\n        cursor\n        node {\n          ...StationBookingFields\n          zone {\n            id\n            name\n            kind\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query PendingBookings($first: Int!, $after: String, $communityId: ID) {\n    pendingBookings(first: $first, after: $after, communityId: $communityId) {\n      edges {\n        cursor\n        node {\n          ...StationBookingFields\n          zone {\n            id\n            name\n            kind\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StationPendingCount($communityId: ID) {\n    pendingBookings(first: 1, communityId: $communityId) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query StationPendingCount($communityId: ID) {\n    pendingBookings(first: 1, communityId: $communityId) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyBookings($first: Int!, $after: String, $includePast: Boolean!) {\n    myBookings(first: $first, after: $after, includePast: $includePast) {\n      edges {\n        cursor\n        node {\n          ...StationBookingFields\n          zone {\n            id\n            name\n            kind\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query MyBookings($first: Int!, $after: String, $includePast: Boolean!) {\n    myBookings(first: $first, after: $after, includePast: $includePast) {\n      edges {\n        cursor\n        node {\n          ...StationBookingFields\n          zone {\n            id\n            name\n            kind\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DayBookings($from: DateTime!, $to: DateTime!, $communityId: ID) {\n    zones(communityId: $communityId) {\n      id\n      name\n      kind\n      requiresApproval\n      bookings(from: $from, to: $to) {\n        ...StationBookingFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query DayBookings($from: DateTime!, $to: DateTime!, $communityId: ID) {\n    zones(communityId: $communityId) {\n      id\n      name\n      kind\n      requiresApproval\n      bookings(from: $from, to: $to) {\n        ...StationBookingFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConflictingBooking($id: ID!) {\n    booking(id: $id) {\n      id\n      title\n      startsAt\n      endsAt\n    }\n  }\n"): (typeof documents)["\n  query ConflictingBooking($id: ID!) {\n    booking(id: $id) {\n      id\n      title\n      startsAt\n      endsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookZone($input: BookZoneInput!) {\n    bookZone(input: $input) {\n      ...StationBookingFields\n    }\n  }\n"): (typeof documents)["\n  mutation BookZone($input: BookZoneInput!) {\n    bookZone(input: $input) {\n      ...StationBookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveBooking($id: ID!) {\n    approveBooking(id: $id) {\n      ...StationBookingFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveBooking($id: ID!) {\n    approveBooking(id: $id) {\n      ...StationBookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectBooking($id: ID!, $reason: String!) {\n    rejectBooking(id: $id, reason: $reason) {\n      ...StationBookingFields\n    }\n  }\n"): (typeof documents)["\n  mutation RejectBooking($id: ID!, $reason: String!) {\n    rejectBooking(id: $id, reason: $reason) {\n      ...StationBookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelBooking($id: ID!) {\n    cancelBooking(id: $id) {\n      ...StationBookingFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelBooking($id: ID!) {\n    cancelBooking(id: $id) {\n      ...StationBookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckInBooking($id: ID!) {\n    checkInBooking(id: $id) {\n      ...StationBookingFields\n    }\n  }\n"): (typeof documents)["\n  mutation CheckInBooking($id: ID!) {\n    checkInBooking(id: $id) {\n      ...StationBookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SweepNoShows {\n    sweepNoShows\n  }\n"): (typeof documents)["\n  mutation SweepNoShows {\n    sweepNoShows\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ZoneClosures($from: DateTime!, $to: DateTime!, $zoneId: ID, $communityId: ID) {\n    zoneClosures(from: $from, to: $to, zoneId: $zoneId, communityId: $communityId) {\n      ...StationClosureFields\n      zone {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query ZoneClosures($from: DateTime!, $to: DateTime!, $zoneId: ID, $communityId: ID) {\n    zoneClosures(from: $from, to: $to, zoneId: $zoneId, communityId: $communityId) {\n      ...StationClosureFields\n      zone {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseZone($zoneId: ID!, $from: DateTime!, $to: DateTime!, $reason: String!) {\n    closeZone(zoneId: $zoneId, from: $from, to: $to, reason: $reason) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CloseZone($zoneId: ID!, $from: DateTime!, $to: DateTime!, $reason: String!) {\n    closeZone(zoneId: $zoneId, from: $from, to: $to, reason: $reason) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenZone($closureId: ID!) {\n    reopenZone(closureId: $closureId) {\n      ...StationClosureFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenZone($closureId: ID!) {\n    reopenZone(closureId: $closureId) {\n      ...StationClosureFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StationItemFields on ExchangeItem {\n    id\n    title\n    description\n    status\n    postedAt\n    claimedAt\n    closedAt\n    owner {\n      id\n      name\n    }\n    claimant {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment StationItemFields on ExchangeItem {\n    id\n    title\n    description\n    status\n    postedAt\n    claimedAt\n    closedAt\n    owner {\n      id\n      name\n    }\n    claimant {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExchangeItems($status: ItemStatus, $first: Int!, $communityId: ID) {\n    exchangeItems(status: $status, first: $first, communityId: $communityId) {\n      ...StationItemFields\n    }\n  }\n"): (typeof documents)["\n  query ExchangeItems($status: ItemStatus, $first: Int!, $communityId: ID) {\n    exchangeItems(status: $status, first: $first, communityId: $communityId) {\n      ...StationItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostItem($input: PostItemInput!) {\n    postItem(input: $input) {\n      ...StationItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation PostItem($input: PostItemInput!) {\n    postItem(input: $input) {\n      ...StationItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimItem($id: ID!, $claimantId: ID!) {\n    claimItem(id: $id, claimantId: $claimantId) {\n      ...StationItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimItem($id: ID!, $claimantId: ID!) {\n    claimItem(id: $id, claimantId: $claimantId) {\n      ...StationItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandOverItem($id: ID!) {\n    handOverItem(id: $id) {\n      ...StationItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation HandOverItem($id: ID!) {\n    handOverItem(id: $id) {\n      ...StationItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawItem($id: ID!) {\n    withdrawItem(id: $id) {\n      ...StationItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawItem($id: ID!) {\n    withdrawItem(id: $id) {\n      ...StationItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StationZoneFields on Zone {\n    id\n    name\n    kind\n    capacity\n    exclusive\n    requiresApproval\n  }\n"): (typeof documents)["\n  fragment StationZoneFields on Zone {\n    id\n    name\n    kind\n    capacity\n    exclusive\n    requiresApproval\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StationBookingFields on Booking {\n    id\n    title\n    startsAt\n    endsAt\n    attendees\n    status\n    seriesId\n    decisionNote\n    checkedInAt\n    createdAt\n    organiser {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment StationBookingFields on Booking {\n    id\n    title\n    startsAt\n    endsAt\n    attendees\n    status\n    seriesId\n    decisionNote\n    checkedInAt\n    createdAt\n    organiser {\n      id\n      name\n    }\n    team {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StationClosureFields on ZoneClosure {\n    id\n    startsAt\n    endsAt\n    reason\n    reopenedAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment StationClosureFields on ZoneClosure {\n    id\n    startsAt\n    endsAt\n    reason\n    reopenedAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StationPeople($search: String!, $first: Int!) {\n    people(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StationPeople($search: String!, $first: Int!) {\n    people(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StationTeams($communityId: ID) {\n    volunteerTeams(communityId: $communityId) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query StationTeams($communityId: ID) {\n    volunteerTeams(communityId: $communityId) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ZoneSettings($id: ID!) {\n    zone(id: $id) {\n      ...StationZoneSettingsFields\n    }\n  }\n"): (typeof documents)["\n  query ZoneSettings($id: ID!) {\n    zone(id: $id) {\n      ...StationZoneSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StationZoneSettingsFields on Zone {\n    id\n    name\n    kind\n    capacity\n    exclusive\n    requiresApproval\n    minMinutes\n    maxMinutes\n    bufferMinutes\n    minNoticeHours\n    maxDaysAhead\n    openingHours {\n      weekday\n      opens\n      closes\n    }\n  }\n"): (typeof documents)["\n  fragment StationZoneSettingsFields on Zone {\n    id\n    name\n    kind\n    capacity\n    exclusive\n    requiresApproval\n    minMinutes\n    maxMinutes\n    bufferMinutes\n    minNoticeHours\n    maxDaysAhead\n    openingHours {\n      weekday\n      opens\n      closes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateZoneSettings($id: ID!, $input: ZoneSettingsInput!) {\n    updateZone(id: $id, input: $input) {\n      ...StationZoneSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateZoneSettings($id: ID!, $input: ZoneSettingsInput!) {\n    updateZone(id: $id, input: $input) {\n      ...StationZoneSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBooking($id: ID!, $startsAt: DateTime!, $endsAt: DateTime!, $attendees: Int!) {\n    updateBooking(id: $id, startsAt: $startsAt, endsAt: $endsAt, attendees: $attendees) {\n      ...StationBookingFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBooking($id: ID!, $startsAt: DateTime!, $endsAt: DateTime!, $attendees: Int!) {\n    updateBooking(id: $id, startsAt: $startsAt, endsAt: $endsAt, attendees: $attendees) {\n      ...StationBookingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelSeries($seriesId: ID!, $from: DateTime!) {\n    cancelSeries(seriesId: $seriesId, from: $from) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CancelSeries($seriesId: ID!, $from: DateTime!) {\n    cancelSeries(seriesId: $seriesId, from: $from) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookSeries($input: BookZoneInput!, $skipConflicts: Boolean!) {\n    bookSeries(input: $input, skipConflicts: $skipConflicts) {\n      bookings {\n        ...StationBookingFields\n      }\n      skipped\n    }\n  }\n"): (typeof documents)["\n  mutation BookSeries($input: BookZoneInput!, $skipConflicts: Boolean!) {\n    bookSeries(input: $input, skipConflicts: $skipConflicts) {\n      bookings {\n        ...StationBookingFields\n      }\n      skipped\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinWaitlist($zoneId: ID!, $startsAt: DateTime!, $endsAt: DateTime!, $attendees: Int!) {\n    joinWaitlist(zoneId: $zoneId, startsAt: $startsAt, endsAt: $endsAt, attendees: $attendees) {\n      id\n      startsAt\n      endsAt\n    }\n  }\n"): (typeof documents)["\n  mutation JoinWaitlist($zoneId: ID!, $startsAt: DateTime!, $endsAt: DateTime!, $attendees: Int!) {\n    joinWaitlist(zoneId: $zoneId, startsAt: $startsAt, endsAt: $endsAt, attendees: $attendees) {\n      id\n      startsAt\n      endsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ZoneWaitlist($zoneId: ID!, $from: DateTime!, $to: DateTime!) {\n    waitlist(zoneId: $zoneId, from: $from, to: $to) {\n      id\n      startsAt\n      endsAt\n      attendees\n      person {\n        id\n        name\n      }\n      booking {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query ZoneWaitlist($zoneId: ID!, $from: DateTime!, $to: DateTime!) {\n    waitlist(zoneId: $zoneId, from: $from, to: $to) {\n      id\n      startsAt\n      endsAt\n      attendees\n      person {\n        id\n        name\n      }\n      booking {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetZoneCalendarFeed {\n    resetZoneCalendarFeed\n  }\n"): (typeof documents)["\n  mutation ResetZoneCalendarFeed {\n    resetZoneCalendarFeed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StationVisitorEntryFields on VisitorLogEntry {\n    id\n    visitedOn\n    group\n    visitors\n    recordedAt\n    zone {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment StationVisitorEntryFields on VisitorLogEntry {\n    id\n    visitedOn\n    group\n    visitors\n    recordedAt\n    zone {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisitorLog($zoneId: ID, $first: Int!, $after: String, $withNotes: Boolean!, $communityId: ID) {\n    visitorLog(zoneId: $zoneId, first: $first, after: $after, communityId: $communityId) {\n      edges {\n        cursor\n        node {\n          ...StationVisitorEntryFields\n          note @include(if: $withNotes)\n          recordedBy @include(if: $withNotes) {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query VisitorLog($zoneId: ID, $first: Int!, $after: String, $withNotes: Boolean!, $communityId: ID) {\n    visitorLog(zoneId: $zoneId, first: $first, after: $after, communityId: $communityId) {\n      edges {\n        cursor\n        node {\n          ...StationVisitorEntryFields\n          note @include(if: $withNotes)\n          recordedBy @include(if: $withNotes) {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisitorSummary($fromMonth: String!, $toMonth: String!, $communityId: ID) {\n    visitorSummary(fromMonth: $fromMonth, toMonth: $toMonth, communityId: $communityId) {\n      month\n      zone {\n        id\n        name\n        kind\n      }\n      group\n      visitors\n    }\n  }\n"): (typeof documents)["\n  query VisitorSummary($fromMonth: String!, $toMonth: String!, $communityId: ID) {\n    visitorSummary(fromMonth: $fromMonth, toMonth: $toMonth, communityId: $communityId) {\n      month\n      zone {\n        id\n        name\n        kind\n      }\n      group\n      visitors\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordVisitors($input: RecordVisitorsInput!) {\n    recordVisitors(input: $input) {\n      ...StationVisitorEntryFields\n      note\n      recordedBy {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordVisitors($input: RecordVisitorsInput!) {\n    recordVisitors(input: $input) {\n      ...StationVisitorEntryFields\n      note\n      recordedBy {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteVisitorLogEntry($id: ID!) {\n    deleteVisitorLogEntry(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteVisitorLogEntry($id: ID!) {\n    deleteVisitorLogEntry(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Zones($communityId: ID) {\n    zones(communityId: $communityId) {\n      ...StationZoneFields\n    }\n  }\n"): (typeof documents)["\n  query Zones($communityId: ID) {\n    zones(communityId: $communityId) {\n      ...StationZoneFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ZoneUtilisation($from: DateTime!, $to: DateTime!, $communityId: ID) {\n    zoneUtilisation(from: $from, to: $to, communityId: $communityId) {\n      zone {\n        id\n        name\n        kind\n      }\n      openMinutes\n      bookedMinutes\n      rate\n    }\n  }\n"): (typeof documents)["\n  query ZoneUtilisation($from: DateTime!, $to: DateTime!, $communityId: ID) {\n    zoneUtilisation(from: $from, to: $to, communityId: $communityId) {\n      zone {\n        id\n        name\n        kind\n      }\n      openMinutes\n      bookedMinutes\n      rate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ZoneWeek($id: ID!, $from: DateTime!, $to: DateTime!) {\n    zone(id: $id) {\n      ...StationZoneFields\n      minMinutes\n      maxMinutes\n      bufferMinutes\n      minNoticeHours\n      maxDaysAhead\n      openingHours {\n        weekday\n        opens\n        closes\n      }\n      bookings(from: $from, to: $to) {\n        ...StationBookingFields\n      }\n      closures(from: $from, to: $to) {\n        ...StationClosureFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ZoneWeek($id: ID!, $from: DateTime!, $to: DateTime!) {\n    zone(id: $id) {\n      ...StationZoneFields\n      minMinutes\n      maxMinutes\n      bufferMinutes\n      minNoticeHours\n      maxDaysAhead\n      openingHours {\n        weekday\n        opens\n        closes\n      }\n      bookings(from: $from, to: $to) {\n        ...StationBookingFields\n      }\n      closures(from: $from, to: $to) {\n        ...StationClosureFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ZoneFreeSlots($id: ID!, $date: String!) {\n    zone(id: $id) {\n      id\n      freeSlots(date: $date) {\n        startsAt\n        endsAt\n        freeCapacity\n      }\n    }\n  }\n"): (typeof documents)["\n  query ZoneFreeSlots($id: ID!, $date: String!) {\n    zone(id: $id) {\n      id\n      freeSlots(date: $date) {\n        startsAt\n        endsAt\n        freeCapacity\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;