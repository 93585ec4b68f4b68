import { entityByIdLoader, type SubgraphContext } from "@dongting/subgraph-kit";
import { Person } from "./person.entity.js";

export const personById = (ctx: SubgraphContext) => entityByIdLoader(ctx.loaders, ctx.db.manager, Person, "person");
