import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectRefusedWithoutWrites, type As, type GraphQLAnswer, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import {
  BOOKING_TITLE_MAX_LENGTH,
  CLOSURE_REASON_MAX_LENGTH,
  DECISION_NOTE_MAX_LENGTH,
  ITEM_DESCRIPTION_MAX_LENGTH,
  ITEM_TITLE_MAX_LENGTH,
  VISITOR_NOTE_MAX_LENGTH,
} from "@dongting/domain/station";
import { NOW } from "./support/booking.js";
import { stranger } from "./support/privacy.js";
import { at, resident, staff, startStation, ZONE } from "./support/station.js";

/** An id that names no row: operations that pass their text check end in NOT_FOUND, writing nothing. */
const NOWHERE = "5f0c7a52-0000-4000-8000-00000000dead";
const HOSTILE = "字".repeat(10_000);

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startStation(NOW);
});
afterAll(async () => {
  await subgraph?.stop();
});

type Operation = (text: string) => Promise<GraphQLAnswer>;
const run =
  (query: string, variables: (text: string) => Record<string, unknown>, as: As): Operation =>
  (text) =>
    subgraph.request(query, variables(text), as);

/**
 * Every free-text argument and input field: its cap from @dongting/domain, an operation carrying the text,
 * how that operation ends when the text is at the cap (some other refusal, nothing written), and the reason
 * one character more gets.
 */
const FREE_TEXT: Record<string, { max: number; operation: Operation; atMax: [string, string]; overMax: string }> = {
  "Mutation.rejectBooking.reason": {
    max: DECISION_NOTE_MAX_LENGTH,
    operation: run(`mutation($text: String!) { rejectBooking(id: "${NOWHERE}", reason: $text) { id } }`, (text) => ({ text }), staff),
    atMax: ["NOT_FOUND", "NOT_FOUND"],
    overMax: "TEXT_TOO_LONG",
  },
  "Mutation.closeZone.reason": {
    max: CLOSURE_REASON_MAX_LENGTH,
    operation: run(
      `mutation($text: String!, $from: DateTime!, $to: DateTime!) { closeZone(zoneId: "${NOWHERE}", from: $from, to: $to, reason: $text) { id } }`,
      (text) => ({ text, from: at("2026-03-09T00:00"), to: at("2026-03-10T00:00") }),
      staff,
    ),
    atMax: ["NOT_FOUND", "NOT_FOUND"],
    overMax: "TEXT_TOO_LONG",
  },
  "BookZoneInput.title": {
    max: BOOKING_TITLE_MAX_LENGTH,
    operation: run(
      `mutation($input: BookZoneInput!) { bookZone(input: $input) { id } }`,
      (title) => ({ input: { zoneId: NOWHERE, title, startsAt: at("2026-03-03T09:00"), endsAt: at("2026-03-03T10:00"), attendees: 2 } }),
      resident,
    ),
    atMax: ["NOT_FOUND", "NOT_FOUND"],
    overMax: "INVALID_INPUT",
  },
  "PostItemInput.title": {
    max: ITEM_TITLE_MAX_LENGTH,
    operation: run(
      `mutation($input: PostItemInput!) { postItem(input: $input) { id } }`,
      (title) => ({ input: { title, ownerId: stranger.personId } }),
      resident,
    ),
    atMax: ["FORBIDDEN", "POST_FOR_SELF_ONLY"],
    overMax: "INVALID_INPUT",
  },
  "PostItemInput.description": {
    max: ITEM_DESCRIPTION_MAX_LENGTH,
    operation: run(
      `mutation($input: PostItemInput!) { postItem(input: $input) { id } }`,
      (description) => ({ input: { title: "台灯", description, ownerId: stranger.personId } }),
      resident,
    ),
    atMax: ["FORBIDDEN", "POST_FOR_SELF_ONLY"],
    overMax: "INVALID_INPUT",
  },
  "RecordVisitorsInput.note": {
    max: VISITOR_NOTE_MAX_LENGTH,
    operation: run(
      `mutation($input: RecordVisitorsInput!) { recordVisitors(input: $input) { id } }`,
      (note) => ({ input: { zoneId: NOWHERE, visitedOn: "2026-02-27", group: "CHILD", visitors: 3, note } }),
      staff,
    ),
    atMax: ["NOT_FOUND", "NOT_FOUND"],
    overMax: "INVALID_INPUT",
  },
};

