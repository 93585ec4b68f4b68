import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from "typeorm";
import { Field, Int, ObjectType } from "type-graphql";
import { RULE_TEXT_MAX } from "@dongting/domain/council";
import { CommunityRule } from "./community-rule.entity.js";

/** One adopted text of a rule: numbered 1, 2, ... per rule; every version stays readable. */
@ObjectType("RuleVersion")
@Entity({ name: "rule_version" })
@Check("rule_version_number_check", `"number" >= 1`)
@Check("rule_version_text_check", `char_length("text") BETWEEN 1 AND ${RULE_TEXT_MAX}`)
export class RuleVersion {
  @PrimaryColumn({ name: "rule_id", type: "uuid", primaryKeyConstraintName: "PK_rule_version" })
  ruleId: string;

  @ManyToOne(() => CommunityRule, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "rule_id", foreignKeyConstraintName: "rule_version_rule_fk" })
  rule?: Relation<CommunityRule>;

  @Field(() => Int)
  @PrimaryColumn({ type: "int", primaryKeyConstraintName: "PK_rule_version" })
  number: number;

  @Field()
  @Column({ type: "text" })
  text: string;

  @Field()
  @Column({ name: "adopted_at", type: "timestamptz" })
  adoptedAt: Date;

  @Column({ name: "proposal_id", type: "uuid", nullable: true })
  proposalId: string | null;
}
