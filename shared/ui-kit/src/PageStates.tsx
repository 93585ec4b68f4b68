import type { ReactNode } from "react";
import { Button, Empty, Result, Spin } from "antd";
import { QueryError } from "./QueryError";
import type { Locale } from "./remote-props";
import { navigate } from "./routing";

/** A page's (or a lazily loaded section's) spinner, centred. */
export function PageLoading() {
  return <Spin size="large" style={{ display: "block", margin: "48px auto" }} />;
}

/** A path the remote does not know, with a way back (`backTo`, e.g. the remote's own root). */
export function PageNotFound({ locale, backTo, backLabel }: { locale: Locale; backTo: string; backLabel: ReactNode }) {
  return (
    <Result
      status="404"
      title={locale === "en-US" ? "Page not found" : "页面不存在"}
      extra={<Button onClick={() => navigate(backTo)}>{backLabel}</Button>}
    />
  );
}

export interface QueryFallbackProps {
  error: unknown;
  loading: boolean;
  locale: Locale;
  onRetry?: () => void;
  /** Shown when the query has answered without the thing (e.g. an unknown id). */
  notFound: ReactNode;
}

/** What a detail page shows while it has no data: the failure, the spinner, or "not found". */
export function QueryFallback({ error, loading, locale, onRetry, notFound }: QueryFallbackProps) {
  if (error) return <QueryError error={error} locale={locale} onRetry={onRetry} />;
  if (loading) return <PageLoading />;
  return <Empty description={notFound} />;
}
