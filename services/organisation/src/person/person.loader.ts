import { entityByIdLoader, type SubgraphContext } from "@dongting/subgraph-kit";
import { Person } from "./person.entity.js";
import type { RequestLoader } from "@dongting/subgraph-kit";

export const personById = (ctx: SubgraphContext): RequestLoader<string, Person | null> =>
  entityByIdLoader(ctx.loaders, ctx.db.manager, Person, "person");
