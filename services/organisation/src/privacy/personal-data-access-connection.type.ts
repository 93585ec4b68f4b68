import { ObjectType } from "type-graphql";
import { Connection } from "@dongting/subgraph-kit";
import { PersonalDataAccess } from "./personal-data-access.entity.js";

@ObjectType()
export class PersonalDataAccessConnection extends Connection(PersonalDataAccess, "PersonalDataAccess") {}
