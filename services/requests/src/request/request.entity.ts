import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { RequestCategory } from "../category/category.entity.js";
import {
  ASSIGNEE_NAME_MAX,
  CATEGORY_NAME_MAX,
  CLIENT_REQUEST_ID_MAX,
  ForceKind,
  HandlingLevel,
  RATING_COMMENT_MAX,
  REQUEST_DESCRIPTION_MAX,
  REQUEST_TITLE_MAX,
  REVIEW_NOTE_MAX,
  RequestChannel,
  RequestStatus,
  Urgency,
} from "@dongting/domain/requests";
import { REQUEST_CODE_MAX, REQUEST_CODE_PATTERN } from "../domain/request-code.js";
import { sqlValueList } from "../domain/sql-values.js";
import "./request-graphql-enums.js";

/**
 * A resident's demand (民呼我应) from intake to closing. The assignment, the resident's rating and the
 * community's review live on the row (each at most one per request); the timeline is RequestEvent.
 * Fields that point to other subgraphs' entities (submitter, grid, ...) are resolved in the resolver.
 */
@Directive('@key(fields: "id")')
@ObjectType("ResidentRequest")
@Entity({ name: "resident_request" })
@Index("resident_request_code_key", ["code"], { unique: true })
@Index("resident_request_client_key", ["submitterId", "clientRequestId"], { unique: true })
@Index("resident_request_submitted_idx", ["submittedAt", "id"])
@Index("resident_request_grid_idx", ["gridId", "submittedAt"])
@Index("resident_request_status_idx", ["status", "submittedAt"])
@Index("resident_request_community_submitted_idx", ["communityId", "submittedAt", "id"])
@Index("resident_request_community_grid_idx", ["communityId", "gridId", "submittedAt"])
@Index("resident_request_community_status_idx", ["communityId", "status", "submittedAt"])
// Covering index of the month and year figures (INCLUDE, created by the MonthMetrics migration; TypeORM cannot declare it).
@Index("resident_request_window_idx", { synchronize: false })
@Check("resident_request_title_check", `char_length("title") BETWEEN 1 AND ${REQUEST_TITLE_MAX}`)
@Check("resident_request_description_check", `char_length("description") BETWEEN 1 AND ${REQUEST_DESCRIPTION_MAX}`)
@Check("resident_request_code_check", `"code" ~ '${REQUEST_CODE_PATTERN}'`)
@Check("resident_request_channel_check", `"channel" IN (${sqlValueList(RequestChannel)})`)
@Check("resident_request_status_check", `"status" IN (${sqlValueList(RequestStatus)})`)
@Check("resident_request_level_check", `"level" IN (${sqlValueList(HandlingLevel)})`)
@Check("resident_request_urgency_check", `"urgency" IN (${sqlValueList(Urgency)})`)
@Check("resident_request_force_kind_check", `"force_kind" IN (${sqlValueList(ForceKind)})`)
@Check(
  "resident_request_triaged_check",
  `"status" IN ('SUBMITTED','REJECTED') OR ("level" IS NOT NULL AND "urgency" IS NOT NULL AND "responded_at" IS NOT NULL)`,
)
@Check(
  "resident_request_assignment_check",
  `("force_kind" IS NULL) = ("assignee_name" IS NULL) AND ("force_kind" IS NULL) = ("assigned_at" IS NULL)`,
)
@Check("resident_request_rating_check", `("rating_score" IS NULL) = ("rated_at" IS NULL) AND "rating_score" BETWEEN 1 AND 5`)
@Check(
  "resident_request_soon_check",
  `("respond_soon_at" IS NULL) = ("respond_by" IS NULL) AND ("resolve_soon_at" IS NULL) = ("resolve_by" IS NULL) AND "respond_soon_at" <= "respond_by" AND "resolve_soon_at" <= "resolve_by"`,
)
@Check("resident_request_closed_check", `("status" = 'CLOSED') = ("closed_at" IS NOT NULL)`)
@Check("resident_request_callback_check", `NOT "rating_by_callback" OR "rating_score" IS NOT NULL`)
@Check("resident_request_review_confirmed_check", `"review_confirmed_at" IS NULL OR "review_reasonable" = false`)
@Check(
  "resident_request_review_check",
  `("review_reasonable" IS NULL) = ("reviewed_at" IS NULL) AND ("review_note" IS NULL) = ("reviewed_at" IS NULL) AND ("reviewed_at" IS NULL OR "rated_at" IS NOT NULL)`,
)
export class ResidentRequest {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field({ description: "Human-readable and unique: the community's code, the year, its number that year, e.g. DT-2026-000123." })
  @Column({ type: "varchar", length: REQUEST_CODE_MAX })
  code: string;

  @Field()
  @Column({ type: "varchar", length: REQUEST_TITLE_MAX })
  title: string;

  @Field()
  @Column({ type: "varchar", length: REQUEST_DESCRIPTION_MAX })
  description: string;

  @Field(() => RequestChannel)
  @Column({ type: "varchar", length: 20 })
  channel: RequestChannel;

  @Field({ description: "The category's name, one of requestCategories." })
  @Column({ type: "varchar", length: CATEGORY_NAME_MAX })
  category: string;

  @ManyToOne(() => RequestCategory, { onDelete: "RESTRICT", nullable: false })
  @JoinColumn({ name: "category", referencedColumnName: "name", foreignKeyConstraintName: "resident_request_category_fk" })
  categoryRow?: Relation<RequestCategory>;

  @Field(() => RequestStatus)
  @Column({ type: "varchar", length: 16 })
  status: RequestStatus;

  @Field(() => HandlingLevel, { nullable: true })
  @Column({ type: "varchar", length: 16, nullable: true })
  level: HandlingLevel | null;

