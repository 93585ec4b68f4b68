import { Result } from "antd";
import type { Locale } from "@dongting/ui-kit";
import { t } from "../i18n";

/** Shown instead of a page the viewer's roles do not open. */
export function NotAllowed({ locale, reason }: { locale: Locale; reason?: string }) {
  return <Result status="403" title={t(locale, "notAllowed")} subTitle={reason ?? t(locale, "notAllowedHint")} data-testid="not-allowed" />;
}
