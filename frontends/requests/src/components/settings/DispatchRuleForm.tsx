import { useMutation, useQuery } from "@apollo/client/react";
import { Form, InputNumber, Select, Switch } from "antd";
import { communityFilter, type Locale } from "@dongting/ui-kit";
import { CREATE_DISPATCH_RULE, UNITS_FOR_DISPATCH } from "../../graph/workorders";
import { GRIDS, REQUEST_CATEGORIES } from "../../graph/lookups";
import { requestsFailure } from "../../graph/failure";
import { URGENCIES, urgencyLabel, type Urgency } from "../../labels";
import { t } from "../../i18n";
import { GraphError } from "../GraphError";
import { DialogButtons } from "../DialogButtons";
import { UrgencyDot } from "../Badges";
import { unitOptionGroups } from "../unit-options";
import { markRefusedFields } from "../form-rules";
import { REFETCH } from "../handling";

interface RuleValues {
  position: number | null;
  category?: string | null;
  gridId?: string | null;
  unitId?: string | null;
  urgency?: Urgency | null;
  automatic: boolean;
}

/** The server's input fields by the form's names. */
const FORM_NAMES = { position: "position", category: "category", gridId: "gridId", unitId: "unitId", urgency: "urgency" };

/**
 * A new dispatch rule: its position (the first match in ascending position wins), a category and a grid (empty
 * matches any), the unit and the suggested urgency, and whether acceptance dispatches without asking.
 */
export function DispatchRuleForm({
  communityId,
  nextPosition,
  locale,
  onCancel,
  onDone,
}: {
  communityId: string | null;
  nextPosition: number;
  locale: Locale;
  onCancel(): void;
  onDone(): void;
}) {
  const [form] = Form.useForm<RuleValues>();
  const categories = useQuery(REQUEST_CATEGORIES);
  const grids = useQuery(GRIDS, { variables: { ...communityFilter(communityId) } });
  const units = useQuery(UNITS_FOR_DISPATCH, { variables: { ...communityFilter(communityId) } });
  const [create, { loading, error }] = useMutation(CREATE_DISPATCH_RULE, REFETCH);
  const unitId = Form.useWatch("unitId", form);
  const any = t(locale, "anyValue");

  const onFinish = (values: RuleValues) => {
    if (values.position == null || !values.unitId) return;
    const input = {
      position: values.position,
      category: values.category ?? null,
      gridId: values.gridId ?? null,
      unitId: values.unitId,
      urgency: values.urgency ?? null,
      automatic: values.automatic,
    };
    create({ variables: { input } }).then(onDone, (failure: unknown) =>
      markRefusedFields(form, requestsFailure(failure, locale), locale, FORM_NAMES),
    );
  };

  return (
    <Form<RuleValues>
      form={form}
      layout="vertical"
      onFinish={onFinish}
      initialValues={{ position: nextPosition, automatic: false }}
      data-testid="rule-form"
    >
      <Form.Item
        name="position"
        label={t(locale, "colPosition")}
        rules={[
          { required: true, message: t(locale, "positionRequired") },
          { type: "integer", min: 1, message: t(locale, "positionRequired") },
        ]}
      >
        <InputNumber data-testid="rule-position" precision={0} style={{ width: 120 }} />
      </Form.Item>
      <Form.Item name="category" label={t(locale, "colCategory")}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: "title" }}
          data-testid="rule-category"
          placeholder={any}
          loading={categories.loading}
          options={(categories.data?.requestCategories ?? []).map((category) => ({
            value: category.name,
            title: category.name,
            label: <span data-category={category.name}>{category.name}</span>,
          }))}
        />
      </Form.Item>
      <Form.Item name="gridId" label={t(locale, "grid")}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: "title" }}
          data-testid="rule-grid"
          placeholder={any}
          loading={grids.loading}
          options={(grids.data?.grids ?? []).map((grid) => ({
            value: grid.id,
            title: grid.name,
            label: <span data-grid-id={grid.id}>{grid.name}</span>,
          }))}
        />
      </Form.Item>
      <Form.Item name="unitId" label={t(locale, "unit")} rules={[{ required: true, message: t(locale, "unitRequired") }]}>
        <Select
          showSearch={{ optionFilterProp: "title" }}
          data-testid="rule-unit"
          placeholder={t(locale, "pickUnit")}
          loading={units.loading}
          options={unitOptionGroups(units.data?.serviceUnits ?? [], locale)}
          labelRender={({ value, label }) => units.data?.serviceUnits.find((unit) => unit.id === value)?.name ?? label}
        />
      </Form.Item>
      <Form.Item name="urgency" label={t(locale, "colRuleUrgency")}>
        <Select
          allowClear
          data-testid="rule-urgency"
          placeholder={any}
          options={URGENCIES.map((value) => ({
            value,
            label: (
              <span data-urgency={value}>
                <UrgencyDot urgency={value} size={8} />
                {urgencyLabel(locale, value)}
              </span>
            ),
          }))}
        />
      </Form.Item>
      <Form.Item name="automatic" label={t(locale, "colAutomatic")} valuePropName="checked">
        <Switch data-testid="rule-automatic" checkedChildren={t(locale, "automaticYes")} unCheckedChildren={t(locale, "automaticNo")} />
      </Form.Item>
      {[categories.error, grids.error, units.error].map((failure, index) =>
        failure ? <GraphError key={index} error={failure} locale={locale} style={{ marginBottom: 12 }} /> : null,
      )}
      {error ? <GraphError error={error} locale={locale} /> : null}
      <DialogButtons locale={locale} okText={t(locale, "addRule")} loading={loading} disabled={!unitId} onCancel={onCancel} />
    </Form>
  );
}
