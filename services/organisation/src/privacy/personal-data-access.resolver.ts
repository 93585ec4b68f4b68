import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "@dongting/subgraph-kit";
import { Person } from "../person/person.entity.js";
import { personById } from "../person/person.loader.js";
import { PersonalDataAccess } from "./personal-data-access.entity.js";
import { PersonalDataAccessConnection } from "./personal-data-access-connection.type.js";
import { personalDataAccessLog } from "./personal-data-access.service.js";

/** ADMIN only: the read policy (access.ts) guards the root field and every field of an entry. */
@Resolver(() => PersonalDataAccess)
export class PersonalDataAccessResolver {
  @Query(() => PersonalDataAccessConnection, { description: "ADMIN only. Newest first." })
  personalDataAccessLog(
    @Arg("from", () => Date) from: Date,
    @Arg("to", () => Date) to: Date,
    @Arg("subjectId", () => ID, { nullable: true }) subjectId: string | null,
    @Arg("actorId", () => ID, { nullable: true }) actorId: string | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: 50 }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<PersonalDataAccessConnection> {
    return personalDataAccessLog(ctx.db, { from, to, subjectId: subjectId ?? null, actorId: actorId ?? null, first: first ?? 50, after });
  }

  @FieldResolver(() => Person, { nullable: true, description: "Who read it; null for a service account." })
  actor(@Root() entry: PersonalDataAccess, @Ctx() ctx: SubgraphContext): Promise<Person | null> | null {
    return entry.actorId ? personById(ctx).load(entry.actorId) : null;
  }

  @FieldResolver(() => Person, { description: "Whose data it was." })
  async subject(@Root() entry: PersonalDataAccess, @Ctx() ctx: SubgraphContext): Promise<Person> {
    return (await personById(ctx).load(entry.subjectId)) as Person;
  }
}
