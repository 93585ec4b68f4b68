import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Button, Flex, Form, Input, Modal, Radio, Tag, Typography } from "antd";
import { ActionError, type Locale } from "@dongting/ui-kit";
import { CREATE_ORG_UNIT, RENAME_ORG_UNIT, type OrgUnitSummary } from "./org-queries";
import { ORG_UNIT_KIND_COLOR, compoundFormLabel, orgUnitKindLabel, type CompoundForm, type OrgUnitKind } from "./labels";
import { childKindOf, nameProblem, needsForm } from "./tree-rules";
import { t } from "./i18n";

/** Create a unit under `parent` (null: a new street working committee), or rename `unit`. */
export type UnitFormMode =
  | { type: "create"; parent: Pick<OrgUnitSummary, "id" | "name" | "kind"> | null }
  | { type: "rename"; unit: Pick<OrgUnitSummary, "id" | "name" | "kind"> };

interface FormValues {
  name: string;
  form?: CompoundForm;
}

export function UnitFormModal({
  mode,
  locale,
  onClose,
  onDone,
}: {
  mode: UnitFormMode | null;
  locale: Locale;
  onClose(): void;
  /** With the created or renamed unit's id and its parent's id. */
  onDone(unitId: string, parentId: string | null): void;
}) {
  const title =
    mode?.type === "rename"
      ? t(locale, "renameTitle", { name: mode.unit.name })
      : mode?.parent
        ? t(locale, "createChildTitle", { parent: mode.parent.name })
        : t(locale, "createRootTitle");

  return (
    <Modal open={mode !== null} title={title} onCancel={onClose} destroyOnHidden footer={null}>
      {mode ? <UnitForm mode={mode} locale={locale} onClose={onClose} onDone={onDone} /> : null}
    </Modal>
  );
}

/** The form itself, mounted afresh each time the dialog opens. */
function UnitForm({
  mode,
  locale,
  onClose,
  onDone,
}: {
  mode: UnitFormMode;
  locale: Locale;
  onClose(): void;
  onDone(unitId: string, parentId: string | null): void;
}) {
  const [error, setError] = useState<unknown>(null);
  const [create, creating] = useMutation(CREATE_ORG_UNIT);
  const [rename, renaming] = useMutation(RENAME_ORG_UNIT, { refetchQueries: ["OrgUnitDetail", "OrgUnitHistory"] });

  const kind: OrgUnitKind | null =
    mode.type === "rename" ? mode.unit.kind : mode.parent ? childKindOf(mode.parent.kind) : "STREET_WORKING_COMMITTEE";

  const submit = async (values: FormValues) => {
    if (!kind) return;
    setError(null);
    try {
      if (mode.type === "create") {
        const { data } = await create({
          variables: {
            input: {
              name: values.name.trim(),
              kind,
              form: needsForm(kind) ? (values.form ?? null) : null,
              parentId: mode.parent?.id ?? null,
            },
          },
        });
        if (data) onDone(data.createOrgUnit.id, mode.parent?.id ?? null);
      } else {
        const { data } = await rename({ variables: { id: mode.unit.id, name: values.name.trim() } });
        if (data) onDone(data.renameOrgUnit.id, null);
      }
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <Form<FormValues>
      name="unit-form"
      layout="vertical"
      initialValues={{ name: mode.type === "rename" ? mode.unit.name : "" }}
      onFinish={(values) => void submit(values)}
      data-testid="unit-form"
      data-mode={mode.type}
    >
      {kind ? (
        <Form.Item label={t(locale, "kind")}>
          <Tag color={ORG_UNIT_KIND_COLOR[kind]} data-testid="unit-form-kind" data-kind={kind}>
            {orgUnitKindLabel(locale, kind)}
          </Tag>
          {mode.type === "create" && mode.parent ? (
            <Typography.Text type="secondary">{t(locale, "under", { parent: mode.parent.name })}</Typography.Text>
          ) : null}
        </Form.Item>
      ) : null}
      <Form.Item
        name="name"
        label={t(locale, "name")}
        rules={[
          {
            validator: (_rule, value: string | undefined) => {
              const problem = nameProblem(value ?? "");
              if (problem === "EMPTY") return Promise.reject(new Error(t(locale, "nameRequired")));
              if (problem === "TOO_LONG") return Promise.reject(new Error(t(locale, "nameTooLong")));
              return Promise.resolve();
            },
          },
        ]}
      >
        <Input data-testid="unit-form-name" maxLength={80} autoFocus placeholder={t(locale, "namePlaceholder")} />
      </Form.Item>
      {mode.type === "create" && kind && needsForm(kind) ? (
        <Form.Item name="form" label={t(locale, "form")} rules={[{ required: true, message: t(locale, "formRequired") }]}>
          <Radio.Group data-testid="unit-form-form">
            {(["ENTITY", "FUNCTIONAL"] as const).map((value) => (
              <Radio key={value} value={value} data-form={value}>
                {compoundFormLabel(locale, value)}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
      ) : null}
      {error ? <ActionError error={error} locale={locale} testId="unit-form-error" /> : null}
      <Flex justify="flex-end" gap={8} style={{ marginTop: 16 }}>
        <Button onClick={onClose}>{t(locale, "cancel")}</Button>
        <Button type="primary" htmlType="submit" data-testid="unit-form-submit" loading={creating.loading || renaming.loading}>
          {mode.type === "rename" ? t(locale, "save") : t(locale, "create")}
        </Button>
      </Flex>
    </Form>
  );
}
