import { graphFailure, type FieldProblem, type GraphFailure, type Locale } from "@dongting/ui-kit";
import { reasonText } from "@dongting/domain/reasons/common";
import { STATION_REASONS } from "@dongting/domain/reasons/station";

/** A failed query or mutation of this remote, its refusal worded from the station's reason table. */
export const stationFailure = (error: unknown, locale: Locale): GraphFailure => graphFailure(error, locale, STATION_REASONS);

/** Whether the failure names a reason the tables word (else only its kind is known). */
export function isWordedByReason(failure: GraphFailure, locale: Locale): boolean {
  return failure.reason !== null && reasonText(failure.reason, locale, STATION_REASONS) !== undefined;
}

/** One line for a toast: the reason's text, or the kind's text with the server's message when no reason is known. */
export function failureLine(error: unknown, locale: Locale): string {
  const failure = stationFailure(error, locale);
  return isWordedByReason(failure, locale) ? failure.title : `${failure.title}：${failure.message}`;
}

/** The input field a problem names, without the argument it came in (`input.attendees` -> `attendees`). */
export const fieldName = (problem: FieldProblem): string => problem.field.split(".").pop() ?? problem.field;

/** A string the failure's extensions carry under `key`, else null. */
export function extensionText(failure: GraphFailure | null, key: string): string | null {
  const value = failure?.extensions[key];
  return typeof value === "string" ? value : null;
}

/** A number the failure's extensions carry under `key`, else null. */
export function extensionNumber(failure: GraphFailure | null, key: string): number | null {
  const value = failure?.extensions[key];
  return typeof value === "number" ? value : null;
}
