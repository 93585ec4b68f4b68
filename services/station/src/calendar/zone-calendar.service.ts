import { createHash, randomBytes } from "node:crypto";
import { forbidden, isUuid, recordHistories, type SubgraphContext } from "@dongting/subgraph-kit";
import { reasonMessage } from "@dongting/domain/reasons/common";
import { STATION_REASONS } from "@dongting/domain/reasons/station";
import { CALENDAR_FEED_WEEKS } from "@dongting/domain/station";
import { staffReach } from "../access.js";
import { Booking } from "../booking/booking.entity.js";
import { ACTIVE_STATUSES } from "../domain/booking-status.js";
import { Zone } from "../zone/zone.entity.js";
import { ZoneCalendarFeed } from "./zone-calendar-feed.entity.js";
import { zoneIcs } from "./zone-ics.js";

/** 32 random bytes, base64url: 43 characters. Anything else cannot be a token, and is refused before a lookup. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * A new feed token for the signed-in station staff member, replacing the old one (which stops working). The
 * feed covers the communities they run now; the token is answered once and only its hash is kept.
 */
export async function resetZoneCalendarFeed(ctx: SubgraphContext): Promise<string> {
  const personId = ctx.viewer.personId;
  if (!personId) throw forbidden("PERSON_REQUIRED", reasonMessage(STATION_REASONS.PERSON_REQUIRED));
  const reach = await staffReach(ctx, "read");
  if (!reach) throw forbidden("OUT_OF_SCOPE", reasonMessage(STATION_REASONS.OUT_OF_SCOPE));
  const token = randomBytes(32).toString("base64url");
  const feed: ZoneCalendarFeed = {
    personId,
    tokenHash: hashOf(token),
    communityIds: [...new Set(reach.communityIds)].sort(),
    allCommunities: reach.global,
    resetAt: ctx.clock.now(),
  };
  await ctx.db.transaction(async (manager) => {
    await manager.upsert(ZoneCalendarFeed, feed, ["personId"]);
    await recordHistories(manager, personId, [
      {
        subjectType: "ZoneCalendarFeed",
        subjectId: personId,
        action: "RESET",
        // The communities the feed now covers; never the token or its hash.
        detail: { communityIds: feed.communityIds, allCommunities: feed.allCommunities },
      },
    ]);
  });
  return token;
}

/** One refusal for every way a feed request fails: it tells a guesser nothing about tokens or zones. */
const refused = () => forbidden("CALENDAR_FEED_REFUSED", reasonMessage(STATION_REASONS.CALENDAR_FEED_REFUSED));

/** The feed's person ran the zone's community at reset: the iCal text of its active bookings from now on. */
export async function zoneCalendar(ctx: SubgraphContext, zoneId: string, feedToken: string): Promise<string> {
  if (!TOKEN_PATTERN.test(feedToken) || !isUuid(zoneId)) throw refused();
  // Looked up by its hash: how long the index search takes tells nothing about the token itself.
  const feed = await ctx.db.manager.findOne(ZoneCalendarFeed, { where: { tokenHash: hashOf(feedToken) } });
  if (!feed) throw refused();
  const zone = await ctx.db.manager.findOne(Zone, { where: { id: zoneId } });
  if (!zone || !(feed.allCommunities || feed.communityIds.includes(zone.communityId))) throw refused();
  const now = ctx.clock.now();
  const until = new Date(now.getTime() + CALENDAR_FEED_WEEKS * 7 * 24 * 3_600_000);
  const bookings = await ctx.db.manager
    .createQueryBuilder(Booking, "b")
    .where("b.zone_id = :zoneId AND b.ends_at > :now AND b.starts_at < :until", { zoneId, now, until })
    .andWhere("b.status IN (:...statuses)", { statuses: ACTIVE_STATUSES })
    .orderBy("b.starts_at", "ASC")
    .addOrderBy("b.id", "ASC")
    .getMany();
  return zoneIcs(zone, bookings, now);
}
