import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Alert, App as AntApp, Button, Form, Input, InputNumber } from "antd";
import { SaveOutlined } from "@ant-design/icons";
import { isLocalDate, toLocal } from "@dongting/domain/local-time";
import { MAX_VISITORS_PER_ENTRY, VISITOR_NOTE_MAX_LENGTH } from "@dongting/domain/station";
import type { Locale } from "@dongting/ui-kit";
import { RECORD_VISITORS } from "../graph/visitors";
import type { ZoneRow } from "../graph/fragments";
import { failureLine } from "../graph/failure";
import { VISITOR_GROUPS, visitorGroupLabel, type VisitorGroup } from "../labels";
import { t } from "../i18n";
import { TestIdSelect } from "./TestIdControls";

interface VisitorValues {
  zoneId?: string;
  day: string;
  counts: Partial<Record<VisitorGroup, number | null>>;
  note: string;
}

const reject = (message: string) => Promise.reject(new Error(message));

/** The groups with people to record, and how many. */
const entriesOf = (counts: VisitorValues["counts"]) =>
  VISITOR_GROUPS.filter((g) => (counts[g] ?? 0) > 0).map((group) => ({ group, visitors: counts[group]! }));

/** Records how many of each group a service zone served on a day (one entry per group). */
export function VisitorForm({ zones, now, locale }: { zones: readonly ZoneRow[]; now: Date; locale: Locale }) {
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<VisitorValues>();
  const [record, recording] = useMutation(RECORD_VISITORS, { refetchQueries: "active", awaitRefetchQueries: true });
  const [problem, setProblem] = useState<string | null>(null);
  const today = toLocal(now).date;

  const submit = async ({ zoneId, day, counts, note }: VisitorValues) => {
    setProblem(null);
    const entries = entriesOf(counts ?? {});
    if (entries.length === 0) return setProblem(t(locale, "needCounts"));
    const done: typeof entries = [];
    for (const entry of entries) {
      try {
        await record({ variables: { input: { zoneId: zoneId!, visitedOn: day, ...entry, note: note.trim() || null } } });
        done.push(entry);
      } catch (error) {
        setProblem(`${visitorGroupLabel(locale, entry.group)}：${failureLine(error, locale)}`);
        break;
      }
    }
    if (done.length === 0) return;
    void message.success(t(locale, "visitorsRecorded", { count: done.reduce((sum, e) => sum + e.visitors, 0) }));
    form.setFieldsValue({
      counts: Object.fromEntries(done.map((e) => [e.group, null])),
      ...(done.length === entries.length ? { note: "" } : {}),
    });
  };

  return (
    <Form<VisitorValues>
      form={form}
      layout="vertical"
      initialValues={{ day: today, counts: {}, note: "" }}
      onFinish={(v) => void submit(v)}
    >
      <Form.Item name="zoneId" label={t(locale, "colZone")} required rules={[{ required: true, message: t(locale, "needZone") }]}>
        <TestIdSelect<string>
          testId="visitor-zone"
          placeholder={t(locale, "chooseZone")}
          options={zones.map((z) => ({ value: z.id, label: z.name }))}
        />
      </Form.Item>
      <Form.Item
        name="day"
        label={t(locale, "colDate")}
        required
        rules={[
          {
            validator: (_: unknown, v?: string) =>
              v && isLocalDate(v) && v <= today ? Promise.resolve() : reject(t(locale, "needPastDate")),
          },
        ]}
      >
        <Input type="date" data-testid="visitor-date" max={today} />
      </Form.Item>
      {VISITOR_GROUPS.map((group) => (
        <Form.Item key={group} label={visitorGroupLabel(locale, group)} style={{ marginBottom: 8 }}>
          <span data-visitor-group={group}>
            <Form.Item name={["counts", group]} noStyle>
              <InputNumber<number>
                min={0}
                max={MAX_VISITORS_PER_ENTRY}
                precision={0}
                placeholder="0"
                style={{ width: 140 }}
                suffix={t(locale, "people")}
              />
            </Form.Item>
          </span>
        </Form.Item>
      ))}
      <Form.Item
        name="note"
        label={t(locale, "colNote")}
        rules={[{ max: VISITOR_NOTE_MAX_LENGTH, message: t(locale, "noteTooLong", { max: VISITOR_NOTE_MAX_LENGTH }) }]}
      >
        <Input count={{ show: true, max: VISITOR_NOTE_MAX_LENGTH }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={recording.loading} data-testid="visitor-submit">
        {t(locale, "record")}
      </Button>
      {problem ? <Alert style={{ marginTop: 12 }} type="warning" showIcon title={problem} data-testid="visitor-problem" /> : null}
    </Form>
  );
}
