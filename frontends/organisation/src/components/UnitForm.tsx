import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Alert, Button, Flex, Form, Input, Radio, Tag, Typography } from "antd";
import type { Locale } from "@dongting/ui-kit";
import { KIND_ORDER, NAME_MAX, childKindOf, needsForm } from "@dongting/domain/organisation";
import type { OrgUnitSummary } from "../graph/fragments";
import { CREATE_ORG_UNIT, RENAME_ORG_UNIT } from "../graph/org-unit-changes";
import { orgFailure } from "../graph/failure";
import { ORG_UNIT_KIND_COLOR, compoundFormLabel, orgUnitKindLabel, type CompoundForm, type OrgUnitKind } from "../labels";
import { t } from "../i18n";
import { RefusalAlert } from "./RefusalAlert";
import { unitFieldErrors, unitNameRules } from "./unit-form-rules";

type UnitRef = Pick<OrgUnitSummary, "id" | "name" | "kind">;

/** Create a unit under `parent` (null: a new street working committee), or rename `unit`. */
export type UnitFormMode = { type: "create"; parent: UnitRef | null } | { type: "rename"; unit: UnitRef };

interface FormValues {
  name: string;
  form?: CompoundForm;
}

const FORMS: readonly CompoundForm[] = ["ENTITY", "FUNCTIONAL"];

/** The kind the unit has or will have: the one the shared nesting rule allows under the parent (null: none). */
function kindOf(mode: UnitFormMode): OrgUnitKind | null {
  if (mode.type === "rename") return mode.unit.kind;
  return mode.parent ? childKindOf(mode.parent.kind) : KIND_ORDER[0]!;
}

/**
 * The unit form, mounted afresh each time its dialog opens. The name is checked as the graph checks it;
 * a compound organisation also needs its form. The graph's refusals show on the field they name, or by
 * reason under the form.
 */
export function UnitForm({
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
  const [form] = Form.useForm<FormValues>();
  const [error, setError] = useState<unknown>(null);
  const [create, creating] = useMutation(CREATE_ORG_UNIT);
  const [rename, renaming] = useMutation(RENAME_ORG_UNIT, { refetchQueries: ["OrgUnitDetail", "OrgUnitHistory"] });
  const typedName = Form.useWatch("name", form);
  const kind = kindOf(mode);
  const unchanged = mode.type === "rename" && (typedName ?? mode.unit.name).trim() === mode.unit.name;

  const refused = (failure: unknown) => {
    const fieldErrors = unitFieldErrors(orgFailure(failure, locale), locale);
    form.setFields(fieldErrors);
    setError(fieldErrors.length > 0 ? null : failure);
  };

  const submit = async (values: FormValues) => {
    if (!kind) return;
    setError(null);
    try {
      if (mode.type === "create") {
        const parentId = mode.parent?.id ?? null;
        const input = { name: values.name.trim(), kind, form: needsForm(kind) ? (values.form ?? null) : null, parentId };
        const { data } = await create({ variables: { input } });
        if (data) onDone(data.createOrgUnit.id, parentId);
      } else {
        const { data } = await rename({ variables: { id: mode.unit.id, name: values.name.trim() } });
        if (data) onDone(data.renameOrgUnit.id, null);
      }
    } catch (failure) {
      refused(failure);
    }
  };

  return (
    <Form<FormValues>
      form={form}
      name="unit-form"
      layout="vertical"
      initialValues={{ name: mode.type === "rename" ? mode.unit.name : "" }}
      onFinish={(values) => void submit(values)}
      data-testid="unit-form"
      data-mode={mode.type}
    >
      <Form.Item label={t(locale, "kind")}>
        {kind ? (
          <Tag color={ORG_UNIT_KIND_COLOR[kind]} data-testid="unit-form-kind" data-kind={kind}>
            {orgUnitKindLabel(locale, kind)}
          </Tag>
        ) : (
          <Alert type="warning" showIcon data-testid="unit-form-no-kind" title={t(locale, "noChildKind")} />
        )}
        {mode.type === "create" && mode.parent ? (
          <Typography.Text type="secondary">{t(locale, "under", { parent: mode.parent.name })}</Typography.Text>
        ) : null}
      </Form.Item>
      <Form.Item name="name" label={t(locale, "name")} rules={unitNameRules(locale)}>
        <Input data-testid="unit-form-name" count={{ show: true, max: NAME_MAX }} autoFocus placeholder={t(locale, "namePlaceholder")} />
      </Form.Item>
      {mode.type === "create" && kind && needsForm(kind) ? (
        <Form.Item name="form" label={t(locale, "form")} rules={[{ required: true, message: t(locale, "formRequired") }]}>
          <Radio.Group data-testid="unit-form-form">
            {FORMS.map((value) => (
              <Radio key={value} value={value} data-form={value}>
                {compoundFormLabel(locale, value)}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
      ) : null}
      <RefusalAlert error={error} locale={locale} testId="unit-form-error" />
      <Flex justify="flex-end" gap={8} style={{ marginTop: 16 }}>
        <Button onClick={onClose}>{t(locale, "cancel")}</Button>
        <Button
          type="primary"
          htmlType="submit"
          data-testid="unit-form-submit"
          disabled={!kind || unchanged}
          loading={creating.loading || renaming.loading}
        >
          {mode.type === "rename" ? t(locale, "save") : t(locale, "create")}
        </Button>
      </Flex>
    </Form>
  );
}
