import { Alert } from "antd";
import { describeGraphError, type Locale } from "@dongting/ui-kit";

/**
 * A refused action, shown where it happened: the kind of refusal (CONFLICT, FORBIDDEN, ...) worded
 * for the user, with the server's own message underneath.
 */
export function ActionError({ error, locale, onClose }: { error: unknown; locale: Locale; onClose?: () => void }) {
  if (!error) return null;
  const { kind, title, detail } = describeGraphError(error, locale);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="action-error"
      data-error-kind={kind}
      title={title}
      description={detail}
      closable={onClose ? { onClose } : false}
      style={{ marginTop: 8 }}
    />
  );
}
