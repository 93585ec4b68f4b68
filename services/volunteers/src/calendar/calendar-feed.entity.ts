import { Column, Entity, PrimaryColumn, Unique } from "typeorm";

/**
 * A person's shift calendar feed: only the sha256 of its token is kept (a leaked table row opens no feed),
 * one feed per person; resetting replaces the hash, so the old link stops working at once.
 */
@Entity({ name: "shift_calendar_feed" })
@Unique("shift_calendar_feed_token_key", ["tokenHash"])
export class ShiftCalendarFeed {
  @PrimaryColumn({ name: "person_id", type: "uuid" })
  personId: string;

  /** Hex sha256 of the base64url token. */
  @Column({ name: "token_hash", type: "varchar", length: 64 })
  tokenHash: string;

  @Column({ name: "reset_at", type: "timestamptz" })
  resetAt: Date;
}
