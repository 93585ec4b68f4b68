import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The organisation subgraph's Person; only its id is known here. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType("Person")
export class PersonRef {
  @Field(() => ID)
  id: string;
}

/** The volunteers subgraph's VolunteerTeam; only its id is known here. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType("VolunteerTeam")
export class VolunteerTeamRef {
  @Field(() => ID)
  id: string;
}

export const personRef = (id: string | null): PersonRef | null => (id ? { id } : null);
export const teamRef = (id: string | null): VolunteerTeamRef | null => (id ? { id } : null);
