import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { hasAnyRole, type SubgraphContext } from "@dongting/subgraph-kit";
import { maskPhone } from "../domain/phone.js";
import { Person } from "./person.entity.js";
import { personById } from "./person.loader.js";

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true })
  person(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Person | null> {
    return personById(ctx).load(id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Masked as 138****5678 unless the viewer has COMMUNITY_STAFF, PARTY_COMMITTEE or ADMIN, or is this person.",
  })
  phone(@Root() person: Person, @Ctx() ctx: SubgraphContext): string | null {
    if (!person.phone) return null;
    const mayRead = ctx.viewer.personId === person.id || hasAnyRole(ctx.viewer, ["COMMUNITY_STAFF", "PARTY_COMMITTEE"]);
    return mayRead ? person.phone : maskPhone(person.phone);
  }
}

export const personReference = {
  __resolveReference: (reference: { id: string }, ctx: SubgraphContext) => personById(ctx).load(reference.id),
};
