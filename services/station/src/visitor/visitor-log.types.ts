import { Field, Int, ObjectType } from "type-graphql";
import { PageInfo } from "@dongting/subgraph-kit";
import { VisitorGroup } from "../domain/visitors.js";
import { Zone } from "../zone/zone.entity.js";
import { VisitorLogEntry } from "./visitor-log.entity.js";

@ObjectType()
export class VisitorLogEdge {
  @Field()
  cursor: string;

  @Field(() => VisitorLogEntry)
  node: VisitorLogEntry;
}

@ObjectType()
export class VisitorLogConnection {
  @Field(() => [VisitorLogEdge])
  edges: VisitorLogEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}

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
