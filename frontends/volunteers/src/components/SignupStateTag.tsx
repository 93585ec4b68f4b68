import { Tag } from "antd";
import type { Locale } from "@dongting/ui-kit";
import { signupState } from "@dongting/domain/volunteers";
import { SIGNUP_STATE_COLOR, signupStateLabel } from "../labels";

export function SignupStateTag({
  signup,
  locale,
}: {
  signup: { checkedInAt: string | null; checkedOutAt: string | null; noShow: boolean };
  locale: Locale;
}) {
  const state = signupState(signup);
  return (
    <Tag color={SIGNUP_STATE_COLOR[state]} data-signup-state={state}>
      {signupStateLabel(locale, state)}
    </Tag>
  );
}
