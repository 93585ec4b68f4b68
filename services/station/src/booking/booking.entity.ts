import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Exclusion,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from "typeorm";
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { BookingStatus } from "../domain/booking-status.js";
import { Zone } from "../zone/zone.entity.js";

registerEnumType(BookingStatus, { name: "BookingStatus" });

export const BOOKING_STATUS_CHECK = `"status" IN ('PENDING','CONFIRMED','REJECTED','CANCELLED','CHECKED_IN','NO_SHOW')`;
/**
 * No two active bookings of an exclusive zone overlap. The predicate can only read the booking's own
 * row, hence `zone_exclusive`, copied from the zone (whose exclusivity never changes) at booking time.
 */
export const BOOKING_NO_OVERLAP =
  `USING gist ("zone_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&) ` +
  `WHERE ("zone_exclusive" AND "status" IN ('PENDING','CONFIRMED','CHECKED_IN'))`;

@Directive('@key(fields: "id")')
@ObjectType({ description: "A zone booked for a time." })
@Entity({ name: "booking" })
@Check("booking_status_check", BOOKING_STATUS_CHECK)
@Check("booking_period_check", `"starts_at" < "ends_at"`)
// Lets overlap queries bound their index scan: an overlapping booking starts at most 4 hours earlier.
@Check("booking_length_check", `"ends_at" <= "starts_at" + interval '4 hours'`)
@Check("booking_attendees_check", `"attendees" >= 1`)
@Check("booking_title_check", `char_length("title") BETWEEN 1 AND 100`)
@Exclusion("booking_no_overlap", BOOKING_NO_OVERLAP)
@Index("booking_zone_time_idx", ["zoneId", "startsAt"])
@Index("booking_organiser_idx", ["organiserId", "startsAt"])
@Index("booking_status_idx", ["status", "startsAt"])
@Index("booking_community_status_idx", ["communityId", "status", "startsAt"])
@Index("booking_series_idx", ["seriesId"])
export class Booking {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "zone_id", type: "uuid" })
  zoneId: string;

  @ManyToOne(() => Zone, { onDelete: "RESTRICT", nullable: false })
  @JoinColumn({ name: "zone_id", foreignKeyConstraintName: "booking_zone_fk" })
  zone?: Relation<Zone>;

  /**
   * The zone's community (a zone never changes community): scopes and lists read it. The database sets it
   * from the zone on insert (trigger booking_community_of_zone), so it cannot disagree with the zone.
   */
  @Column({ name: "community_id", type: "uuid" })
  communityId: string;

  @Column({ name: "zone_exclusive", type: "boolean" })
  zoneExclusive: boolean;

  @Field()
  @Column({ type: "varchar", length: 100 })
  title: string;

  @Field()
  @Column({ name: "starts_at", type: "timestamptz" })
  startsAt: Date;

  @Field()
  @Column({ name: "ends_at", type: "timestamptz" })
  endsAt: Date;

  @Field(() => Int)
  @Column({ type: "integer" })
  attendees: number;

  @Field(() => BookingStatus)
  @Column({ type: "varchar", length: 16 })
  status: BookingStatus;

  @Column({ name: "organiser_id", type: "uuid", nullable: true })
  organiserId: string | null;

  @Column({ name: "team_id", type: "uuid", nullable: true })
  teamId: string | null;

  @Field(() => ID, { nullable: true, description: "Shared by the bookings of one recurring series." })
  @Column({ name: "series_id", type: "uuid", nullable: true })
  seriesId: string | null;

  @Field(() => String, { nullable: true, description: "Why staff rejected the booking, or why the sweep closed it." })
  @Column({ name: "decision_note", type: "varchar", length: 200, nullable: true })
  decisionNote: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: "checked_in_at", type: "timestamptz", nullable: true })
  checkedInAt: Date | null;

  @Column({ name: "created_by", type: "uuid", nullable: true })
  createdBy: string | null;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}
