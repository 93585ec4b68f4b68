import { Check, Column, Entity, Exclusion, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from "typeorm";
import { Field, ID, ObjectType } from "type-graphql";
import { Volunteer } from "../volunteer/volunteer.entity.js";
import { Shift } from "./shift.entity.js";

/**
 * A volunteer's place on a shift. The shift's times are copied in (updateShift moves them along) so the
 * database itself refuses overlapping sign-ups of one volunteer, whatever races the service loses; so is
 * the shift's cancellation, so a called-off shift frees his time and never counts as a no-show.
 * Cancelling the sign-up deletes the row (the history table keeps the record).
 */
@ObjectType("ShiftSignup")
@Entity({ name: "shift_signup" })
@Unique("shift_signup_key", ["shiftId", "volunteerId"])
@Exclusion(
  "shift_signup_no_overlap",
  `USING gist ("volunteer_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE ("shift_cancelled_at" IS NULL)`,
)
@Index("shift_signup_volunteer_idx", ["volunteerId", "startsAt"])
@Check("shift_signup_check_out_check", `"checked_out_at" IS NULL OR ("checked_in_at" IS NOT NULL AND "checked_out_at" >= "checked_in_at")`)
export class ShiftSignup {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "shift_id", type: "uuid" })
  shiftId: string;

  @ManyToOne(() => Shift, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "shift_id", foreignKeyConstraintName: "shift_signup_shift_fk" })
  shift?: Relation<Shift>;

  @Column({ name: "volunteer_id", type: "uuid" })
  volunteerId: string;

  @ManyToOne(() => Volunteer, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "volunteer_id", foreignKeyConstraintName: "shift_signup_volunteer_fk" })
  volunteer?: Relation<Volunteer>;

  @Column({ name: "starts_at", type: "timestamptz" })
  startsAt: Date;

  @Column({ name: "ends_at", type: "timestamptz" })
  endsAt: Date;

  /** The shift's cancelledAt, copied by cancelShift. */
  @Column({ name: "shift_cancelled_at", type: "timestamptz", nullable: true })
  shiftCancelledAt: Date | null;

  @Field()
  @Column({ name: "signed_up_at", type: "timestamptz", default: () => "now()" })
  signedUpAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: "checked_in_at", type: "timestamptz", nullable: true })
  checkedInAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: "checked_out_at", type: "timestamptz", nullable: true })
  checkedOutAt: Date | null;

  /** Computed in SQL by every query that loads sign-ups (SIGNUP_MINUTES_SQL); not a column. */
  minutes?: number;
}
