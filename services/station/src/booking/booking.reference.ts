import type { SubgraphContext } from "@dongting/subgraph-kit";
import { bookingById } from "./booking.loader.js";

export const bookingReference = {
  __resolveReference: (reference: { id: string }, ctx: SubgraphContext) => bookingById(ctx).load(reference.id),
};
