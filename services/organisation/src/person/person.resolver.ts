import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { pageArgs, type SubgraphContext } from "@dongting/subgraph-kit";
import { ACCESS } from "../access.js";
import { checkSearch } from "../input-limits.js";
import { buildingById, neighbourhoodById } from "../grid/grid.loader.js";
import { Neighbourhood } from "../grid/neighbourhood.entity.js";
import { PartyMembership } from "../party/party-membership.entity.js";
import { membershipOfPerson } from "../party/party-membership.loader.js";
import { Person } from "./person.entity.js";
import { PersonConnection } from "./person-connection.type.js";
import { PersonUpdateInput, RegisterPersonInput } from "./person.input.js";
import { updatePerson } from "./person-update.service.js";
import { maskIdNumber } from "@dongting/domain/organisation-people";
import { Building } from "../grid/building.entity.js";
import { movePerson, personInReach, registerPerson, searchPeople } from "./person.service.js";

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true })
  person(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Person | null> {
    return personInReach(ctx, id);
  }

  @Query(() => PersonConnection, { description: "People by name; search matches any part of the name (no pinyin)." })
  people(
    @Arg("search", () => String, { nullable: true }) search: string | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: 50 }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<PersonConnection> {
    const page = pageArgs(first ?? 50, after);
    return searchPeople(ctx, checkSearch("search", search), page.first, page.after);
  }

  /** Masked or refused by the read policy (access.ts), which also records full reads of others' numbers. */
  @FieldResolver(() => String, {
    nullable: true,
    description: "Masked as 138****5678 unless the viewer has COMMUNITY_STAFF, PARTY_COMMITTEE or ADMIN, or is this person.",
  })
  phone(@Root() person: Person): string | null {
    return person.phone ?? null;
  }

  /** The full number is never answered; the read policy (access.ts) decides who sees even this. */
  @FieldResolver(() => String, {
    nullable: true,
    description: "居民身份证号 masked as 420106********1234: to the person and to those who may read their phone in full.",
  })
  maskedIdNumber(@Root() person: Person): string | null {
    return person.idNumber ? maskIdNumber(person.idNumber) : null;
  }

  @FieldResolver(() => Building, { nullable: true, description: "The building (楼栋) within the neighbourhood, when known." })
  building(@Root() person: Person, @Ctx() ctx: SubgraphContext) {
    return person.buildingId ? buildingById(ctx).load(person.buildingId) : null;
  }

  @FieldResolver(() => Neighbourhood, { nullable: true, description: "The small neighbourhood (小邻里) the person lives in." })
  neighbourhood(@Root() person: Person, @Ctx() ctx: SubgraphContext) {
    return person.neighbourhoodId ? neighbourhoodById(ctx).load(person.neighbourhoodId) : null;
  }

  @FieldResolver(() => PartyMembership, { nullable: true })
  partyMembership(@Root() person: Person, @Ctx() ctx: SubgraphContext): Promise<PartyMembership | null> {
    return membershipOfPerson(ctx).load(person.id);
  }

  @Authorized(...ACCESS.editPeople)
  @Mutation(() => Person)
  registerPerson(@Arg("input", () => RegisterPersonInput) input: RegisterPersonInput, @Ctx() ctx: SubgraphContext): Promise<Person> {
    return registerPerson(ctx, input);
  }

  @Authorized(...ACCESS.updatePerson)
  @Mutation(() => Person, { description: "Edits a person: fields left out are kept (PersonUpdateInput says what null does)." })
  updatePerson(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => PersonUpdateInput) input: PersonUpdateInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Person> {
    return updatePerson(ctx, id, input);
  }

  @Authorized(...ACCESS.editPeople)
  @Mutation(() => Person, { description: "Moves a person to another neighbourhood; a null neighbourhoodId clears it." })
  movePerson(
    @Arg("personId", () => ID) personId: string,
    @Arg("neighbourhoodId", () => ID, { nullable: true }) neighbourhoodId: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Person> {
    return movePerson(ctx, personId, neighbourhoodId);
  }
}
