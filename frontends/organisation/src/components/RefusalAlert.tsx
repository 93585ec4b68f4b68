import { Alert } from "antd";
import { describeGraphError, type Locale } from "@dongting/ui-kit";
import { isWordedByReason, orgFailure } from "../graph/failure";

/**
 * A refused change, shown where it was attempted: the refusal's reason in the UI's language (from the
 * slice's reason table), with the kind of refusal underneath. Only a failure without a known reason
 * (the network, an unexpected error) shows the server's own message.
 */
export function RefusalAlert({ error, locale, testId }: { error: unknown; locale: Locale; testId: string }) {
  if (!error) return null;
  const failure = orgFailure(error, locale);
  const worded = isWordedByReason(failure, locale);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid={testId}
      data-error-kind={failure.kind}
      data-reason={failure.reason ?? ""}
      title={failure.title}
      description={worded ? describeGraphError(error, locale).title : failure.message}
      style={{ marginTop: 8 }}
    />
  );
}
