import type { ReasonTable } from "@dongting/domain/reasons/common";
import { COUNCIL_REASONS } from "@dongting/domain/reasons/council";
import type { Locale } from "@dongting/ui-kit";

/** The reasons this remote's operations are refused with: the council subgraph's (the kit's common ones are always known). */
export const REASON_TABLES: readonly ReasonTable[] = [COUNCIL_REASONS];

/** The text of one of the council's reasons, e.g. for a hint saying in advance why something will be refused. */
export function councilReasonText(reason: keyof typeof COUNCIL_REASONS, locale: Locale): string {
  const text = COUNCIL_REASONS[reason];
  return locale === "en-US" ? text.en : text.zh;
}
