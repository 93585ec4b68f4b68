import { Field, Int, ObjectType } from "type-graphql";
import { PageInfo } from "@dongting/subgraph-kit";
import { Booking } from "./booking.entity.js";

@ObjectType()
export class BookingEdge {
  @Field()
  cursor: string;

  @Field(() => Booking)
  node: Booking;
}

@ObjectType()
export class BookingConnection {
  @Field(() => [BookingEdge])
  edges: BookingEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}
