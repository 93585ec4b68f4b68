import { Tag } from "antd";
import type { Locale } from "@dongting/ui-kit";
import { CHECK_IN_OPENS_BEFORE_MINUTES, type CheckInWindow } from "@dongting/domain/volunteers";
import { t } from "../i18n";

const WINDOW_COLOR = { NOT_YET: "default", OPEN: "processing", CLOSED: "default" } as const;

/** Why check-in is (not) open, the opening time taken from the shared rule. */
export function checkInWindowText(locale: Locale, window: CheckInWindow): string {
  if (window === "NOT_YET") return t(locale, "windowNotYet", { minutes: CHECK_IN_OPENS_BEFORE_MINUTES });
  return t(locale, window === "OPEN" ? "windowOpen" : "windowClosed");
}

export function CheckInWindowTag({ window, locale }: { window: CheckInWindow; locale: Locale }) {
  return (
    <Tag color={WINDOW_COLOR[window]} data-check-in-window={window}>
      {checkInWindowText(locale, window)}
    </Tag>
  );
}
