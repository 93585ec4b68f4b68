import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { PROPOSAL_BODY_MAX, PROPOSAL_TITLE_MAX, RULE_TEXT_MAX, RULE_TITLE_MAX } from "@dongting/domain/council";
import { ResidentClass } from "../class/resident-class.entity.js";
import { ProposalStatus, sqlList } from "../domain/enums.js";
import { Meeting } from "../meeting/meeting.entity.js";
import { CommunityRule } from "../rule/community-rule.entity.js";

/**
 * A proposal (议题): a class proposal voted by the class's members, or a community proposal (no class) voted by
 * the 班长议事会. It may adopt a rule: amend `rule_id`, or create a rule titled `rule_title`, with `rule_text`.
 * The counts are written when voting closes (until then the tally is counted live).
 */
@Directive('@key(fields: "id")')
@ObjectType("Proposal")
@Entity({ name: "proposal" })
@Index("proposal_list_idx", ["createdAt", "id"])
@Index("proposal_community_status_idx", ["communityId", "status"])
@Index("proposal_class_idx", ["classId"])
@Index("proposal_meeting_idx", ["meetingId"])
@Index("proposal_rule_idx", ["ruleId"])
@Index("proposal_source_request_idx", ["sourceRequestId", "createdAt"])
@Check("proposal_status_check", `"status" IN (${sqlList(ProposalStatus)})`)
@Check("proposal_title_check", `char_length("title") BETWEEN 1 AND ${PROPOSAL_TITLE_MAX}`)
@Check("proposal_body_check", `char_length("body") BETWEEN 1 AND ${PROPOSAL_BODY_MAX}`)
@Check("proposal_rule_target_check", `"rule_id" IS NULL OR "rule_title" IS NULL`)
@Check("proposal_rule_title_check", `"rule_title" IS NULL OR char_length("rule_title") BETWEEN 1 AND ${RULE_TITLE_MAX}`)
@Check("proposal_rule_text_check", `"rule_text" IS NULL OR char_length("rule_text") BETWEEN 1 AND ${RULE_TEXT_MAX}`)
@Check("proposal_voting_check", `"status" NOT IN ('VOTING','ADOPTED','REJECTED') OR "voting_closes_at" IS NOT NULL`)
export class Proposal {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "PK_proposal" })
  id: string;

  @Field()
  @Column({ type: "varchar", length: PROPOSAL_TITLE_MAX })
  title: string;

  @Field()
  @Column({ type: "text" })
  body: string;

  @Field(() => ProposalStatus)
  @Column({ type: "varchar", length: 16, default: ProposalStatus.DRAFT })
  status: ProposalStatus;

  @Column({ name: "community_id", type: "uuid" })
  communityId: string;

  @Column({ name: "class_id", type: "uuid", nullable: true })
  classId: string | null;

  @ManyToOne(() => ResidentClass, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "class_id", foreignKeyConstraintName: "proposal_class_fk" })
  residentClass?: Relation<ResidentClass>;

  @Column({ name: "proposer_id", type: "uuid", nullable: true })
  proposerId: string | null;

  @Column({ name: "source_request_id", type: "uuid", nullable: true })
  sourceRequestId: string | null;

  @Column({ name: "meeting_id", type: "uuid", nullable: true })
  meetingId: string | null;

  @ManyToOne(() => Meeting, { onDelete: "SET NULL" })
  @JoinColumn({ name: "meeting_id", foreignKeyConstraintName: "proposal_meeting_fk" })
  meeting?: Relation<Meeting>;

  @Column({ name: "rule_id", type: "uuid", nullable: true })
  ruleId: string | null;

  @ManyToOne(() => CommunityRule, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "rule_id", foreignKeyConstraintName: "proposal_rule_fk" })
  rule?: Relation<CommunityRule>;

  @Column({ name: "rule_title", type: "varchar", length: RULE_TITLE_MAX, nullable: true })
  ruleTitle: string | null;

  @Column({ name: "rule_text", type: "text", nullable: true })
  ruleText: string | null;

  @Column({ name: "deliberation_ends_at", type: "timestamptz", nullable: true })
  deliberationEndsAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: "voting_closes_at", type: "timestamptz", nullable: true })
  votingClosesAt: Date | null;

  @Column({ name: "closed_at", type: "timestamptz", nullable: true })
  closedAt: Date | null;

  @Column({ name: "eligible_count", type: "int", nullable: true })
  eligibleCount: number | null;

  @Column({ name: "yes_count", type: "int", nullable: true })
  yesCount: number | null;

  @Column({ name: "no_count", type: "int", nullable: true })
  noCount: number | null;

  @Column({ name: "abstain_count", type: "int", nullable: true })
  abstainCount: number | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
