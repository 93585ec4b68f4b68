import { useMutation } from "@apollo/client/react";
import { Alert, Button, Popconfirm } from "antd";
import { UnlockOutlined } from "@ant-design/icons";
import type { Locale } from "@dongting/ui-kit";
import { NO_SHOW_BLOCK_COUNT, NO_SHOW_BLOCK_DAYS } from "@dongting/domain/volunteers";
import { LIFT_SIGNUP_BLOCK } from "../graph/staff-tools";
import { useKeyedAction } from "../hooks/useKeyedAction";
import { Refusal } from "./Refusal";
import { t } from "../i18n";

export interface SignupBlockAlertProps {
  volunteer: { id: string; signupBlocked: boolean };
  /** Staff lift the block (the subgraph's rule); the volunteer himself only sees it. */
  mayLift: boolean;
  locale: Locale;
}

/** 报名受限 after too many no-shows, and for staff the button that lifts it (the no-shows still cost minutes). */
export function SignupBlockAlert({ volunteer, mayLift, locale }: SignupBlockAlertProps) {
  const [lift] = useMutation(LIFT_SIGNUP_BLOCK, { refetchQueries: "active", awaitRefetchQueries: true });
  const action = useKeyedAction();
  if (!volunteer.signupBlocked) return null;
  return (
    <>
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        data-testid="signup-blocked"
        title={t(locale, "signupBlocked")}
        description={t(locale, "signupBlockedHint", { days: NO_SHOW_BLOCK_DAYS, count: NO_SHOW_BLOCK_COUNT })}
        action={
          mayLift ? (
            <Popconfirm
              title={t(locale, "confirmLiftBlock")}
              okText={t(locale, "ok")}
              cancelText={t(locale, "cancel")}
              onConfirm={() => void action.run("lift", () => lift({ variables: { volunteerId: volunteer.id } }))}
            >
              <Button icon={<UnlockOutlined />} loading={action.pending === "lift"} data-action="lift-block">
                {t(locale, "liftBlock")}
              </Button>
            </Popconfirm>
          ) : undefined
        }
      />
      <Refusal error={action.errors.lift} locale={locale} onClose={() => action.clear("lift")} testId="lift-block-error" />
    </>
  );
}
