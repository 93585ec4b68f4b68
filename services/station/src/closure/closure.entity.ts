import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { STATION_CACHE_MAX_AGE_SECONDS, Zone } from "../zone/zone.entity.js";

/** A zone closed for a period (maintenance, an event elsewhere, a holiday). Reopening cuts it short. */
// The dates are public; `reason` has a read rule (READ_POLICY.ZoneClosure), so an answer with it is never shared.
@Directive(`@cacheControl(maxAge: ${STATION_CACHE_MAX_AGE_SECONDS}, scope: PUBLIC)`)
@ObjectType({ description: "A period during which a zone takes no bookings." })
@Entity({ name: "zone_closure" })
@Check("zone_closure_period_check", `"starts_at" <= "ends_at"`)
@Check("zone_closure_reason_check", `char_length("reason") BETWEEN 1 AND 200`)
@Index("zone_closure_zone_time_idx", ["zoneId", "startsAt"])
export class ZoneClosure {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "zone_id", type: "uuid" })
  zoneId: string;

  @ManyToOne(() => Zone, { onDelete: "CASCADE", nullable: false })
  @JoinColumn({ name: "zone_id", foreignKeyConstraintName: "zone_closure_zone_fk" })
  zone?: Relation<Zone>;

  @Field()
  @Column({ name: "starts_at", type: "timestamptz" })
  startsAt: Date;

  @Field({ description: "When the zone opens again; moved to the reopening time by reopenZone." })
  @Column({ name: "ends_at", type: "timestamptz" })
  endsAt: Date;

  @Field()
  @Column({ type: "varchar", length: 200 })
  reason: string;

  @Field(() => Date, { nullable: true })
  @Column({ name: "reopened_at", type: "timestamptz", nullable: true })
  reopenedAt: Date | null;

  @Column({ name: "created_by", type: "uuid", nullable: true })
  createdBy: string | null;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
