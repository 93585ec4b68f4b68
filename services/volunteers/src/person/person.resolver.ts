import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "@dongting/subgraph-kit";
import { Volunteer } from "../volunteer/volunteer.entity.js";
import { volunteerByPersonId } from "../volunteer/volunteer.loader.js";
import { PersonRef } from "./person.ref.js";

@Resolver(() => PersonRef)
export class PersonResolver {
  @FieldResolver(() => Volunteer, { nullable: true, description: "This person's volunteer record, if he volunteers." })
  volunteer(@Root() person: PersonRef, @Ctx() ctx: SubgraphContext): Promise<Volunteer | null> {
    return volunteerByPersonId(ctx).load(person.id);
  }
}

/** No lookup: whether the person exists is the organisation subgraph's business. */
export const personReference = {
  __resolveReference: (reference: { id: string }): PersonRef => ({ id: reference.id }),
};
