import { Alert } from "antd";
import type { Locale } from "@dongting/ui-kit";
import type { MySignup } from "../graph/shifts";
import { formatSpan } from "../format";
import { t } from "../i18n";

/**
 * The in-app notice of cancelled shifts: the volunteer's sign-ups of the week whose shift was called off,
 * each with the reason the leader or staff gave.
 */
export function CancelledNotice({ signups, locale }: { signups: readonly MySignup[]; locale: Locale }) {
  const cancelled = signups.filter((signup) => signup.shift.cancelledAt);
  if (cancelled.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="cancelled-notice"
      title={t(locale, "cancelledNotice")}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {cancelled.map(({ shift }) => (
            <li key={shift.id} data-shift-id={shift.id} data-reason={shift.cancelReason ?? undefined}>
              {t(locale, "cancelledNoticeItem", {
                title: shift.title,
                time: formatSpan(locale, shift.startsAt, shift.endsAt, true),
                reason: shift.cancelReason ?? "—",
              })}
            </li>
          ))}
        </ul>
      }
    />
  );
}
