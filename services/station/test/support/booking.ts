import { expect } from "vitest";
import { expectRefusedWithoutWrites, type As, type GraphQLAnswer, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { at, BOOK, staff, ZONE } from "./station.js";

/** Monday 2 March 2026, 08:00 in Dongting: the booking suites start here. */
export const NOW = at("2026-03-02T08:00");

/** A booking input for the meeting hall (exclusive, capacity 40, Monday to Saturday 08:30-21:00). */
export const meeting = (from: string, to: string, extra: Record<string, unknown> = {}) => ({
  zoneId: ZONE.MEETING,
  title: "班长议事会",
  startsAt: at(from),
  endsAt: at(to),
  attendees: 12,
  ...extra,
});

/** The children's room: exclusive, capacity 25, needs approval. */
export const children = (from: string, to: string) => ({
  zoneId: ZONE.CHILDREN,
  title: "绘本共读",
  startsAt: at(from),
  endsAt: at(to),
  attendees: 8,
});

export const book = (subgraph: TestSubgraph, input: Record<string, unknown>, as: As = staff) => subgraph.request(BOOK, { input }, as);

/** Books and returns the first booking's id, failing the test when refused. */
export async function booked(subgraph: TestSubgraph, input: Record<string, unknown>, as: As = staff): Promise<string> {
  const answer = await book(subgraph, input, as);
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data!.bookZone[0].id;
}

export const APPROVE = `mutation($id: ID!) { approveBooking(id: $id) { id status } }`;
export const REJECT = `mutation($id: ID!, $reason: String!) { rejectBooking(id: $id, reason: $reason) { id status decisionNote } }`;
export const CANCEL = `mutation($id: ID!) { cancelBooking(id: $id) { id status } }`;
export const CHECK_IN = `mutation($id: ID!) { checkInBooking(id: $id) { id status checkedInAt } }`;

/** bookZone refused with `code`/`reason`: no data, and no table changed. */
export async function expectBookingRefused(
  subgraph: TestSubgraph,
  input: Record<string, unknown>,
  code: string,
  reason: string,
  as: As = staff,
) {
  let answer: GraphQLAnswer | undefined;
  const error = await expectRefusedWithoutWrites(subgraph, async () => (answer = await book(subgraph, input, as)), code, reason);
  expect(answer?.data?.bookZone ?? null).toBeNull();
  return error;
}
