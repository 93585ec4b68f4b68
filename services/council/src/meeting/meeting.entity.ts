import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Field, ID, ObjectType } from "type-graphql";
import { MEETING_TITLE_MAX, MINUTES_MAX } from "@dongting/domain/council";
import { ResidentClass } from "../class/resident-class.entity.js";
import { MeetingKind, MeetingStatus, sqlList } from "../domain/enums.js";

/** A class committee's monthly meeting (月度班委会) or a 班长议事会 session; its agenda is its proposals. */
@ObjectType("Meeting")
@Entity({ name: "meeting" })
@Index("meeting_community_time_idx", ["communityId", "startsAt"])
@Index("meeting_class_time_idx", ["classId", "startsAt"])
@Check("meeting_kind_check", `"kind" IN (${sqlList(MeetingKind)})`)
@Check("meeting_status_check", `"status" IN (${sqlList(MeetingStatus)})`)
@Check("meeting_class_check", `("kind" = 'CLASS_COMMITTEE') = ("class_id" IS NOT NULL)`)
@Check("meeting_time_check", `"ends_at" > "starts_at"`)
@Check("meeting_title_check", `char_length("title") BETWEEN 1 AND ${MEETING_TITLE_MAX}`)
@Check("meeting_minutes_check", `"minutes" IS NULL OR char_length("minutes") <= ${MINUTES_MAX}`)
export class Meeting {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "PK_meeting" })
  id: string;

  @Field(() => MeetingKind)
  @Column({ type: "varchar", length: 20 })
  kind: MeetingKind;

  @Field()
  @Column({ type: "varchar", length: MEETING_TITLE_MAX })
  title: string;

  @Column({ name: "community_id", type: "uuid" })
  communityId: string;

  @Column({ name: "class_id", type: "uuid", nullable: true })
  classId: string | null;

  @ManyToOne(() => ResidentClass, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "class_id", foreignKeyConstraintName: "meeting_class_fk" })
  residentClass?: Relation<ResidentClass>;

  @Field()
  @Column({ name: "starts_at", type: "timestamptz" })
  startsAt: Date;

  @Field()
  @Column({ name: "ends_at", type: "timestamptz" })
  endsAt: Date;

  @Column({ name: "booking_id", type: "uuid", nullable: true })
  bookingId: string | null;

  @Field(() => MeetingStatus)
  @Column({ type: "varchar", length: 12, default: MeetingStatus.SCHEDULED })
  status: MeetingStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  minutes: string | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
