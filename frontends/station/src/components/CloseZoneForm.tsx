import { useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App as AntApp, Button, Flex, Form, Input, List, Tag, Typography, type FormRule } from "antd";
import { PauseCircleOutlined } from "@ant-design/icons";
import { addDays, toLocal } from "@dongting/domain/local-time";
import { CLOSURE_REASON_MAX_LENGTH } from "@dongting/domain/station";
import { type GraphFailure, type Locale, useCommunityFilter } from "@dongting/ui-kit";
import { CLOSE_ZONE } from "../graph/closures";
import { ZONES } from "../graph/zones";
import { fieldName, isWordedByReason, stationFailure } from "../graph/failure";
import { BOOKING_STATUS_COLOR, bookingStatusLabel, type BookingStatus } from "../labels";
import { formatPeriod } from "../format";
import { t } from "../i18n";
import { localInput } from "./closure-state";
import { TestIdSelect } from "./TestIdControls";

interface ClosureValues {
  zoneId?: string;
  from: string;
  to: string;
  reason: string;
}

interface ConflictingBooking {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  status: BookingStatus;
}

const reject = (message: string) => Promise.reject(new Error(message));

function closureRules(locale: Locale, get: (name: "from") => string) {
  return {
    zoneId: [{ required: true, message: t(locale, "needZone") }],
    from: [{ validator: (_: unknown, value?: string) => (localInput(value) ? Promise.resolve() : reject(t(locale, "needClosurePeriod"))) }],
    to: [
      {
        validator: (_: unknown, value?: string) => {
          const from = localInput(get("from"));
          const to = localInput(value);
          return to && (!from || to > from) ? Promise.resolve() : reject(t(locale, "needClosurePeriod"));
        },
      },
    ],
    reason: [
      { validator: (_: unknown, value?: string) => ((value ?? "").trim() ? Promise.resolve() : reject(t(locale, "needReason"))) },
      { max: CLOSURE_REASON_MAX_LENGTH, message: t(locale, "reasonTooLong", { max: CLOSURE_REASON_MAX_LENGTH }) },
    ],
  } satisfies Record<keyof ClosureValues, FormRule[]>;
}

/** The bookings a refused closure overlaps, as the refusal lists them. */
function ConflictList({ bookings, locale }: { bookings: ConflictingBooking[]; locale: Locale }) {
  return (
    <List
      size="small"
      dataSource={bookings}
      renderItem={(b) => (
        <List.Item>
          <Flex vertical>
            <Typography.Text strong>{b.title}</Typography.Text>
            <span>
              {formatPeriod(b.startsAt, b.endsAt)} <Tag color={BOOKING_STATUS_COLOR[b.status]}>{bookingStatusLabel(locale, b.status)}</Tag>
            </span>
          </Flex>
        </List.Item>
      )}
    />
  );
}

/** Closing a zone for a while, with a reason; a refusal lists the bookings in the way. */
export function CloseZoneForm({ now, locale }: { now: Date; locale: Locale }) {
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<ClosureValues>();
  const zones = useQuery(ZONES, { variables: { ...useCommunityFilter() } });
  const [closeZone, closing] = useMutation(CLOSE_ZONE, { refetchQueries: "active", awaitRefetchQueries: true });
  const [failure, setFailure] = useState<GraphFailure | null>(null);
  const today = toLocal(now).date;
  const rules = closureRules(locale, (name) => form.getFieldValue(name));

  const submit = async (values: ClosureValues) => {
    setFailure(null);
    try {
      const variables = { zoneId: values.zoneId!, from: localInput(values.from)!.toISOString(), to: localInput(values.to)!.toISOString() };
      await closeZone({ variables: { ...variables, reason: values.reason.trim() } });
      void message.success(t(locale, "zoneClosed"));
      form.setFieldsValue({ reason: "" });
    } catch (error) {
      const refused = stationFailure(error, locale);
      const fields = refused.fields.map((problem) => ({ name: fieldName(problem) as keyof ClosureValues, errors: [refused.title] }));
      form.setFields(fields.filter((f) => ["zoneId", "from", "to", "reason"].includes(f.name)));
      setFailure(refused);
    }
  };

  const conflicting = (Array.isArray(failure?.extensions.bookings) ? failure.extensions.bookings : []) as ConflictingBooking[];
  return (
    <Form<ClosureValues>
      form={form}
      layout="vertical"
      initialValues={{ from: `${today}T08:00`, to: `${addDays(today, 1)}T08:00`, reason: "" }}
      onValuesChange={() => setFailure(null)}
      onFinish={(values) => void submit(values)}
    >
      <Form.Item name="zoneId" label={t(locale, "colZone")} required rules={rules.zoneId}>
        <TestIdSelect<string>
          testId="closure-zone"
          placeholder={t(locale, "chooseZone")}
          options={(zones.data?.zones ?? []).map((z) => ({ value: z.id, label: z.name }))}
        />
      </Form.Item>
      <Form.Item name="from" label={t(locale, "closedFrom")} required rules={rules.from}>
        <Input type="datetime-local" data-testid="closure-from" />
      </Form.Item>
      <Form.Item name="to" label={t(locale, "closedUntil")} required rules={rules.to} dependencies={["from"]}>
        <Input type="datetime-local" data-testid="closure-to" />
      </Form.Item>
      <Form.Item name="reason" label={t(locale, "colReason")} required rules={rules.reason}>
        <Input.TextArea
          data-testid="closure-reason"
          rows={2}
          count={{ show: true, max: CLOSURE_REASON_MAX_LENGTH }}
          placeholder={t(locale, "closureReasonPlaceholder")}
        />
      </Form.Item>
      <Button
        type="primary"
        danger
        htmlType="submit"
        icon={<PauseCircleOutlined />}
        loading={closing.loading}
        data-testid="close-zone-submit"
      >
        {t(locale, "closeZone")}
      </Button>
      {failure && failure.fields.length === 0 ? (
        <Alert
          style={{ marginTop: 12 }}
          type="error"
          showIcon
          data-testid="closure-conflict"
          data-reason={failure.reason ?? ""}
          title={failure.title}
          description={
            conflicting.length > 0 ? (
              <ConflictList bookings={conflicting} locale={locale} />
            ) : isWordedByReason(failure, locale) ? null : (
              failure.message
            )
          }
        />
      ) : null}
    </Form>
  );
}
