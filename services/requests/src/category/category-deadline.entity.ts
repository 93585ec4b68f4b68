import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from "typeorm";
import { Directive, Field, Int, ObjectType } from "type-graphql";
import { DEADLINE_HOURS_MAX, Urgency } from "@dongting/domain/requests";
import { sqlValueList } from "../domain/sql-values.js";
import { CATEGORY_CACHE_MAX_AGE_SECONDS, RequestCategory } from "./category.entity.js";
import "../request/request-graphql-enums.js";

/**
 * One urgency's deadlines within a category (the SLA table, editable with setCategoryDeadlines): exactly one
 * row per category and urgency. A request stores the instants it gives at submission and at grading; a later
 * change of the table never moves them.
 */
@Directive(`@cacheControl(maxAge: ${CATEGORY_CACHE_MAX_AGE_SECONDS}, scope: PUBLIC)`)
@ObjectType({ description: "Deadlines of one urgency within a category, in hours from submission." })
@Entity({ name: "category_deadline" })
@Check("category_deadline_urgency_check", `"urgency" IN (${sqlValueList(Urgency)})`)
@Check("category_deadline_hours_check", `"respond_hours" BETWEEN 1 AND "resolve_hours" AND "resolve_hours" <= ${DEADLINE_HOURS_MAX}`)
export class CategoryDeadline {
  @PrimaryColumn({ name: "category_id", type: "uuid", primaryKeyConstraintName: "PK_category_deadline" })
  categoryId: string;

  @ManyToOne(() => RequestCategory, { onDelete: "CASCADE", nullable: false })
  @JoinColumn({ name: "category_id", foreignKeyConstraintName: "category_deadline_category_fk" })
  category?: Relation<RequestCategory>;

  @Field(() => Urgency)
  @PrimaryColumn({ type: "varchar", length: 8, primaryKeyConstraintName: "PK_category_deadline" })
  urgency: Urgency;

  @Field(() => Int)
  @Column({ name: "respond_hours", type: "int" })
  respondHours: number;

  @Field(() => Int)
  @Column({ name: "resolve_hours", type: "int" })
  resolveHours: number;

  @Field({
    description: "True: the hours count working time on the public-holiday calendar (make-up workdays included); false: clock time.",
  })
  @Column({ name: "working_time", type: "boolean" })
  workingTime: boolean;
}
