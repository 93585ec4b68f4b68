import { Directive, Field, ID, ObjectType } from "type-graphql";

/*
 * Entities owned by other subgraphs. This subgraph stores only their ids and answers `{ id }`; the
 * owning subgraph resolves the rest through the gateway (no calls between subgraphs, no SQL here).
 */

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType("Person")
export class PersonRef {
  @Field(() => ID)
  id: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType("Grid")
export class GridRef {
  @Field(() => ID)
  id: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType("Neighbourhood")
export class NeighbourhoodRef {
  @Field(() => ID)
  id: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType("Shift")
export class ShiftRef {
  @Field(() => ID)
  id: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType("VolunteerTeam")
export class VolunteerTeamRef {
  @Field(() => ID)
  id: string;
}

/** `{ id }` for a stored reference, null when the column is empty. */
export function refTo(id: string | null | undefined): { id: string } | null {
  return id ? { id } : null;
}
