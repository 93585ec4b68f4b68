import { ObjectType } from "type-graphql";
import { Connection } from "@dongting/subgraph-kit";
import { Person } from "./person.entity.js";

@ObjectType()
export class PersonConnection extends Connection(Person, "Person") {}
