import type { CSSProperties } from "react";
import { Alert } from "antd";
import type { Locale } from "@dongting/ui-kit";
import { requestsFailure } from "../graph/failure";

/**
 * A failed mutation, shown where it happened (in the form or dialog): the refusal's reason in the UI's
 * language as the title, the server's own message underneath.
 */
export function GraphError({ error, locale, style }: { error: unknown; locale: Locale; style?: CSSProperties }) {
  if (!error) return null;
  const failure = requestsFailure(error, locale);
  return (
    <Alert
      type="error"
      showIcon
      data-testid="graph-error"
      data-error-kind={failure.kind}
      data-reason={failure.reason ?? ""}
      title={failure.title}
      description={failure.message}
      style={style}
    />
  );
}
