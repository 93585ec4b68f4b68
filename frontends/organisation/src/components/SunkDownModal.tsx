import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Button, Flex, Form, Input, Modal, Select } from "antd";
import type { Locale } from "@dongting/ui-kit";
import { toLocal } from "@dongting/domain/local-time";
import { DUTIES_MAX, WORK_UNIT_MAX } from "@dongting/domain/organisation-people";
import { RECORD_SUNK_DOWN } from "../graph/person-records";
import { tp } from "../i18n-people";
import { RefusalAlert } from "./RefusalAlert";

interface Values {
  workUnit: string;
  reportedOn: string;
  duties: string[];
}

/** 下沉党员报到: the member's work unit, the day they reported and the service duties they take on. */
export function SunkDownModal({
  person,
  open,
  locale,
  onClose,
  onDone,
}: {
  person: { id: string; name: string };
  open: boolean;
  locale: Locale;
  onClose(): void;
  onDone(): void;
}) {
  const [record, { loading }] = useMutation(RECORD_SUNK_DOWN);
  const [error, setError] = useState<unknown>(null);
  const submit = async (values: Values) => {
    setError(null);
    try {
      await record({
        variables: { personId: person.id, workUnit: values.workUnit.trim(), reportedOn: values.reportedOn, duties: values.duties },
      });
      onDone();
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <Modal open={open} title={tp(locale, "sunkDownTitle", { name: person.name })} onCancel={onClose} destroyOnHidden footer={null}>
      <Form<Values>
        layout="vertical"
        data-testid="sunk-down-form"
        initialValues={{ reportedOn: toLocal(new Date()).date, duties: [] }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="workUnit"
          label={tp(locale, "workUnit")}
          rules={[{ required: true, whitespace: true, message: tp(locale, "workUnitRequired") }]}
        >
          <Input data-testid="sunk-down-work-unit" maxLength={WORK_UNIT_MAX} />
        </Form.Item>
        <Form.Item name="reportedOn" label={tp(locale, "reportedOn")} rules={[{ required: true, message: tp(locale, "dateRequired") }]}>
          <Input type="date" data-testid="sunk-down-on" />
        </Form.Item>
        <Form.Item
          name="duties"
          label={tp(locale, "duties")}
          extra={tp(locale, "dutiesHint")}
          rules={[{ type: "array", min: 1, max: DUTIES_MAX, required: true, message: tp(locale, "dutiesRequired") }]}
        >
          <Select data-testid="sunk-down-duties" mode="tags" open={false} tokenSeparators={["，", ","]} />
        </Form.Item>
        <RefusalAlert error={error} locale={locale} testId="sunk-down-error" />
        <Flex justify="end" gap={8} style={{ marginTop: 12 }}>
          <Button onClick={onClose}>{tp(locale, "cancel")}</Button>
          <Button type="primary" htmlType="submit" loading={loading} data-testid="sunk-down-submit">
            {tp(locale, "submit")}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
