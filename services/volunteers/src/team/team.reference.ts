import type { SubgraphContext } from "@dongting/subgraph-kit";
import { teamById } from "./team.loader.js";

/** `VolunteerTeam` for other subgraphs (requests, station): batched, one statement per request. */
export const teamReference = {
  __resolveReference: (reference: { id: string }, ctx: SubgraphContext) => teamById(ctx).load(reference.id),
};
