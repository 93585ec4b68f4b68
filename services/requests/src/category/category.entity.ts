import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Field, ID, ObjectType } from "type-graphql";
import { CATEGORY_NAME_MAX, HandlingLevel, Urgency, type DeadlineTable } from "@dongting/domain/requests";
import { sqlValueList } from "../domain/sql-values.js";
import "../request/request-graphql-enums.js";

@ObjectType({ description: "A kind of demand with its default handling level, urgency and deadlines." })
@Entity({ name: "request_category" })
@Index("request_category_name_key", ["name"], { unique: true })
@Check("request_category_level_check", `"default_level" IN (${sqlValueList(HandlingLevel)})`)
@Check("request_category_urgency_check", `"default_urgency" IN (${sqlValueList(Urgency)})`)
@Check(
  "request_category_hours_check",
  `"red_respond_hours" BETWEEN 1 AND "red_resolve_hours" AND "yellow_respond_hours" BETWEEN 1 AND "yellow_resolve_hours" AND "green_respond_hours" BETWEEN 1 AND "green_resolve_hours"`,
)
export class RequestCategory {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field()
  @Column({ type: "varchar", length: CATEGORY_NAME_MAX })
  name: string;

  @Field(() => HandlingLevel)
  @Column({ name: "default_level", type: "varchar", length: 16 })
  defaultLevel: HandlingLevel;

  @Field(() => Urgency)
  @Column({ name: "default_urgency", type: "varchar", length: 8 })
  defaultUrgency: Urgency;

  @Column({ name: "red_respond_hours", type: "int" })
  redRespondHours: number;

  @Column({ name: "red_resolve_hours", type: "int" })
  redResolveHours: number;

  @Column({ name: "yellow_respond_hours", type: "int" })
  yellowRespondHours: number;

  @Column({ name: "yellow_resolve_hours", type: "int" })
  yellowResolveHours: number;

  @Column({ name: "green_respond_hours", type: "int" })
  greenRespondHours: number;

  @Column({ name: "green_resolve_hours", type: "int" })
  greenResolveHours: number;

  /** Display order in pickers. */
  @Column({ name: "sort_order", type: "int" })
  sortOrder: number;
}

export function deadlineTable(category: RequestCategory): DeadlineTable {
  return {
    [Urgency.RED]: { respondHours: category.redRespondHours, resolveHours: category.redResolveHours },
    [Urgency.YELLOW]: { respondHours: category.yellowRespondHours, resolveHours: category.yellowResolveHours },
    [Urgency.GREEN]: { respondHours: category.greenRespondHours, resolveHours: category.greenResolveHours },
  };
}
