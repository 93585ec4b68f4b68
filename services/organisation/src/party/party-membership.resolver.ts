import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "@dongting/subgraph-kit";
import { ACCESS } from "../access.js";
import { MembershipKind } from "../domain/membership-kind.js";
import { OrgUnit } from "../org-unit/org-unit.entity.js";
import { orgUnitById } from "../org-unit/org-unit.loader.js";
import { Person } from "../person/person.entity.js";
import { PartyMembership } from "./party-membership.entity.js";
import { assignPartyMembership } from "./party-membership.service.js";

@Resolver(() => PartyMembership)
export class PartyMembershipResolver {
  @FieldResolver(() => OrgUnit)
  async orgUnit(@Root() membership: PartyMembership, @Ctx() ctx: SubgraphContext): Promise<OrgUnit> {
    return (await orgUnitById(ctx).load(membership.orgUnitId)) as OrgUnit;
  }

  @Authorized(...ACCESS.editPartyTree)
  @Mutation(() => Person, { description: "Makes the person a party member of the unit, transferring an existing membership." })
  assignPartyMembership(
    @Arg("personId", () => ID) personId: string,
    @Arg("orgUnitId", () => ID) orgUnitId: string,
    @Arg("kind", () => MembershipKind) kind: MembershipKind,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Person> {
    return assignPartyMembership(ctx, personId, orgUnitId, kind);
  }
}
