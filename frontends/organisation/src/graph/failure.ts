import { graphFailure, type FieldProblem, type GraphFailure, type Locale } from "@dongting/ui-kit";
import { reasonText } from "@dongting/domain/reasons/common";
import { ORGANISATION_REASONS } from "@dongting/domain/reasons/organisation";

/** A failed query or mutation of this remote, classified with the organisation slice's reasons. */
export function orgFailure(error: unknown, locale: Locale): GraphFailure {
  return graphFailure(error, locale, ORGANISATION_REASONS);
}

/** Whether the failure names a reason the tables word (else only its kind is known). */
export function isWordedByReason(failure: GraphFailure, locale: Locale): boolean {
  return failure.reason !== null && reasonText(failure.reason, locale, ORGANISATION_REASONS) !== undefined;
}

/** One line for a toast: the reason's text, or the kind's text with the server's message when no reason is known. */
export function failureLine(error: unknown, locale: Locale): string {
  const failure = orgFailure(error, locale);
  return isWordedByReason(failure, locale) ? failure.title : `${failure.title}: ${failure.message}`;
}

/** The input field a problem names, without the argument it came in (`input.name` -> `name`). */
export function fieldName(problem: FieldProblem): string {
  return problem.field.split(".").pop() ?? problem.field;
}
