import type { CSSProperties } from "react";
import { Alert } from "antd";
import type { Locale } from "@dongting/ui-kit";
import { graphFailure } from "../graph/errors";

/** A failed mutation, shown where it happened (in the form or dialog), with the server's message. */
export function GraphError({ error, locale, style }: { error: unknown; locale: Locale; style?: CSSProperties }) {
  if (!error) return null;
  const failure = graphFailure(error, locale);
  return (
    <Alert
      type="error"
      showIcon
      data-testid="graph-error"
      data-error-kind={failure.kind}
      title={failure.title}
      description={failure.message}
      style={style}
    />
  );
}
