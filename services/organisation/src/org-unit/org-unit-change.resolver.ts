import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "@dongting/subgraph-kit";
import { Person } from "../person/person.entity.js";
import { personById } from "../person/person.loader.js";
import { OrgUnitChange } from "./org-unit-change.type.js";

@Resolver(() => OrgUnitChange)
export class OrgUnitChangeResolver {
  @FieldResolver(() => Person, { nullable: true, description: "Who made the change (null when unknown)." })
  actor(@Root() change: OrgUnitChange, @Ctx() ctx: SubgraphContext) {
    return change.actorId ? personById(ctx).load(change.actorId) : null;
  }
}
