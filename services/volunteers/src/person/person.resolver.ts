import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "@dongting/subgraph-kit";
import { PersonReference } from "../references/person-reference.js";
import { Volunteer } from "../volunteer/volunteer.entity.js";
import { volunteerByPersonId } from "../volunteer/volunteer.loader.js";

/** Contributes `Person.volunteer` to the organisation subgraph's Person. */
@Resolver(() => PersonReference)
export class PersonResolver {
  @FieldResolver(() => Volunteer, { nullable: true, description: "This person's volunteer record, if he volunteers." })
  volunteer(@Root() person: PersonReference, @Ctx() ctx: SubgraphContext): Promise<Volunteer | null> {
    return volunteerByPersonId(ctx).load(person.id);
  }
}
