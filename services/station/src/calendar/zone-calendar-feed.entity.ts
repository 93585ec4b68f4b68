import { Check, Column, Entity, PrimaryColumn, Unique } from "typeorm";

/**
 * A station staff member's calendar feed of zone bookings. Only the sha256 of the token is kept: the token
 * itself is shown once at reset, so a leaked database does not open anyone's feed. The communities are the
 * ones the person ran at reset; the feed answers for those alone, whatever their roles become later
 * (resetting again takes the new ones).
 */
@Entity({ name: "zone_calendar_feed" })
@Unique("zone_calendar_feed_token_hash_key", ["tokenHash"])
@Check("zone_calendar_feed_token_hash_check", `char_length("token_hash") = 64`)
export class ZoneCalendarFeed {
  @PrimaryColumn({ name: "person_id", type: "uuid" })
  personId: string;

  /** Hex sha256 of the token; unique, the feed is looked up by it. */
  @Column({ name: "token_hash", type: "text" })
  tokenHash: string;

  @Column({ name: "community_ids", type: "uuid", array: true })
  communityIds: string[];

  /** ADMIN (global reach) at reset: every community's zones. */
  @Column({ name: "all_communities", type: "boolean" })
  allCommunities: boolean;

  @Column({ name: "reset_at", type: "timestamptz" })
  resetAt: Date;
}
