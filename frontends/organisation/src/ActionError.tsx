import { Alert } from "antd";
import { describeGraphError, type Locale } from "@dongting/ui-kit";

/**
 * A refused change, shown where it was attempted: the kind of refusal (CONFLICT, BAD_USER_INPUT,
 * FORBIDDEN, ...) worded for the user, with the graph's own message underneath.
 */
export function ActionError({ error, locale, testId = "action-error" }: { error: unknown; locale: Locale; testId?: string }) {
  if (!error) return null;
  const { kind, title, detail } = describeGraphError(error, locale);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid={testId}
      data-error-kind={kind}
      title={title}
      description={detail}
      style={{ marginTop: 8 }}
    />
  );
}
