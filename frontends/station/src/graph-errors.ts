import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { describeGraphError, type GraphErrorKind, type Locale } from "@dongting/ui-kit";

export interface GraphFailure {
  kind: GraphErrorKind;
  /** Worded for the user in the UI's language. */
  title: string;
  /** The server's own message (bilingual: "中文 (English)"). */
  message: string;
  /** `extensions` of the first GraphQL error, e.g. { code, date, occurrence } for a booking conflict. */
  extensions: Record<string, unknown>;
}

/** Classifies a failed query or mutation and keeps the first error's extensions for the UI. */
export function graphFailure(error: unknown, locale: Locale): GraphFailure {
  const { kind, title, detail } = describeGraphError(error, locale);
  const first = CombinedGraphQLErrors.is(error) ? error.errors[0] : undefined;
  const extensions = (first?.extensions ?? {}) as Record<string, unknown>;
  return { kind, title, message: first?.message ?? detail, extensions };
}
