import { Field, Int, ObjectType } from "type-graphql";
import { Connection } from "@dongting/subgraph-kit";
import { VisitorGroup } from "../domain/visitors.js";
import { Zone } from "../zone/zone.entity.js";
import { VisitorLogEntry } from "./visitor-log.entity.js";

@ObjectType()
export class VisitorLogConnection extends Connection(VisitorLogEntry, "VisitorLog") {}

@ObjectType({ description: "People of one group served by one zone in one month." })
export class VisitorMonthSummary {
  @Field({ description: "YYYY-MM" })
  month: string;

  @Field(() => Zone)
  zone: Zone;

  @Field(() => VisitorGroup)
  group: VisitorGroup;

  @Field(() => Int)
  visitors: number;
}
