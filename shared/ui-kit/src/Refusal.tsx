import { Alert } from "antd";
import { reasonText, type ReasonTable } from "@dongting/domain/reasons/common";
import { graphFailure } from "./graph-error";
import type { Locale } from "./remote-props";

export interface RefusalProps {
  /** The failure (an Apollo Client error, usually); nothing is shown while it is empty. */
  error: unknown;
  locale: Locale;
  /** The slice's reason tables (the kit's common reasons are always known). */
  reasons: readonly ReasonTable[];
  onClose?: () => void;
  /** "action-error" by default. */
  testId?: string;
}

/**
 * A refused change, shown where it was attempted and worded by its reason (ALREADY_VOTED: "您已经投过票了" /
 * "You have already voted"). The server's own message is shown only when the reason has no text here.
 */
export function Refusal({ error, locale, reasons, onClose, testId = "action-error" }: RefusalProps) {
  if (!error) return null;
  const failure = graphFailure(error, locale, ...reasons);
  const worded = reasonText(failure.reason ?? undefined, locale, ...reasons) !== undefined;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid={testId}
      data-error-kind={failure.kind}
      data-reason={failure.reason ?? undefined}
      title={failure.title}
      description={worded ? undefined : failure.message}
      closable={onClose ? { onClose } : false}
      style={{ marginTop: 8 }}
    />
  );
}
