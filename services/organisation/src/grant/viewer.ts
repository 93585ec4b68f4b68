import { Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from "type-graphql";
import { isUuid, reachOf, type Grant, type SubgraphContext } from "@dongting/subgraph-kit";
import { Community } from "../community/community.entity.js";
import { listCommunities } from "../community/community.loader.js";
import { Person } from "../person/person.entity.js";
import { personById } from "../person/person.loader.js";
import { RoleGrant } from "./role-grant.entity.js";
import { grantsOfPerson } from "./role-grant.loader.js";

@ObjectType({ description: "Who is signed in, with which grants and in which communities." })
export class Viewer {
  /** Filled by the field resolvers from the request's viewer. */
  personId: string | null;
}

/** The stored grant a token's grant came from, else one made up from the token (not stored: `token:` id). */
function grantFromToken(grant: Grant, stored: RoleGrant[], personId: string | null, now: Date): RoleGrant {
  const match = stored.find((row) => row.role === grant.role && row.scopeKind === grant.scope.kind && row.scopeId === grant.scope.id);
  if (match) return match;
  return Object.assign(new RoleGrant(), {
    id: `token:${grant.role}:${grant.scope.kind}:${grant.scope.id ?? ""}`,
    personId: personId ?? "",
    role: grant.role,
    scopeKind: grant.scope.kind,
    scopeId: grant.scope.id,
    grantedAt: now,
    grantedBy: null,
  });
}

@Resolver(() => Viewer)
export class ViewerResolver {
  @Query(() => Viewer, { description: "The signed-in viewer; anonymous: no person, no grants, no communities." })
  viewer(@Ctx() ctx: SubgraphContext): Viewer {
    return { personId: ctx.viewer.personId };
  }

  @FieldResolver(() => Person, { nullable: true, description: "Null for service accounts and anonymous viewers." })
  person(@Root() viewer: Viewer, @Ctx() ctx: SubgraphContext) {
    return viewer.personId ? personById(ctx).load(viewer.personId) : null;
  }

  @FieldResolver(() => [RoleGrant], { description: "The token's grants (the stored grant where one matches)." })
  async grants(@Root() viewer: Viewer, @Ctx() ctx: SubgraphContext): Promise<RoleGrant[]> {
    const stored =
      viewer.personId && isUuid(viewer.personId) && ctx.viewer.grants.length > 0 ? await grantsOfPerson(ctx).load(viewer.personId) : [];
    const now = ctx.clock.now();
    return ctx.viewer.grants.map((grant) => grantFromToken(grant, stored, viewer.personId, now));
  }

  @FieldResolver(() => [Community], { description: "The communities the viewer may act in." })
  async communities(@Ctx() ctx: SubgraphContext): Promise<Community[]> {
    if (ctx.viewer.grants.length === 0) return [];
    const reach = await reachOf(ctx, "any", "read");
    return listCommunities(ctx, reach.global ? "all" : reach.touchedCommunityIds);
  }
}
