import { createHash, randomBytes } from "node:crypto";
import { recordHistory, type SubgraphContext } from "@dongting/subgraph-kit";
import { CALENDAR_FEED_PAST_DAYS, CALENDAR_FEED_WEEKS_AHEAD } from "@dongting/domain/volunteers";
import { requirePerson } from "../access.js";
import { refuse } from "../refusals.js";
import { ShiftCalendarFeed } from "./calendar-feed.entity.js";
import { shiftIcs, type FeedShift } from "./shift-ics.js";

/** 32 random bytes, base64url: 43 characters. Anything else cannot be a token, and is refused before a lookup. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");
const DAY_MS = 24 * 3_600_000;
const daysFrom = (now: Date, days: number) => new Date(now.getTime() + days * DAY_MS);

/**
 * A new feed token for the signed-in person, replacing the old one (which stops working at once): answered
 * this once, only its hash kept. Two resets at the same time both answer, and only the later one's token works.
 */
export async function resetShiftCalendarFeed(ctx: SubgraphContext): Promise<string> {
  const personId = requirePerson(ctx.viewer);
  const token = randomBytes(32).toString("base64url");
  await ctx.db.transaction(async (manager) => {
    await manager.upsert(ShiftCalendarFeed, { personId, tokenHash: hashOf(token), resetAt: ctx.clock.now() }, ["personId"]);
    // Never the token or its hash in the history: the reset itself is the fact.
    await recordHistory(manager, ctx.viewer, { subjectType: "ShiftCalendarFeed", subjectId: personId, action: "RESET" });
  });
  return token;
}

interface FeedRow {
  id: string;
  title: string;
  team: string;
  location: string | null;
  starts_at: Date;
  ends_at: Date;
  cancelled_at: Date | null;
  cancel_reason: string | null;
}

/** One refusal for every way a feed request fails: it tells a guesser nothing. */
const unknownFeed = () => refuse.forbidden("CALENDAR_FEED_UNKNOWN");

/**
 * The iCal text of the feed's person's sign-ups, from a week back to the coming weeks: the shifts that stand
 * and, marked cancelled, those called off after he signed up. Sign-ups he cancelled himself are gone.
 */
export async function shiftCalendar(ctx: SubgraphContext, feedToken: string): Promise<string> {
  if (!TOKEN_PATTERN.test(feedToken)) throw unknownFeed();
  const feed = await ctx.db.manager.findOne(ShiftCalendarFeed, { where: { tokenHash: hashOf(feedToken) } });
  if (!feed) throw unknownFeed();
  const now = ctx.clock.now();
  const rows: FeedRow[] = await ctx.db.query(
    `SELECT sh."id", sh."title", t."name" AS "team", sh."location", sh."starts_at", sh."ends_at", sh."cancelled_at", sh."cancel_reason"
     FROM "shift_signup" s
     JOIN "volunteer" v ON v."id" = s."volunteer_id"
     JOIN "shift" sh ON sh."id" = s."shift_id"
     JOIN "volunteer_team" t ON t."id" = sh."team_id"
     WHERE v."person_id" = $1 AND s."starts_at" >= $2 AND s."starts_at" < $3
     ORDER BY s."starts_at", sh."id"`,
    [feed.personId, daysFrom(now, -CALENDAR_FEED_PAST_DAYS), daysFrom(now, CALENDAR_FEED_WEEKS_AHEAD * 7)],
  );
  const shifts: FeedShift[] = rows.map((row) => ({
    id: row.id,
    title: row.title,
    team: row.team,
    location: row.location,
    startsAt: new Date(row.starts_at),
    endsAt: new Date(row.ends_at),
    cancelledAt: row.cancelled_at ? new Date(row.cancelled_at) : null,
    cancelReason: row.cancel_reason,
  }));
  return shiftIcs(shifts, now);
}
