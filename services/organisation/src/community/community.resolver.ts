import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "@dongting/subgraph-kit";
import { Grid } from "../grid/grid.entity.js";
import { OrgUnit } from "../org-unit/org-unit.entity.js";
import { orgUnitById } from "../org-unit/org-unit.loader.js";
import { Person } from "../person/person.entity.js";
import { Community } from "./community.entity.js";
import { communityById, gridsOfCommunity, listCommunities } from "./community.loader.js";

@Resolver(() => Community)
export class CommunityResolver {
  @Query(() => [Community], { description: "Every community of the deployment, by code." })
  communities(@Ctx() ctx: SubgraphContext): Promise<Community[]> {
    return listCommunities(ctx);
  }

  @Query(() => Community, { nullable: true })
  community(@Arg("id", () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Community | null> {
    return communityById(ctx).load(id);
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: "The street working committee (街道党工委) it belongs to." })
  street(@Root() community: Community, @Ctx() ctx: SubgraphContext) {
    return community.streetUnitId ? orgUnitById(ctx).load(community.streetUnitId) : null;
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: "Its community party committee (社区党委)." })
  committee(@Root() community: Community, @Ctx() ctx: SubgraphContext) {
    return community.committeeUnitId ? orgUnitById(ctx).load(community.committeeUnitId) : null;
  }

  @FieldResolver(() => [Grid])
  grids(@Root() community: Community, @Ctx() ctx: SubgraphContext): Promise<Grid[]> {
    return gridsOfCommunity(ctx).load(community.id);
  }
}

@Resolver(() => Grid)
export class GridCommunityResolver {
  @FieldResolver(() => Community)
  async community(@Root() grid: Grid, @Ctx() ctx: SubgraphContext): Promise<Community> {
    return (await communityById(ctx).load(grid.communityId))!;
  }
}

@Resolver(() => OrgUnit)
export class OrgUnitCommunityResolver {
  @FieldResolver(() => Community, { nullable: true, description: "Null for a street working committee." })
  community(@Root() unit: OrgUnit, @Ctx() ctx: SubgraphContext) {
    return unit.communityId ? communityById(ctx).load(unit.communityId) : null;
  }
}

@Resolver(() => Person)
export class PersonCommunityResolver {
  @FieldResolver(() => Community, { nullable: true, description: "Home community." })
  community(@Root() person: Person, @Ctx() ctx: SubgraphContext) {
    return person.communityId ? communityById(ctx).load(person.communityId) : null;
  }
}
