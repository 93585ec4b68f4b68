import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { CATEGORY_NAME_MAX, Urgency } from "@dongting/domain/requests";
import { RequestCategory } from "../category/category.entity.js";
import { sqlValueList } from "../domain/sql-values.js";
import { ServiceUnit } from "../unit/service-unit.entity.js";
import "../request/request-graphql-enums.js";

/** Positions run 1..RULE_POSITION_MAX: room to insert rules between others without renumbering. */
export const RULE_POSITION_MAX = 9999;

/**
 * An automation of dispatch: a request of `category` in `grid` (either null for any) goes to `unit`. Rules
 * are ordered per community by `position` (unique there); the first match wins (domain/dispatch-rule.ts).
 * The rule's community is its unit's, copied here so the position's uniqueness is one index.
 */
@Directive('@key(fields: "id")')
@ObjectType("DispatchRule", { description: "First match in ascending position wins. A null category or grid matches any." })
@Entity({ name: "dispatch_rule" })
@Index("dispatch_rule_position_key", ["communityId", "position"], { unique: true })
@Index("dispatch_rule_unit_idx", ["unitId"])
@Check("dispatch_rule_position_check", `"position" BETWEEN 1 AND ${RULE_POSITION_MAX}`)
@Check("dispatch_rule_urgency_check", `"urgency" IN (${sqlValueList(Urgency)})`)
export class DispatchRule {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "PK_dispatch_rule" })
  id: string;

  @Field(() => Int)
  @Column({ type: "int" })
  position: number;

  /** Organisation's Community: the unit's. */
  @Column({ name: "community_id", type: "uuid" })
  communityId: string;

  @Field(() => String, { nullable: true, description: "A category's name (as ResidentRequest.category holds it); null: any." })
  @Column({ type: "varchar", length: CATEGORY_NAME_MAX, nullable: true })
  category: string | null;

  @ManyToOne(() => RequestCategory, { onDelete: "RESTRICT", nullable: true })
  @JoinColumn({ name: "category", referencedColumnName: "name", foreignKeyConstraintName: "dispatch_rule_category_fk" })
  categoryRow?: Relation<RequestCategory> | null;

  /** Organisation's Grid (in the rule's community); null: any. */
  @Column({ name: "grid_id", type: "uuid", nullable: true })
  gridId: string | null;

  @Column({ name: "unit_id", type: "uuid" })
  unitId: string;

  @ManyToOne(() => ServiceUnit, { onDelete: "RESTRICT", nullable: false })
  @JoinColumn({ name: "unit_id", foreignKeyConstraintName: "dispatch_rule_unit_fk" })
  unit?: Relation<ServiceUnit>;

  @Field(() => Urgency, { nullable: true, description: "The urgency suggested at acceptance." })
  @Column({ type: "varchar", length: 8, nullable: true })
  urgency: Urgency | null;

  @Field({ description: "Dispatch at acceptance without asking; otherwise only suggest." })
  @Column({ type: "boolean" })
  automatic: boolean;
}