/** String arguments that are not free text: a format bounds them, and a hostile value is refused as malformed. */
const FORMATTED: Record<string, { operation: Operation; reason: string; code?: string }> = {
  /** A feed token is a credential: a malformed one is refused as any unknown token is, before any lookup. */
  "Query.zoneCalendar.feedToken": {
    operation: run(`query($text: String!) { zoneCalendar(zoneId: "${ZONE.MEETING}", feedToken: $text) }`, (text) => ({ text }), {}),
    reason: "CALENDAR_FEED_REFUSED",
    code: "FORBIDDEN",
  },
  "Zone.freeSlots.date": {
    operation: run(
      `query($text: String!) { zone(id: "${ZONE.MEETING}") { freeSlots(date: $text) { startsAt } } }`,
      (text) => ({ text }),
      resident,
    ),
    reason: "INVALID_DATE",
  },
  "Query.visitorSummary.fromMonth": {
    operation: run(`query($text: String!) { visitorSummary(fromMonth: $text, toMonth: "2026-03") { month } }`, (text) => ({ text }), staff),
    reason: "INVALID_MONTH",
  },
  "Query.visitorSummary.toMonth": {
    operation: run(`query($text: String!) { visitorSummary(fromMonth: "2026-01", toMonth: $text) { month } }`, (text) => ({ text }), staff),
    reason: "INVALID_MONTH",
  },
  "RecordVisitorsInput.visitedOn": {
    operation: run(
      `mutation($input: RecordVisitorsInput!) { recordVisitors(input: $input) { id } }`,
      (visitedOn) => ({ input: { zoneId: ZONE.REST_STOP, visitedOn, group: "CHILD", visitors: 3 } }),
      staff,
    ),
    reason: "INVALID_DATE",
  },
  "OpeningHoursInput.opens": {
    operation: run(
      `mutation($text: String!) { updateZone(id: "${ZONE.MEETING}", input: { openingHours: [{ weekday: 1, opens: $text, closes: "12:00" }] }) { id } }`,
      (text) => ({ text }),
      staff,
    ),
    reason: "INVALID_OPENING_HOURS",
  },
  "OpeningHoursInput.closes": {
    operation: run(
      `mutation($text: String!) { updateZone(id: "${ZONE.MEETING}", input: { openingHours: [{ weekday: 1, opens: "08:00", closes: $text }] }) { id } }`,
      (text) => ({ text }),
      staff,
    ),
    reason: "INVALID_OPENING_HOURS",
  },
  "Query.myBookings.after": {
    operation: run(`query($text: String) { myBookings(after: $text) { totalCount } }`, (text) => ({ text }), resident),
    reason: "INVALID_CURSOR",
  },
  "Query.pendingBookings.after": {
    operation: run(`query($text: String) { pendingBookings(after: $text) { totalCount } }`, (text) => ({ text }), staff),
    reason: "INVALID_CURSOR",
  },
  "Query.visitorLog.after": {
    operation: run(`query($text: String) { visitorLog(after: $text) { totalCount } }`, (text) => ({ text }), staff),
    reason: "INVALID_CURSOR",
  },
};

const TYPE_REF = `name kind ofType { name kind ofType { name kind ofType { name kind } } }`;
interface TypeRef {
  name: string | null;
  ofType: TypeRef | null;
}
const namedType = (type: TypeRef): string | null => (type.ofType ? namedType(type.ofType) : type.name);

/** "Type.field.argument" and "Input.field" of every String argument and input field of the subgraph's schema. */
async function stringInputs(): Promise<string[]> {
  const answer = await subgraph.request(
    `{ __schema { types { name fields { name args { name type { ${TYPE_REF} } } } inputFields { name type { ${TYPE_REF} } } } } }`,
    {},
    staff,
  );
  expect(answer.errors).toBeUndefined();
  const found: string[] = [];
  for (const type of answer.data!.__schema.types) {
    if (type.name.startsWith("__")) continue;
    for (const field of type.fields ?? []) {
      for (const arg of field.args) if (namedType(arg.type) === "String") found.push(`${type.name}.${field.name}.${arg.name}`);
    }
    for (const field of type.inputFields ?? []) if (namedType(field.type) === "String") found.push(`${type.name}.${field.name}`);
  }
  return found.sort();
}

describe("free text has a length cap", () => {
  it("for every String argument and input field of the schema: a new one fails here until it is given one", async () => {
    expect(await stringInputs()).toEqual([...Object.keys(FREE_TEXT), ...Object.keys(FORMATTED)].sort());
  });

  it.each(Object.entries(FREE_TEXT))("%s: the cap from @dongting/domain passes, one character more is refused", async (_name, entry) => {
    const [code, reason] = entry.atMax;
    await expectRefusedWithoutWrites(subgraph, () => entry.operation("字".repeat(entry.max)), code, reason);
    await expectRefusedWithoutWrites(subgraph, () => entry.operation("字".repeat(entry.max + 1)), "BAD_USER_INPUT", entry.overMax);
    await expectRefusedWithoutWrites(subgraph, () => entry.operation(HOSTILE), "BAD_USER_INPUT", entry.overMax);
  });

  it.each(Object.entries(FORMATTED))("%s: 10 000 characters are refused as malformed", async (_name, entry) => {
    await expectRefusedWithoutWrites(subgraph, () => entry.operation(HOSTILE), entry.code ?? "BAD_USER_INPUT", entry.reason);
  });
});
