import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Form, Input, InputNumber, Modal, Space } from "antd";
import type { Locale } from "@dongting/ui-kit";
import {
  SHIFT_CAPACITY_MAX,
  SHIFT_CAPACITY_MIN,
  SHIFT_LOCATION_MAX,
  SHIFT_TITLE_MAX,
  checkCapacity,
  checkShiftTimes,
} from "@dongting/domain/volunteers";
import { isLocalDate, parseClockTime } from "@dongting/domain/local-time";
import type { ShiftSummary } from "../graph/shifts";
import { CREATE_SHIFT, UPDATE_SHIFT } from "../graph/staff-tools";
import { volunteersReasonText } from "../graph/failure";
import { localParts, spanOf } from "../local-input";
import { Refusal } from "./Refusal";
import { t } from "../i18n";

interface ShiftFields {
  title: string;
  date: string;
  start: string;
  end: string;
  capacity: number;
  location?: string;
}

export interface ShiftFormModalProps {
  open: boolean;
  /** The team a new shift is for. */
  teamId: string;
  /** The shift to edit; without it a new one is created. */
  shift?: ShiftSummary;
  /** Proposed day of a new shift. */
  defaultDate?: string;
  locale: Locale;
  onClose: () => void;
  onSaved?: (shift: ShiftSummary) => void;
}

function initialFields(shift: ShiftSummary | undefined, defaultDate: string | undefined): Partial<ShiftFields> {
  if (!shift) return { date: defaultDate, start: "09:00", end: "11:00", capacity: 10 };
  const start = localParts(shift.startsAt);
  return {
    title: shift.title,
    date: start.date,
    start: start.time,
    end: localParts(shift.endsAt).time,
    capacity: shift.capacity,
    location: shift.location ?? undefined,
  };
}

/**
 * Schedules a new shift for a team, or edits one (the team's leader or staff). The shared rules say in
 * advance what the subgraph would refuse (end before start, too long, capacity out of range); an edit
 * sends only what changed, so a started shift can still take a new title or capacity (its times cannot).
 */
export function ShiftFormModal({ open, teamId, shift, defaultDate, locale, onClose, onSaved }: ShiftFormModalProps) {
  const [form] = Form.useForm<ShiftFields>();
  const [error, setError] = useState<unknown>(null);
  const [createShift, created] = useMutation(CREATE_SHIFT, { refetchQueries: "active", awaitRefetchQueries: true });
  const [updateShift, updated] = useMutation(UPDATE_SHIFT, { refetchQueries: "active", awaitRefetchQueries: true });
  const required = (field: string) => ({ required: true, whitespace: true, message: t(locale, "required", { field }) });

  const submit = async (fields: ShiftFields) => {
    const span = spanOf(fields.date, fields.start, fields.end)!;
    const title = fields.title.trim();
    const location = fields.location?.trim() || null;
    setError(null);
    try {
      if (!shift) {
        const input = {
          teamId,
          title,
          startsAt: span.startsAt.toISOString(),
          endsAt: span.endsAt.toISOString(),
          capacity: fields.capacity,
          location,
        };
        const answer = await createShift({ variables: { input } });
        if (answer.data) onSaved?.(answer.data.createShift);
      } else {
        const input: Record<string, unknown> = {};
        if (title !== shift.title) input.title = title;
        if (fields.capacity !== shift.capacity) input.capacity = fields.capacity;
        if (location !== (shift.location ?? null)) input.location = location;
        if (span.startsAt.getTime() !== new Date(shift.startsAt).getTime()) input.startsAt = span.startsAt.toISOString();
        if (span.endsAt.getTime() !== new Date(shift.endsAt).getTime()) input.endsAt = span.endsAt.toISOString();
        // Nothing changed: nothing to write (the history would record an empty change).
        if (Object.keys(input).length > 0) {
          const answer = await updateShift({ variables: { id: shift.id, input } });
          if (answer.data) onSaved?.(answer.data.updateShift);
        }
      }
      form.resetFields();
      onClose();
    } catch (refusal) {
      setError(refusal);
    }
  };

  // The end is checked together with the day and start: the shared rule on the span they make.
  const spanRule = {
    validator: async () => {
      const { date, start, end } = form.getFieldsValue(["date", "start", "end"]) as Partial<ShiftFields>;
      const span = date && start && end ? spanOf(date, start, end) : null;
      if (!span) return;
      const problem = checkShiftTimes(span.startsAt, span.endsAt);
      if (problem) throw new Error(volunteersReasonText(problem.reason, locale));
    },
  };

  return (
    <Modal
      open={open}
      title={t(locale, shift ? "editShiftTitle" : "newShift")}
      okText={t(locale, shift ? "save" : "create")}
      cancelText={t(locale, "cancel")}
      confirmLoading={created.loading || updated.loading}
      onOk={() => form.submit()}
      onCancel={() => {
        setError(null);
        onClose();
      }}
      okButtonProps={{ "data-testid": "shift-form-submit" }}
      destroyOnHidden
      forceRender
    >
      <Form<ShiftFields>
        form={form}
        layout="vertical"
        initialValues={initialFields(shift, defaultDate)}
        onFinish={(fields) => void submit(fields)}
        data-testid="shift-form"
        preserve={false}
      >
        <Form.Item name="title" label={t(locale, "shiftTitle")} rules={[required(t(locale, "shiftTitle")), { max: SHIFT_TITLE_MAX }]}>
          <Input data-testid="shift-title" maxLength={SHIFT_TITLE_MAX} />
        </Form.Item>
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
          <Input data-testid="shift-date" placeholder="2026-12-01" />
        </Form.Item>
        <Space.Compact block>
          <Form.Item name="start" label={t(locale, "shiftStart")} style={{ flex: 1 }} rules={[clockRule(locale)]}>
            <Input data-testid="shift-start" placeholder="08:30" />
          </Form.Item>
          <Form.Item
            name="end"
            label={t(locale, "shiftEnd")}
            style={{ flex: 1 }}
            extra={t(locale, "shiftEndHint")}
            dependencies={["date", "start"]}
            rules={[clockRule(locale), spanRule]}
          >
            <Input data-testid="shift-end" placeholder="10:30" />
          </Form.Item>
        </Space.Compact>
        <Form.Item
          name="capacity"
          label={t(locale, "capacity")}
          rules={[
            {
              validator: async (_, v?: number) => {
                const problem = typeof v === "number" ? checkCapacity(v)?.reason : "CAPACITY_OUT_OF_RANGE";
                if (problem) throw new Error(volunteersReasonText(problem, locale));
              },
            },
          ]}
        >
          <InputNumber
            data-testid="shift-capacity"
            min={SHIFT_CAPACITY_MIN}
            max={SHIFT_CAPACITY_MAX}
            precision={0}
            style={{ width: "100%" }}
          />
        </Form.Item>
        <Form.Item name="location" label={t(locale, "shiftLocation")} rules={[{ max: SHIFT_LOCATION_MAX }]}>
          <Input data-testid="shift-location" maxLength={SHIFT_LOCATION_MAX} />
        </Form.Item>
      </Form>
      <Refusal error={error} locale={locale} onClose={() => setError(null)} testId="shift-form-error" />
    </Modal>
  );
}

function clockRule(locale: Locale) {
  return {
    validator: async (_: unknown, v?: string) =>
      v && parseClockTime(v) !== null ? undefined : Promise.reject(new Error(t(locale, "badTime"))),
  };
}
