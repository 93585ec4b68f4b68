import { useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Button, Flex, Form, Input, Modal, Select } from "antd";
import type { Locale } from "@dongting/ui-kit";
import { toLocal } from "@dongting/domain/local-time";
import { TRANSFER_NOTE_MAX } from "@dongting/domain/organisation-people";
import { TRANSFER_MEMBERSHIP, TRANSFER_TARGETS } from "../graph/person-records";
import { orgUnitKindLabel } from "../labels";
import { tp } from "../i18n-people";
import { RefusalAlert } from "./RefusalAlert";

interface Values {
  toOrgUnitId: string;
  on: string;
  note?: string;
}

/**
 * 组织关系转接: the member's membership to another unit on a day (today unless changed), with a note.
 * The graph records it in both units' histories and refuses out-of-scope units with OUT_OF_SCOPE.
 */
export function TransferModal({
  person,
  fromUnitId,
  open,
  locale,
  onClose,
  onDone,
}: {
  person: { id: string; name: string };
  fromUnitId: string | null;
  open: boolean;
  locale: Locale;
  onClose(): void;
  onDone(unitName: string): void;
}) {
  const targets = useQuery(TRANSFER_TARGETS, { skip: !open });
  const [transfer, { loading }] = useMutation(TRANSFER_MEMBERSHIP);
  const [error, setError] = useState<unknown>(null);
  const units = (targets.data?.orgRoots ?? []).flatMap((root) => [{ ...root, kind: null }, ...root.descendants]);
  const options = units
    .filter((unit) => unit.id !== fromUnitId)
    .map((unit) => ({
      value: unit.id,
      label: unit.kind ? `${unit.name}（${orgUnitKindLabel(locale, unit.kind)}）` : unit.name,
      name: unit.name,
    }));

  const submit = async (values: Values) => {
    setError(null);
    try {
      await transfer({
        variables: { personId: person.id, toOrgUnitId: values.toOrgUnitId, on: values.on, note: values.note?.trim() || null },
      });
      onDone(options.find((option) => option.value === values.toOrgUnitId)?.name ?? "");
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <Modal open={open} title={tp(locale, "transferTitle", { name: person.name })} onCancel={onClose} destroyOnHidden footer={null}>
      <Form<Values>
        layout="vertical"
        data-testid="transfer-form"
        initialValues={{ on: toLocal(new Date()).date }}
        onFinish={(values) => void submit(values)}
      >
        {/* The wrapper names the field for browser tests (the Select renders elements of its own). */}
        <div data-testid="transfer-target">
          <Form.Item
            name="toOrgUnitId"
            label={tp(locale, "transferTo")}
            rules={[{ required: true, message: tp(locale, "transferToRequired") }]}
          >
            <Select showSearch optionFilterProp="label" loading={targets.loading} options={options} />
          </Form.Item>
        </div>
        <Form.Item name="on" label={tp(locale, "transferOn")} rules={[{ required: true, message: tp(locale, "dateRequired") }]}>
          <Input type="date" data-testid="transfer-on" />
        </Form.Item>
        <Form.Item name="note" label={tp(locale, "note")}>
          <Input.TextArea data-testid="transfer-note" maxLength={TRANSFER_NOTE_MAX} rows={2} />
        </Form.Item>
        <RefusalAlert error={error} locale={locale} testId="transfer-error" />
        <Flex justify="end" gap={8} style={{ marginTop: 12 }}>
          <Button onClick={onClose}>{tp(locale, "cancel")}</Button>
          <Button type="primary" htmlType="submit" loading={loading} data-testid="transfer-submit">
            {tp(locale, "submit")}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
