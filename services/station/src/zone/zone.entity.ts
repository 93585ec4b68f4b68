import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from "typeorm";
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { ZoneKind } from "../domain/zone-kind.js";
import { ZONE_LIMITS_SQL } from "../migrations/1765065600000-staff-tools.js";

registerEnumType(ZoneKind, { name: "ZoneKind" });

/** How long the gateway may keep the zones, their opening hours and closures' dates (README: response cache). */
export const STATION_CACHE_MAX_AGE_SECONDS = 60;

@Directive('@key(fields: "id")')
// The station's public notice board (READ_POLICY.Zone): the same for every viewer. Writes through the gateway
// (updateZone, closeZone, reopenZone) make cached answers stale at once; the max age bounds any other write.
@Directive(`@cacheControl(maxAge: ${STATION_CACHE_MAX_AGE_SECONDS}, scope: PUBLIC)`)
@ObjectType({ description: "A functional zone of a community's station (Dongting's is the Lexiang station, 乐享驿站)." })
@Entity({ name: "zone" })
// Names are unique within a community: every station has its own 阅读角.
@Unique("zone_community_name_key", ["communityId", "name"])
@Index("zone_community_idx", ["communityId", "position"])
@Check("zone_kind_check", `"kind" IN ('HELP_DESK','FITNESS','ITEM_EXCHANGE','READING','CHILDREN','MEETING','REST_STOP','MULTIPURPOSE')`)
@Check("zone_capacity_check", `"capacity" BETWEEN 1 AND 1000`)
@Check("zone_name_check", `char_length("name") BETWEEN 1 AND 30`)
@Check("zone_limits_check", ZONE_LIMITS_SQL)
export class Zone {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field()
  @Column({ type: "varchar", length: 30 })
  name: string;

  /** The community whose station the zone is in (exposed as Zone.community); it never changes. */
  @Column({ name: "community_id", type: "uuid" })
  communityId: string;

  @Field(() => ZoneKind)
  @Column({ type: "varchar", length: 16 })
  kind: ZoneKind;

  @Field(() => Int)
  @Column({ type: "integer" })
  capacity: number;

  @Field({
    description: "An exclusive zone holds one booking at a time; a shared one holds overlapping bookings up to capacity attendees.",
  })
  @Column({ type: "boolean" })
  exclusive: boolean;

  @Field()
  @Column({ name: "requires_approval", type: "boolean" })
  requiresApproval: boolean;

  // Booking limits staff set per zone (updateZone); every booking rule reads them from this row.
  @Field(() => Int, { description: "Shortest booking, in minutes." })
  @Column({ name: "min_minutes", type: "integer", default: 30 })
  minMinutes: number;

  @Field(() => Int, { description: "Longest booking, in minutes (at most 240)." })
  @Column({ name: "max_minutes", type: "integer", default: 240 })
  maxMinutes: number;

  @Field(() => Int, { description: "Minutes kept free between two bookings." })
  @Column({ name: "buffer_minutes", type: "integer", default: 0 })
  bufferMinutes: number;

  @Field(() => Int, { description: "A booking starts at least this many hours after it is made." })
  @Column({ name: "min_notice_hours", type: "integer", default: 0 })
  minNoticeHours: number;

  @Field(() => Int, { description: "A booking starts at most this many days ahead." })
  @Column({ name: "max_days_ahead", type: "integer", default: 90 })
  maxDaysAhead: number;

  /** Display order of the zones in the station. */
  @Column({ type: "smallint" })
  position: number;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
