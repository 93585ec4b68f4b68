import { graphFailure, type GraphFailure, type Locale } from "@dongting/ui-kit";
import { REQUESTS_REASONS } from "@dongting/domain/reasons/requests";

/** A failed query or mutation of this remote, its refusal worded from the requests reason table. */
export const requestsFailure = (error: unknown, locale: Locale): GraphFailure => graphFailure(error, locale, REQUESTS_REASONS);

/** A refused input field under the form's name for it ("input.title" and "title" are both `title`). */
export interface RefusedField {
  name: string;
  constraint: string;
}

export function refusedFields(failure: GraphFailure): RefusedField[] {
  return failure.fields.map(({ field, constraint }) => ({ name: field.split(".").pop() ?? field, constraint }));
}
