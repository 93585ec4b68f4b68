import type { Locale } from "@dongting/ui-kit";
import type { RequestCard } from "../graph/requests";

/** After a transition every visible list and figure is read again, so the request moves column. */
export const REFETCH = { refetchQueries: "active" as const, awaitRefetchQueries: true };

/** What each handling dialog's form gets. */
export interface HandlingFormProps {
  request: RequestCard;
  locale: Locale;
  onCancel(): void;
  onDone(): void;
}
