import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Booking } from "../booking/booking.entity.js";
import { Zone } from "../zone/zone.entity.js";

/**
 * A person waiting for a zone at a time that was full. When a booking there is cancelled or rejected, the
 * first entry that then fits becomes a booking for its person (`bookingId` set); it stays as the record.
 */
@ObjectType({ description: "Waiting for a full zone at a time; becomes a booking when one there is cancelled or rejected." })
@Entity({ name: "waitlist_entry" })
@Check("waitlist_entry_period_check", `"starts_at" < "ends_at"`)
@Check("waitlist_entry_attendees_check", `"attendees" >= 1`)
@Index("waitlist_entry_zone_time_idx", ["zoneId", "startsAt"])
@Index("waitlist_entry_waiting_key", ["zoneId", "personId", "startsAt", "endsAt"], { unique: true, where: `"booking_id" IS NULL` })
export class WaitlistEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "zone_id", type: "uuid" })
  zoneId: string;

  @ManyToOne(() => Zone, { onDelete: "CASCADE", nullable: false })
  @JoinColumn({ name: "zone_id", foreignKeyConstraintName: "waitlist_entry_zone_fk" })
  zone?: Relation<Zone>;

  /** The zone's community, set by the database from the zone (trigger waitlist_entry_community_of_zone). */
  @Column({ name: "community_id", type: "uuid" })
  communityId: string;

  @Column({ name: "person_id", type: "uuid" })
  personId: string;

  @Field()
  @Column({ name: "starts_at", type: "timestamptz" })
  startsAt: Date;

  @Field()
  @Column({ name: "ends_at", type: "timestamptz" })
  endsAt: Date;

  @Field(() => Int)
  @Column({ type: "integer" })
  attendees: number;

  @Column({ name: "booking_id", type: "uuid", nullable: true })
  bookingId: string | null;

  @ManyToOne(() => Booking, { onDelete: "SET NULL", nullable: true })
  @JoinColumn({ name: "booking_id", foreignKeyConstraintName: "waitlist_entry_booking_fk" })
  booking?: Relation<Booking> | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
