import { Alert } from "antd";
import type { Locale } from "@dongting/ui-kit";
import { hasReasonText, volunteersFailure } from "../graph/failure";

export interface RefusalProps {
  /** The failure (an Apollo Client error, usually); nothing is shown while it is empty. */
  error: unknown;
  locale: Locale;
  onClose?: () => void;
  testId?: string;
}

/**
 * A refused change, shown where it was attempted and worded by its reason (SHIFT_FULL: "该班次已报满"
 * / "The shift is full"). The server's own message is shown only when the reason has no text here.
 */
export function Refusal({ error, locale, onClose, testId = "action-error" }: RefusalProps) {
  if (!error) return null;
  const failure = volunteersFailure(error, locale);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid={testId}
      data-error-kind={failure.kind}
      data-reason={failure.reason ?? undefined}
      title={failure.title}
      description={hasReasonText(failure, locale) ? undefined : failure.message}
      closable={onClose ? { onClose } : false}
      style={{ marginTop: 8 }}
    />
  );
}
