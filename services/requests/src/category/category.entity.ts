import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { CATEGORY_NAME_MAX, HandlingLevel, Urgency } from "@dongting/domain/requests";
import { sqlValueList } from "../domain/sql-values.js";
import "../request/request-graphql-enums.js";

/** How long the gateway may keep the categories and their deadlines (README: response cache). */
export const CATEGORY_CACHE_MAX_AGE_SECONDS = 300;

/** A kind of demand; its deadlines per urgency are CategoryDeadline rows (category_deadline). */
// One list for every viewer and community; setCategoryDeadlines through the gateway makes cached answers stale.
@Directive(`@cacheControl(maxAge: ${CATEGORY_CACHE_MAX_AGE_SECONDS}, scope: PUBLIC)`)
@ObjectType({ description: "A kind of demand with its default handling level, urgency and deadlines." })
@Entity({ name: "request_category" })
@Index("request_category_name_key", ["name"], { unique: true })
@Check("request_category_level_check", `"default_level" IN (${sqlValueList(HandlingLevel)})`)
@Check("request_category_urgency_check", `"default_urgency" IN (${sqlValueList(Urgency)})`)
export class RequestCategory {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field({ description: "As ResidentRequest.category holds it." })
  @Column({ type: "varchar", length: CATEGORY_NAME_MAX })
  name: string;

  @Field(() => HandlingLevel)
  @Column({ name: "default_level", type: "varchar", length: 16 })
  defaultLevel: HandlingLevel;

  @Field(() => Urgency)
  @Column({ name: "default_urgency", type: "varchar", length: 8 })
  defaultUrgency: Urgency;

  /** Display order in pickers. */
  @Column({ name: "sort_order", type: "int" })
  sortOrder: number;
}
