import { Result } from "antd";
import type { Locale } from "@dongting/ui-kit";
import { t } from "../i18n";

/** Shown instead of a page the viewer's roles do not open (the graph would refuse it too). */
export function NotAllowed({ locale }: { locale: Locale }) {
  return <Result status="403" title={t(locale, "notAllowed")} subTitle={t(locale, "notAllowedHint")} data-testid="not-allowed" />;
}
