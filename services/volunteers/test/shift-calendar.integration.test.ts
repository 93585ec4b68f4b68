import { describe, expect, it } from "vitest";
import { asPerson, createShift, ok, refused, signUp, staff } from "./support/fixtures.js";
import { leader, useShiftWorld } from "./support/shift-world.js";

const RESET = `mutation { resetShiftCalendarFeed }`;
const FEED = `query ($t: String!) { shiftCalendar(feedToken: $t) }`;
const CANCEL = `mutation ($id: ID!, $reason: String!) { cancelShift(id: $id, reason: $reason) { id } }`;

const world = useShiftWorld();

/** The events of an iCal text, each as its lines (unfolded). */
function events(ics: string): string[][] {
  const lines = ics.replace(/\r\n[ \t]/g, "").split("\r\n");
  const out: string[][] = [];
  let current: string[] | null = null;
  for (const line of lines) {
    if (line === "BEGIN:VEVENT") current = [];
    else if (line === "END:VEVENT" && current) {
      out.push(current);
      current = null;
    } else current?.push(line);
  }
  return out;
}

describe("the shift calendar feed", () => {
  it("answers the person's own sign-ups, cancelled ones as CANCELLED with the reason, behind a token that resetting replaces", async () => {
    const { subgraph, take, teamA } = world;
    const [a, b] = [take(), take()];
    const kept = await createShift(subgraph, teamA, 24 * 60, 120);
    const called = await createShift(subgraph, teamA, 2 * 24 * 60, 120);
    const others = await createShift(subgraph, teamA, 3 * 24 * 60, 120);
    await signUp(subgraph, kept, a.id);
    await signUp(subgraph, called, a.id);
    await signUp(subgraph, others, b.id);
    await ok(subgraph, CANCEL, { id: called, reason: "暴雨预警" }, leader);

    const token: string = (await ok(subgraph, RESET, {}, asPerson(a.person))).resetShiftCalendarFeed;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [stored] = await subgraph.db.query(`SELECT token_hash FROM shift_calendar_feed WHERE person_id = $1`, [
      asPerson(a.person).personId,
    ]);
    expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.token_hash).not.toContain(token);

    // Anyone holding the link, no sign-in (a calendar app cannot sign in).
    const ics: string = (await ok(subgraph, FEED, { t: token })).shiftCalendar;
    expect(ics).toMatch(/^BEGIN:VCALENDAR/);
    const found = events(ics);
    expect(found.map((lines) => lines.find((line) => line.startsWith("UID:")))).toEqual([
      `UID:${kept}@volunteers.dongting`,
      `UID:${called}@volunteers.dongting`,
    ]);
    expect(found[0]).toContain("STATUS:CONFIRMED");
    expect(found[1]).toContain("STATUS:CANCELLED");
    expect(found[1].join("\n")).toContain("暴雨预警");
    // DTSTAMP follows the service's clock, never the wall clock.
    expect(found[0]).toContain("DTSTAMP:20260615T020000Z");

    const [history] = await subgraph.db.query(
      `SELECT action, detail FROM history WHERE subject_type = 'ShiftCalendarFeed' AND subject_id = $1`,
      [asPerson(a.person).personId],
    );
    expect(history.action).toBe("RESET");
    expect(JSON.stringify(history.detail ?? {})).not.toContain(token);

    const fresh: string = (await ok(subgraph, RESET, {}, asPerson(a.person))).resetShiftCalendarFeed;
    expect(fresh).not.toBe(token);
    await refused(subgraph, "FORBIDDEN", "CALENDAR_FEED_UNKNOWN", FEED, { t: token });
    expect((await ok(subgraph, FEED, { t: fresh })).shiftCalendar).toContain(`UID:${kept}@volunteers.dongting`);
  });

  it("refuses unknown tokens, callers without a person and anonymous resets, writing nothing", async () => {
    const { subgraph } = world;
    await refused(subgraph, "FORBIDDEN", "CALENDAR_FEED_UNKNOWN", FEED, { t: "x".repeat(43) });
    await refused(subgraph, "FORBIDDEN", "CALENDAR_FEED_UNKNOWN", FEED, { t: "not a token" });
    await refused(subgraph, "UNAUTHENTICATED", "SIGN_IN_REQUIRED", RESET, {});
    await refused(subgraph, "FORBIDDEN", "PERSON_REQUIRED", RESET, {}, { roles: ["COMMUNITY_STAFF"] });
    await refused(subgraph, "FORBIDDEN", "READ_ONLY_ACCOUNT", RESET, {}, { roles: ["INTEGRATOR"], personId: staff.personId });
  });

  it("leaves exactly one working token when two resets race", async () => {
    const { subgraph, take } = world;
    const a = take();
    const answers = await Promise.all([1, 2].map(() => subgraph.request(RESET, {}, asPerson(a.person))));
    expect(answers.filter((answer) => answer.errors)).toEqual([]);
    const outcomes = await Promise.all(
      answers.map(async (answer: any) => !(await subgraph.request(FEED, { t: answer.data.resetShiftCalendarFeed })).errors),
    );
    expect(outcomes.filter(Boolean)).toHaveLength(1);
  });
});
