import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { VisitorGroup } from "../domain/visitors.js";
import { Zone } from "../zone/zone.entity.js";

registerEnumType(VisitorGroup, {
  name: "VisitorGroup",
  valuesConfig: { NEW_EMPLOYMENT_WORKER: { description: "Delivery riders and other new-employment workers (新就业群体)" } },
});

@ObjectType({ description: "How many people of a group a service zone served on a day." })
@Entity({ name: "visitor_log" })
@Check("visitor_log_group_check", `"visitor_group" IN ('NEW_EMPLOYMENT_WORKER','CHILD','ELDERLY','RESIDENT')`)
@Check("visitor_log_visitors_check", `"visitors" BETWEEN 1 AND 10000`)
@Index("visitor_log_day_idx", ["visitedOn", "zoneId"])
@Index("visitor_log_community_day_idx", ["communityId", "visitedOn", "zoneId"])
export class VisitorLogEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "zone_id", type: "uuid" })
  zoneId: string;

  /** The zone's community, set from the zone by the database on insert (trigger visitor_log_community_of_zone). */
  @Column({ name: "community_id", type: "uuid" })
  communityId: string;

  @ManyToOne(() => Zone, { onDelete: "CASCADE", nullable: false })
  @JoinColumn({ name: "zone_id", foreignKeyConstraintName: "visitor_log_zone_fk" })
  zone?: Relation<Zone>;

  @Field({ description: "Local date YYYY-MM-DD" })
  @Column({ name: "visited_on", type: "date" })
  visitedOn: string;

  @Field(() => VisitorGroup)
  @Column({ name: "visitor_group", type: "varchar", length: 24 })
  group: VisitorGroup;

  @Field(() => Int)
  @Column({ type: "integer" })
  visitors: number;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 200, nullable: true })
  note: string | null;

  @Column({ name: "recorded_by", type: "uuid", nullable: true })
  recordedBy: string | null;

  @Field()
  @CreateDateColumn({ name: "recorded_at", type: "timestamptz" })
  recordedAt: Date;
}
