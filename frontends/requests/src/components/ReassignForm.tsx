import { useMutation } from "@apollo/client/react";
import { Form, Select, Typography } from "antd";
import type { Locale } from "@dongting/ui-kit";
import { REASSIGN_TASK, type DispatchUnit, type TaskRow } from "../graph/workorders";
import { requestsFailure } from "../graph/failure";
import { t } from "../i18n";
import { GraphError } from "./GraphError";
import { DialogButtons } from "./DialogButtons";
import { markRefusedFields } from "./form-rules";
import { REFETCH } from "./handling";

/**
 * 改派 within the unit: its leader hands the request to another member (dispatchRequest with the unit that already
 * handles it and the member: a REASSIGNED entry in the timeline).
 */
export function ReassignForm({
  task,
  unit,
  locale,
  onCancel,
  onDone,
}: {
  task: TaskRow;
  unit: DispatchUnit;
  locale: Locale;
  onCancel(): void;
  onDone(): void;
}) {
  const [form] = Form.useForm<{ personId?: string }>();
  const [reassign, { loading, error }] = useMutation(REASSIGN_TASK, REFETCH);
  const personId = Form.useWatch("personId", form);
  const current = task.assignment?.assigneePerson?.id ?? null;
  const onFinish = ({ personId: chosen }: { personId?: string }) => {
    if (!chosen) return;
    reassign({ variables: { id: task.id, unitId: unit.id, personId: chosen } }).then(onDone, (failure: unknown) =>
      markRefusedFields(form, requestsFailure(failure, locale), locale, { personId: "personId" }),
    );
  };
  return (
    <Form form={form} layout="vertical" onFinish={onFinish}>
      <Typography.Paragraph type="secondary">{`${t(locale, "unit")}：${unit.name}`}</Typography.Paragraph>
      <Form.Item name="personId" label={t(locale, "reassignMember")} rules={[{ required: true, message: t(locale, "memberRequired") }]}>
        <Select
          data-testid="reassign-member"
          placeholder={t(locale, "pickMember")}
          options={unit.members
            .filter((member) => member.id !== current)
            .map((member) => ({ value: member.id, label: <span data-person-id={member.id}>{member.name}</span> }))}
        />
      </Form.Item>
      {error ? <GraphError error={error} locale={locale} /> : null}
      <DialogButtons locale={locale} okText={t(locale, "actReassignMember")} loading={loading} disabled={!personId} onCancel={onCancel} />
    </Form>
  );
}
