import { Button, Flex, Tooltip } from "antd";
import type { Locale } from "@dongting/ui-kit";
import { availability, mayCancel } from "@dongting/domain/volunteers";
import type { MySignup, ShiftSummary } from "../graph/shifts";
import { volunteersReasonText } from "../graph/failure";
import type { SignupControls } from "../hooks/useSignupControls";
import { CancelledTag } from "./ShiftAdminButtons";
import { SignupStateTag } from "./SignupStateTag";
import { t } from "../i18n";

export interface SignupButtonsProps {
  shift: ShiftSummary;
  /** The volunteer's own sign-up for the shift, if any. */
  mine: MySignup | undefined;
  controls: SignupControls;
  locale: Locale;
  now: Date;
  size?: "small" | "middle";
  showState?: boolean;
}

/**
 * Sign up, cancel, or why neither is possible, for one shift and the signed-in volunteer. The shared
 * shift rules say in advance what the subgraph would refuse (full, over, cancelling too late); the
 * subgraph stays the judge and its refusal is shown next to the button.
 */
export function SignupButtons({ shift, mine, controls, locale, now, size = "small", showState = true }: SignupButtonsProps) {
  if (!controls.volunteerId) return null;
  // A cancelled shift takes no sign-ups and has nothing left to cancel: it says so, with its reason.
  if (shift.cancelledAt) return <CancelledTag shift={shift} locale={locale} />;
  const busy = controls.pending === shift.id;
  const state = availability(shift, now);
  if (mine) {
    // Once he is checked in, or the shift is over, there is nothing left to cancel.
    if (mine.checkedInAt || state === "OVER") return showState ? <SignupStateTag signup={mine} locale={locale} /> : null;
    const cancellable = mayCancel(shift, now);
    return (
      <Flex gap={6} align="center" wrap>
        {showState ? <SignupStateTag signup={mine} locale={locale} /> : null}
        <Tooltip title={cancellable ? undefined : volunteersReasonText("CANCEL_CLOSED", locale)}>
          <Button size={size} danger disabled={!cancellable} loading={busy} data-action="cancel" onClick={() => controls.onCancel(shift)}>
            {t(locale, "cancelSignup")}
          </Button>
        </Tooltip>
      </Flex>
    );
  }
  return (
    <Button
      size={size}
      type="primary"
      disabled={state !== "OPEN"}
      loading={busy}
      data-action="sign-up"
      data-availability={state}
      onClick={() => controls.onSignUp(shift)}
    >
      {state === "OVER" ? t(locale, "over") : state === "FULL" ? t(locale, "full") : t(locale, "signUp")}
    </Button>
  );
}
