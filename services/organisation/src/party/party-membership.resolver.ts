import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "@dongting/subgraph-kit";
import { OrgUnit } from "../org-unit/org-unit.entity.js";
import { orgUnitById } from "../org-unit/org-unit.loader.js";
import { PartyMembership } from "./party-membership.entity.js";

@Resolver(() => PartyMembership)
export class PartyMembershipResolver {
  @FieldResolver(() => OrgUnit)
  async orgUnit(@Root() membership: PartyMembership, @Ctx() ctx: SubgraphContext): Promise<OrgUnit> {
    return (await orgUnitById(ctx).load(membership.orgUnitId)) as OrgUnit;
  }
}
