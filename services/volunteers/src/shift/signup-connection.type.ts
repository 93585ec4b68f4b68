import { Field, Int, ObjectType } from "type-graphql";
import { PageInfo } from "@dongting/subgraph-kit";
import { ShiftSignup } from "./shift-signup.entity.js";

@ObjectType()
export class ShiftSignupEdge {
  @Field()
  cursor: string;

  @Field(() => ShiftSignup)
  node: ShiftSignup;
}

@ObjectType()
export class ShiftSignupConnection {
  @Field(() => [ShiftSignupEdge])
  edges: ShiftSignupEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}
