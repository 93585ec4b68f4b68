import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { DEPARTMENT_NAME_MAX, EVALUATION_COMMENT_MAX, SCORE_MAX, SCORE_MIN } from "@dongting/domain/requests";
import { ResidentRequest } from "../request/request.entity.js";

/** One evaluation per department and request; evaluations without a request may repeat. */
@Directive('@key(fields: "id")')
@ObjectType({ description: "社区对上级部门评价: the community rates a higher-level department's response speed and quality." })
@Entity({ name: "department_evaluation" })
@Index("department_evaluation_request_key", ["department", "requestId"], { unique: true })
@Index("department_evaluation_evaluated_idx", ["evaluatedAt"])
@Index("department_evaluation_community_idx", ["communityId", "evaluatedAt"])
@Check("department_evaluation_department_check", `char_length("department") BETWEEN 1 AND ${DEPARTMENT_NAME_MAX}`)
@Check(
  "department_evaluation_scores_check",
  `"response_speed" BETWEEN ${SCORE_MIN} AND ${SCORE_MAX} AND "quality" BETWEEN ${SCORE_MIN} AND ${SCORE_MAX}`,
)
export class DepartmentEvaluation {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field()
  @Column({ type: "varchar", length: DEPARTMENT_NAME_MAX })
  department: string;

  /** Organisation's Community that evaluated: the request's, else the one it was made for. */
  @Column({ name: "community_id", type: "uuid" })
  communityId: string;

  @Column({ name: "request_id", type: "uuid", nullable: true })
  requestId: string | null;

  @ManyToOne(() => ResidentRequest, { onDelete: "SET NULL", nullable: true })
  @JoinColumn({ name: "request_id", foreignKeyConstraintName: "department_evaluation_request_fk" })
  request?: Relation<ResidentRequest> | null;

  @Field(() => Int, { description: "1..5" })
  @Column({ name: "response_speed", type: "smallint" })
  responseSpeed: number;

  @Field(() => Int, { description: "1..5" })
  @Column({ type: "smallint" })
  quality: number;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: EVALUATION_COMMENT_MAX, nullable: true })
  comment: string | null;

  @Field(() => Date)
  @Column({ name: "evaluated_at", type: "timestamptz" })
  evaluatedAt: Date;

  /** Organisation's Person who evaluated. */
  @Column({ name: "evaluator_id", type: "uuid", nullable: true })
  evaluatorId: string | null;
}
