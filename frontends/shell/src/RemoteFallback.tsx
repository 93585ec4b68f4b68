import { Button, Result, Typography } from "antd";
import { ReloadOutlined } from "@ant-design/icons";
import type { Locale } from "@dongting/ui-kit";
import { t } from "./i18n";

export interface RemoteFallbackProps {
  moduleName: string;
  kind: "load" | "crash";
  detail: string;
  locale: Locale;
  onRetry?: () => void;
}

/** Shown in a remote's slot when it cannot be loaded or has crashed. */
export function RemoteFallback({ moduleName, kind, detail, locale, onRetry }: RemoteFallbackProps) {
  return (
    <Result
      status="error"
      data-testid="remote-fallback"
      title={t(locale, kind === "load" ? "moduleLoadFailed" : "moduleCrashed")}
      subTitle={t(locale, "moduleFailedHint", { module: moduleName })}
      extra={
        onRetry ? (
          <Button type="primary" icon={<ReloadOutlined />} onClick={onRetry}>
            {t(locale, "retry")}
          </Button>
        ) : undefined
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0, wordBreak: "break-word" }}>
        {detail}
      </Typography.Paragraph>
    </Result>
  );
}
