import { Alert } from "antd";
import { describeGraphError, graphFailure } from "./graph-error";
import type { Locale } from "./remote-props";

export interface ActionErrorProps {
  /** The failure (an Apollo Client error, usually); nothing is shown while it is empty. */
  error: unknown;
  locale: Locale;
  /** "action-error" by default. */
  testId?: string;
  /** Makes the message closable. */
  onClose?: () => void;
}

/**
 * A refused change, shown where it was attempted: the kind of refusal (CONFLICT, BAD_USER_INPUT,
 * FORBIDDEN, ...) worded for the user, with the graph's own message underneath.
 */
export function ActionError({ error, locale, testId = "action-error", onClose }: ActionErrorProps) {
  if (!error) return null;
  const { kind, detail } = describeGraphError(error, locale);
  // The common reasons' text (e.g. READ_ONLY_ACCOUNT, FIELD_NOT_ALLOWED) when the refusal names one.
  const { title } = graphFailure(error, locale);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid={testId}
      data-error-kind={kind}
      title={title}
      description={detail}
      closable={onClose ? { onClose } : false}
      style={{ marginTop: 8 }}
    />
  );
}
