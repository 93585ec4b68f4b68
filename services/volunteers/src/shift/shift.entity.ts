import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import {
  CANCEL_REASON_MAX,
  SHIFT_CAPACITY_MAX,
  SHIFT_CAPACITY_MIN,
  SHIFT_LOCATION_MAX,
  SHIFT_MAX_HOURS,
  SHIFT_TITLE_MAX,
} from "@dongting/domain/volunteers";
import { VolunteerTeam } from "../team/team.entity.js";

/**
 * A time slot of a team that volunteers sign up for. Its times change only through updateShift, before it
 * starts, which moves the copies on its sign-ups in the same transaction; cancelling keeps it (and its
 * sign-ups) so the volunteers see on their week page that it was called off, and why.
 */
@Directive('@key(fields: "id")')
@ObjectType("Shift", { description: "A team's time slot (a patrol, a service day) that volunteers sign up for." })
@Entity({ name: "shift" })
@Index("shift_team_time_idx", ["teamId", "startsAt"])
@Index("shift_community_time_idx", ["communityId", "startsAt"])
@Check("shift_title_check", `char_length("title") BETWEEN 1 AND ${SHIFT_TITLE_MAX}`)
@Check("shift_time_check", `"ends_at" > "starts_at" AND "ends_at" - "starts_at" <= interval '${SHIFT_MAX_HOURS} hours'`)
@Check("shift_capacity_check", `"capacity" BETWEEN ${SHIFT_CAPACITY_MIN} AND ${SHIFT_CAPACITY_MAX}`)
@Check(
  "shift_cancel_check",
  `("cancelled_at" IS NULL AND "cancel_reason" IS NULL) OR ("cancelled_at" IS NOT NULL AND char_length("cancel_reason") BETWEEN 1 AND ${CANCEL_REASON_MAX})`,
)
export class Shift {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "team_id", type: "uuid" })
  teamId: string;

  /** Its team's community, copied at creation (teams never change community). */
  @Column({ name: "community_id", type: "uuid" })
  communityId: string;

  @ManyToOne(() => VolunteerTeam, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "team_id", foreignKeyConstraintName: "shift_team_fk" })
  team?: Relation<VolunteerTeam>;

  @Field()
  @Column({ type: "varchar", length: SHIFT_TITLE_MAX })
  title: string;

  @Field()
  @Column({ name: "starts_at", type: "timestamptz" })
  startsAt: Date;

  @Field()
  @Column({ name: "ends_at", type: "timestamptz" })
  endsAt: Date;

  @Field(() => Int)
  @Column({ type: "int" })
  capacity: number;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: SHIFT_LOCATION_MAX, nullable: true })
  location: string | null;

  @Field(() => Date, { nullable: true, description: "When it was called off (cancelShift); null while it stands." })
  @Column({ name: "cancelled_at", type: "timestamptz", nullable: true })
  cancelledAt: Date | null;

  @Field(() => String, { nullable: true, description: "Why it was called off, as the leader or staff wrote it." })
  @Column({ name: "cancel_reason", type: "varchar", length: CANCEL_REASON_MAX, nullable: true })
  cancelReason: string | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
