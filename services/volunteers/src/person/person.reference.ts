import type { PersonReference } from "../references/person-reference.js";

/** No lookup: whether the person exists is the organisation subgraph's business. */
export const personReference = {
  __resolveReference: (reference: { id: string }): PersonReference => ({ id: reference.id }),
};
