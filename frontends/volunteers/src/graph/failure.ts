import type { ReasonTable } from "@dongting/domain/reasons/common";
import { REQUESTS_REASONS } from "@dongting/domain/reasons/requests";
import { VOLUNTEERS_REASONS } from "@dongting/domain/reasons/volunteers";
import { graphFailure, type GraphFailure, type Locale } from "@dongting/ui-kit";

/**
 * The reasons this remote's operations are refused with: the volunteers subgraph's, and the requests
 * subgraph's for the hazard report (`submitRequest`); the kit's common ones are always known.
 */
export const REASON_TABLES: readonly ReasonTable[] = [VOLUNTEERS_REASONS, REQUESTS_REASONS];

/** A failed query or mutation, its refusal worded by reason in the UI's language. */
export function volunteersFailure(error: unknown, locale: Locale): GraphFailure {
  return graphFailure(error, locale, ...REASON_TABLES);
}

/** The text of one of the slice's reasons, e.g. for a hint saying in advance why a button is disabled. */
export function volunteersReasonText(reason: keyof typeof VOLUNTEERS_REASONS, locale: Locale): string {
  const text = VOLUNTEERS_REASONS[reason];
  return locale === "en-US" ? text.en : text.zh;
}
