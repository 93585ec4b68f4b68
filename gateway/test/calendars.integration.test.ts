// The iCal feeds (issue 13, point 3) across a running stack: a volunteer's own shifts (volunteers'
// shiftCalendar) and a zone's bookings (station's zoneCalendar), each behind a per-person token that
// resetting replaces, served by the gateway under test (started here from its sources) without sign-in.
import { readDevSecret } from "@dongting/subgraph-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGateway } from "../src/gateway-server.js";
import { DEFAULT_LIMITS } from "../src/limits/operation-limits.js";
import { readSupergraph } from "../src/supergraph.js";
import { graphClient } from "./support/graph-client.js";
import { personaOf } from "./support/viewers.js";
import { startTestStack, type RunningStack } from "./stack.js";

const DAY = 24 * 3_600_000;

let stack: RunningStack;
let client: ReturnType<typeof graphClient>;
let gateway: Awaited<ReturnType<typeof startGateway>>;
const tokens = { volunteer: "", stationStaff: "" };

async function download(path: string) {
  const response = await fetch(`${gateway.url}${path}`);
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) };
}

const uids = (ics: string) => [...ics.matchAll(/^UID:(.+)$/gm)].map((match) => match[1].trim());

beforeAll(async () => {
  stack = await startTestStack({ BACKGROUND_JOBS: "false" });
  client = graphClient(stack);
  gateway = await startGateway({
    port: 0,
    supergraphSdl: readSupergraph(),
    auth: { mode: "dev", secret: readDevSecret() },
    limits: DEFAULT_LIMITS,
    subgraphUrlOverrides: stack.urls.subgraphs,
    subgraphTimeoutMs: 10_000,
    bodyLimitBytes: 100_000,
    corsOrigins: [],
  });
  tokens.volunteer = await client.tokenFor({ personId: personaOf("VOLUNTEER")! });
  tokens.stationStaff = await client.tokenFor({ personId: personaOf("STATION_STAFF")! });
});
afterAll(async () => {
  await gateway?.stop();
  await stack?.stop();
});

describe("GET /calendars/shifts/<token>.ics", () => {
  it("serves the volunteer's own sign-ups as iCal to whoever holds the link, until the token is reset", async () => {
    // One sign-up of his own at least: the first open shift of his teams in the coming week.
    const now = Date.parse(stack.clockNow());
    const week = { from: new Date(now + DAY).toISOString(), to: new Date(now + 7 * DAY).toISOString() };
    const { myVolunteer: me } = await client.read(
      tokens.volunteer,
      `query($from: DateTime!, $to: DateTime!) { myVolunteer { id teams { shifts(from: $from, to: $to) { id capacity signupCount } } } }`,
      week,
    );
    const open = me.teams.flatMap((team: { shifts: Array<{ id: string; capacity: number; signupCount: number }> }) => team.shifts);
    const shift = open.find((candidate: { capacity: number; signupCount: number }) => candidate.signupCount < candidate.capacity);
    const signedUp = await client.ask(
      tokens.volunteer,
      `mutation($s: ID!, $v: ID!) { signUpForShift(shiftId: $s, volunteerId: $v) { id } }`,
      {
        s: shift.id,
        v: me.id,
      },
    );
    // Already signed up (the seed's) or an overlap is fine: either way he holds a sign-up for it or near it.
    expect([undefined, "ALREADY_SIGNED_UP", "SHIFT_OVERLAP"]).toContain(signedUp.errors?.[0]?.extensions?.reason);
    const token: string = (await client.read(tokens.volunteer, `mutation { resetShiftCalendarFeed }`)).resetShiftCalendarFeed;
    const feed = await download(`/calendars/shifts/${token}.ics`);
    expect(feed.status).toBe(200);
    expect(feed.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(feed.headers.get("cache-control")).toContain("no-store");
    expect(feed.text).toMatch(/^BEGIN:VCALENDAR\r\n/);

    // The same sign-ups the week page lists, a week back to eight weeks ahead (by the stack's clock).
    const { myVolunteer } = await client.read(
      tokens.volunteer,
      `query($from: DateTime!, $to: DateTime!) { myVolunteer { shiftSignups(from: $from, to: $to) { shift { id } } } }`,
      { from: new Date(now - 7 * DAY).toISOString(), to: new Date(now + 56 * DAY).toISOString() },
    );
    const expected = myVolunteer.shiftSignups.map((signup: { shift: { id: string } }) => `${signup.shift.id}@volunteers.dongting`);
    expect(expected.length).toBeGreaterThan(0);
    expect(uids(feed.text)).toEqual(expected);

    const fresh: string = (await client.read(tokens.volunteer, `mutation { resetShiftCalendarFeed }`)).resetShiftCalendarFeed;
    const old = await download(`/calendars/shifts/${token}.ics`);
    expect(old.status).toBe(403);
    expect(old.json()).toMatchObject({ code: "FORBIDDEN", reason: "CALENDAR_FEED_UNKNOWN" });
    expect((await download(`/calendars/shifts/${fresh}.ics`)).status).toBe(200);
    expect((await download(`/calendars/shifts/${"x".repeat(43)}.ics`)).status).toBe(403);
  });
});

describe("GET /calendars/zones/<zoneId>/<token>.ics", () => {
  it("serves a zone's bookings to whoever holds the station staff's link, and nothing for a reset token", async () => {
    const { zones } = await client.read(tokens.stationStaff, `{ zones { id } }`);
    const zoneId: string = zones[0].id;
    const token: string = (await client.read(tokens.stationStaff, `mutation { resetZoneCalendarFeed }`)).resetZoneCalendarFeed;
    const feed = await download(`/calendars/zones/${zoneId}/${token}.ics`);
    expect(feed.status).toBe(200);
    expect(feed.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(feed.text).toMatch(/^BEGIN:VCALENDAR\r\n/);

    await client.read(tokens.stationStaff, `mutation { resetZoneCalendarFeed }`);
    const old = await download(`/calendars/zones/${zoneId}/${token}.ics`);
    expect(old.status).toBe(403);
    expect(old.json()).toMatchObject({ code: "FORBIDDEN" });
    // Not a zone id: no such route.
    expect((await download(`/calendars/zones/nonsense/${token}.ics`)).status).toBe(404);
  });
});
