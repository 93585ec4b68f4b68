import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Form, Input, Modal, Typography } from "antd";
import type { Locale } from "@dongting/ui-kit";
import { CANCEL_REASON_MAX } from "@dongting/domain/volunteers";
import type { ShiftSummary } from "../graph/shifts";
import { CANCEL_SHIFT } from "../graph/staff-tools";
import { formatSpan } from "../format";
import { Refusal } from "./Refusal";
import { t } from "../i18n";

export interface CancelShiftModalProps {
  open: boolean;
  shift: ShiftSummary;
  locale: Locale;
  onClose: () => void;
}

/** Calls a shift off with a reason, which the volunteers signed up for it see on their week page. */
export function CancelShiftModal({ open, shift, locale, onClose }: CancelShiftModalProps) {
  const [form] = Form.useForm<{ reason: string }>();
  const [error, setError] = useState<unknown>(null);
  const [cancelShift, { loading }] = useMutation(CANCEL_SHIFT, { refetchQueries: "active", awaitRefetchQueries: true });

  const submit = async ({ reason }: { reason: string }) => {
    setError(null);
    try {
      await cancelShift({ variables: { id: shift.id, reason: reason.trim() } });
      onClose();
    } catch (refusal) {
      setError(refusal);
    }
  };

  return (
    <Modal
      open={open}
      title={`${t(locale, "cancelShift")}：${shift.title}`}
      okText={t(locale, "cancelShift")}
      okButtonProps={{ danger: true, "data-testid": "cancel-shift-submit" }}
      cancelText={t(locale, "keepShift")}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={() => {
        setError(null);
        onClose();
      }}
      destroyOnHidden
      forceRender
    >
      <Typography.Paragraph type="secondary">
        {formatSpan(locale, shift.startsAt, shift.endsAt, true)} · {t(locale, "cancelShiftHint")}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(fields) => void submit(fields)} data-testid="cancel-shift-form" preserve={false}>
        <Form.Item
          name="reason"
          label={t(locale, "cancelShiftReason")}
          rules={[
            { required: true, whitespace: true, message: t(locale, "required", { field: t(locale, "cancelShiftReason") }) },
            { max: CANCEL_REASON_MAX, message: t(locale, "tooLong", { field: t(locale, "cancelShiftReason"), max: CANCEL_REASON_MAX }) },
          ]}
        >
          <Input.TextArea data-testid="cancel-shift-reason" rows={3} maxLength={CANCEL_REASON_MAX} showCount />
        </Form.Item>
      </Form>
      <Refusal error={error} locale={locale} onClose={() => setError(null)} testId="cancel-shift-error" />
    </Modal>
  );
}
