import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Form, Input, Modal, Space, Typography } from "antd";
import type { Locale } from "@dongting/ui-kit";
import { CORRECTION_REASON_MAX, checkCorrection } from "@dongting/domain/volunteers";
import { isLocalDate, parseClockTime } from "@dongting/domain/local-time";
import type { AttendanceRow, ShiftSummary } from "../graph/shifts";
import { CORRECT_SERVICE_TIME } from "../graph/staff-tools";
import { volunteersReasonText } from "../graph/failure";
import { localParts, spanOf } from "../local-input";
import { formatSpan } from "../format";
import { Refusal } from "./Refusal";
import { t } from "../i18n";

interface CorrectionFields {
  date: string;
  checkedIn: string;
  checkedOut: string;
  reason: string;
}

export interface CorrectionModalProps {
  open: boolean;
  shift: Pick<ShiftSummary, "id" | "title" | "startsAt" | "endsAt">;
  signup: AttendanceRow;
  locale: Locale;
  /** The page's clock: a corrected check-out may not lie after it. */
  now: Date;
  onClose: () => void;
}

/** What the form starts from: the recorded times, else the shift's own (a missed check-out: its end). */
function initialFields(shift: CorrectionModalProps["shift"], signup: AttendanceRow): Partial<CorrectionFields> {
  const checkedIn = localParts(signup.checkedInAt ?? shift.startsAt);
  return { date: checkedIn.date, checkedIn: checkedIn.time, checkedOut: localParts(signup.checkedOutAt ?? shift.endsAt).time };
}

/**
 * Corrects a sign-up's check-in and check-out (the team's leader or staff), with the reason the sign-up's
 * history keeps: a volunteer nobody checked out keeps his minutes. The shared rule says in advance what
 * the subgraph would refuse (out of order, far outside the shift, in the future).
 */
export function CorrectionModal({ open, shift, signup, locale, now, onClose }: CorrectionModalProps) {
  const [form] = Form.useForm<CorrectionFields>();
  const [error, setError] = useState<unknown>(null);
  const [correct, { loading }] = useMutation(CORRECT_SERVICE_TIME, { refetchQueries: "active", awaitRefetchQueries: true });
  const clock = {
    validator: async (_: unknown, v?: string) =>
      v && parseClockTime(v) !== null ? undefined : Promise.reject(new Error(t(locale, "badTime"))),
  };

  const submit = async (fields: CorrectionFields) => {
    const span = spanOf(fields.date, fields.checkedIn, fields.checkedOut)!;
    setError(null);
    try {
      await correct({
        variables: {
          shiftId: shift.id,
          volunteerId: signup.volunteer.id,
          checkedInAt: span.startsAt.toISOString(),
          checkedOutAt: span.endsAt.toISOString(),
          reason: fields.reason.trim(),
        },
      });
      onClose();
    } catch (refusal) {
      setError(refusal);
    }
  };

  const spanRule = {
    validator: async () => {
      const { date, checkedIn, checkedOut } = form.getFieldsValue(["date", "checkedIn", "checkedOut"]) as Partial<CorrectionFields>;
      const span = date && checkedIn && checkedOut ? spanOf(date, checkedIn, checkedOut) : null;
      if (!span) return;
      const problem = checkCorrection(shift, span.startsAt, span.endsAt, now);
      if (problem) throw new Error(volunteersReasonText(problem.reason, locale));
    },
  };

  return (
    <Modal
      open={open}
      title={`${t(locale, "correctionTitle")}：${signup.volunteer.person.name}`}
      okText={t(locale, "save")}
      cancelText={t(locale, "cancel")}
      okButtonProps={{ "data-testid": "correction-submit" }}
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
        {shift.title} · {formatSpan(locale, shift.startsAt, shift.endsAt, true)}
        <br />
        {t(locale, "correctionHint")}
      </Typography.Paragraph>
      <Form<CorrectionFields>
        form={form}
        layout="vertical"
        initialValues={initialFields(shift, signup)}
        onFinish={(fields) => void submit(fields)}
        data-testid="correction-form"
        preserve={false}
      >
        <Form.Item
          name="date"
          label={t(locale, "shiftDate")}
          rules={[
            {
              validator: async (_, v?: string) =>
                v && isLocalDate(v.trim()) ? undefined : Promise.reject(new Error(t(locale, "badDate"))),
            },
          ]}
        >
          <Input data-testid="correction-date" />
        </Form.Item>
        <Space.Compact block>
          <Form.Item name="checkedIn" label={t(locale, "checkedInAt")} style={{ flex: 1 }} rules={[clock]}>
            <Input data-testid="correction-in" placeholder="08:30" />
          </Form.Item>
          <Form.Item
            name="checkedOut"
            label={t(locale, "checkedOutAt")}
            style={{ flex: 1 }}
            extra={t(locale, "shiftEndHint")}
            dependencies={["date", "checkedIn"]}
            rules={[clock, spanRule]}
          >
            <Input data-testid="correction-out" placeholder="10:30" />
          </Form.Item>
        </Space.Compact>
        <Form.Item
          name="reason"
          label={t(locale, "correctionReason")}
          rules={[
            { required: true, whitespace: true, message: t(locale, "required", { field: t(locale, "correctionReason") }) },
            {
              max: CORRECTION_REASON_MAX,
              message: t(locale, "tooLong", { field: t(locale, "correctionReason"), max: CORRECTION_REASON_MAX }),
            },
          ]}
        >
          <Input.TextArea data-testid="correction-reason" rows={2} maxLength={CORRECTION_REASON_MAX} showCount />
        </Form.Item>
      </Form>
      <Refusal error={error} locale={locale} onClose={() => setError(null)} testId="correction-error" />
    </Modal>
  );
}
