// The team pages write instants as the other remotes do, in community time (the ui-kit's formatting).
import { formatDate, type Locale } from "@dongting/ui-kit";

export { formatDate, formatDay, formatSpan, formatTime, localDayOf } from "@dongting/ui-kit";

/** "2025/05/12 – 2025/05/18" for a half-open range. */
export function formatRange(locale: Locale, range: { from: Date; to: Date }): string {
  return `${formatDate(locale, range.from)} – ${formatDate(locale, new Date(range.to.getTime() - 1))}`;
}
