import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { describeGraphError, type GraphErrorKind, type Locale } from "@dongting/ui-kit";

export interface GraphFailure {
  kind: GraphErrorKind;
  /** Worded for the user in the UI's language. */
  title: string;
  /** The server's own message (bilingual: "中文 (English)" where the subgraph gives both). */
  message: string;
  /** The input field the server blamed (`extensions.field`), if any. */
  field: string | null;
}

/** Classifies a failed query or mutation and keeps what the UI needs to show it in place. */
export function graphFailure(error: unknown, locale: Locale): GraphFailure {
  const { kind, title, detail } = describeGraphError(error, locale);
  const first = CombinedGraphQLErrors.is(error) ? error.errors[0] : undefined;
  const field = first?.extensions?.field;
  return { kind, title, message: first?.message ?? detail, field: typeof field === "string" ? field : null };
}
