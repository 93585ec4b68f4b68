import { Button, Flex } from "antd";
import type { Locale } from "@dongting/ui-kit";
import { t } from "../i18n";

export interface DialogButtonsProps {
  locale: Locale;
  okText: string;
  loading: boolean;
  disabled?: boolean;
  danger?: boolean;
  onCancel(): void;
  /** Without it the OK button submits the form it is in. */
  onOk?(): void;
}

/** Cancel and the dialog's one action, at the foot of a handling dialog. */
export function DialogButtons({ locale, okText, loading, disabled, danger, onCancel, onOk }: DialogButtonsProps) {
  return (
    <Flex justify="flex-end" gap={8} style={{ marginTop: 16 }}>
      <Button onClick={onCancel} data-testid="dialog-cancel">
        {t(locale, "cancel")}
      </Button>
      <Button
        type="primary"
        htmlType={onOk ? "button" : "submit"}
        danger={danger}
        loading={loading}
        disabled={disabled}
        onClick={onOk}
        data-testid="dialog-ok"
      >
        {okText}
      </Button>
    </Flex>
  );
}
