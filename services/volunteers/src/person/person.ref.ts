import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * The organisation subgraph's Person. Resolvable here (not `resolvable: false`) because this subgraph
 * contributes `Person.volunteer`: the gateway hands us `{ id }` and asks for that field.
 */
@Directive('@key(fields: "id")')
@ObjectType("Person")
export class PersonRef {
  @Field(() => ID)
  id: string;
}

export const personRef = (id: string | null | undefined): PersonRef | null => (id ? { id } : null);