  @Field(() => Urgency, { nullable: true })
  @Column({ type: "varchar", length: 8, nullable: true })
  urgency: Urgency | null;

  @Field(() => Date)
  @Column({ name: "submitted_at", type: "timestamptz" })
  submittedAt: Date;

  @Field(() => Date, {
    nullable: true,
    description:
      "When it must be answered (accepted): from submission, with the category's hours in clock or working time. " +
      "Grading may bring it earlier, never later.",
  })
  @Column({ name: "respond_by", type: "timestamptz", nullable: true })
  respondBy: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: "When it must be resolved: from submission, with the hours of its urgency (the default one until graded).",
  })
  @Column({ name: "resolve_by", type: "timestamptz", nullable: true })
  resolveBy: Date | null;

  /** When 80 % of the response window is used (DUE_SOON), counted as respondBy is. */
  @Column({ name: "respond_soon_at", type: "timestamptz", nullable: true })
  respondSoonAt: Date | null;

  /** When 80 % of the resolution window is used. */
  @Column({ name: "resolve_soon_at", type: "timestamptz", nullable: true })
  resolveSoonAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: "responded_at", type: "timestamptz", nullable: true })
  respondedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: "resolved_at", type: "timestamptz", nullable: true })
  resolvedAt: Date | null;

  /** Organisation's Person. */
  @Column({ name: "submitter_id", type: "uuid" })
  submitterId: string;

  @Field({ description: "Submitted anonymously: who asked is shown only to the submitter and community staff." })
  @Column({ type: "boolean", default: false })
  anonymous: boolean;

  /** The submitter's idempotency key (unique per submitter). */
  @Column({ name: "client_request_id", type: "varchar", length: CLIENT_REQUEST_ID_MAX })
  clientRequestId: string;

  /** Organisation's Community: the neighbourhood's, else the grid's, else the one the request was entered for. */
  @Column({ name: "community_id", type: "uuid" })
  communityId: string;

  /** Organisation's Grid; may be unknown for requests from outside a grid (hotline). */
  @Column({ name: "grid_id", type: "uuid", nullable: true })
  gridId: string | null;

  /** Organisation's Neighbourhood. */
  @Column({ name: "neighbourhood_id", type: "uuid", nullable: true })
  neighbourhoodId: string | null;

  /** Volunteers' Shift, when the request came from a patrol. */
  @Column({ name: "patrol_shift_id", type: "uuid", nullable: true })
  patrolShiftId: string | null;

  @Column({ name: "force_kind", type: "varchar", length: 24, nullable: true })
  forceKind: ForceKind | null;

  @Column({ name: "assignee_name", type: "varchar", length: ASSIGNEE_NAME_MAX, nullable: true })
  assigneeName: string | null;

  /** Organisation's Person. */
  @Column({ name: "assignee_person_id", type: "uuid", nullable: true })
  assigneePersonId: string | null;

  /** Volunteers' VolunteerTeam. */
  @Column({ name: "volunteer_team_id", type: "uuid", nullable: true })
  volunteerTeamId: string | null;

  @Column({ name: "assigned_at", type: "timestamptz", nullable: true })
  assignedAt: Date | null;

  @Column({ name: "rating_score", type: "smallint", nullable: true })
  ratingScore: number | null;

  @Column({ name: "rating_comment", type: "varchar", length: RATING_COMMENT_MAX, nullable: true })
  ratingComment: string | null;

  @Column({ name: "rated_at", type: "timestamptz", nullable: true })
  ratedAt: Date | null;

  /** The rating is one staff recorded from a phone call (回访, recordCallbackRating), not the resident's own. */
  @Column({ name: "rating_by_callback", type: "boolean", default: false })
  ratingByCallback: boolean;

  /** Organisation's Person: who recorded a callback rating. */
  @Column({ name: "rating_recorded_by", type: "uuid", nullable: true })
  ratingRecordedBy: string | null;

  /** When the request last closed (set while CLOSED); the reopening window counts from it. */
  @Column({ name: "closed_at", type: "timestamptz", nullable: true })
  closedAt: Date | null;

  /** When the request was last reopened (a rating below CLOSING_SCORE or reopenRequest); never pending again. */
  @Column({ name: "reopened_at", type: "timestamptz", nullable: true })
  reopenedAt: Date | null;

  @Column({ name: "review_reasonable", type: "boolean", nullable: true })
  reviewReasonable: boolean | null;

  @Column({ name: "review_note", type: "varchar", length: REVIEW_NOTE_MAX, nullable: true })
  reviewNote: string | null;

  @Column({ name: "reviewed_at", type: "timestamptz", nullable: true })
  reviewedAt: Date | null;

  /** Organisation's Person who reviewed: they may not confirm their own review. */
  @Column({ name: "reviewed_by", type: "uuid", nullable: true })
  reviewedBy: string | null;

  /** A second handler confirmed the unreasonable review: only now does the rating leave the satisfaction rate. */
  @Column({ name: "review_confirmed_at", type: "timestamptz", nullable: true })
  reviewConfirmedAt: Date | null;

  /** Organisation's Person who confirmed. */
  @Column({ name: "review_confirmed_by", type: "uuid", nullable: true })
  reviewConfirmedBy: string | null;

  /** The response deadline already escalated by the sweep (escalate once per deadline). */
  @Column({ name: "response_escalated_for", type: "timestamptz", nullable: true })
  responseEscalatedFor: Date | null;

  /** The resolution deadline already escalated by the sweep. */
  @Column({ name: "resolution_escalated_for", type: "timestamptz", nullable: true })
  resolutionEscalatedFor: Date | null;
}
