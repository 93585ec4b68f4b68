import { ObjectType } from "type-graphql";
import { Connection } from "@dongting/subgraph-kit";
import { ShiftSignup } from "./shift-signup.entity.js";

@ObjectType()
export class ShiftSignupConnection extends Connection(ShiftSignup, "ShiftSignup") {}
