import { Alert, Button } from "antd";
import { describeGraphError, graphFailure } from "./graph-error";
import type { Locale } from "./remote-props";

export interface QueryErrorProps {
  error: unknown;
  locale: Locale;
  onRetry?: () => void;
}

/** A failed query, worded for the user, with the server's message underneath. */
export function QueryError({ error, locale, onRetry }: QueryErrorProps) {
  const { kind, detail } = describeGraphError(error, locale);
  // The common reasons' text (e.g. READ_ONLY_ACCOUNT, FIELD_NOT_ALLOWED) when the refusal names one.
  const { title } = graphFailure(error, locale);
  return (
    <Alert
      type="error"
      showIcon
      data-error-kind={kind}
      title={title}
      description={detail}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {locale === "en-US" ? "Retry" : "重试"}
          </Button>
        ) : undefined
      }
    />
  );
}
