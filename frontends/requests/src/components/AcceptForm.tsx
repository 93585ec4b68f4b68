import { useEffect } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, Form, Radio } from "antd";
import { ACCEPT_REQUEST } from "../graph/requests";
import { REQUEST_CATEGORIES } from "../graph/lookups";
import { HANDLING_LEVELS, URGENCIES, handlingLevelLabel, urgencyLabel, type HandlingLevel, type Urgency } from "../labels";
import { t } from "../i18n";
import { GraphError } from "./GraphError";
import { UrgencyDot } from "./Badges";
import { DialogButtons } from "./DialogButtons";
import { REFETCH, type HandlingFormProps } from "./handling";

interface AcceptValues {
  level?: HandlingLevel;
  urgency?: Urgency;
}

/** 分级: the handling level (四级) and the colour (三色), defaulting to the category's; shows the deadlines it sets. */
export function AcceptForm({ request, locale, onCancel, onDone }: HandlingFormProps) {
  const [form] = Form.useForm<AcceptValues>();
  const categories = useQuery(REQUEST_CATEGORIES);
  const category = categories.data?.requestCategories.find((c) => c.name === request.category);
  const [accept, { loading, error }] = useMutation(ACCEPT_REQUEST, REFETCH);
  const level = Form.useWatch("level", form);
  const urgency = Form.useWatch("urgency", form);
  const deadline = category?.deadlines.find((d) => d.urgency === urgency);

  // The category's defaults become the choice once it is known, unless the person has chosen already.
  useEffect(() => {
    if (!category) return;
    if (!form.isFieldTouched("level") && !form.getFieldValue("level")) form.setFieldsValue({ level: category.defaultLevel });
    if (!form.isFieldTouched("urgency")) form.setFieldsValue({ urgency: category.defaultUrgency });
  }, [category, form]);

  return (
    <Form<AcceptValues>
      form={form}
      layout="vertical"
      initialValues={{ level: request.level ?? undefined }}
      onFinish={(values) => {
        if (!values.level || !values.urgency) return;
        accept({ variables: { id: request.id, level: values.level, urgency: values.urgency } }).then(onDone, () => undefined);
      }}
    >
      <Form.Item
        name="level"
        label={t(locale, "level")}
        help={category ? t(locale, "categoryDefault", { value: handlingLevelLabel(locale, category.defaultLevel) }) : undefined}
      >
        <Radio.Group
          data-testid="accept-level"
          optionType="button"
          buttonStyle="solid"
          options={HANDLING_LEVELS.map((value) => ({ value, label: <span data-level={value}>{handlingLevelLabel(locale, value)}</span> }))}
        />
      </Form.Item>
      <Form.Item
        name="urgency"
        label={t(locale, "colUrgency")}
        help={category ? t(locale, "categoryDefault", { value: urgencyLabel(locale, category.defaultUrgency) }) : undefined}
      >
        <Radio.Group
          data-testid="accept-urgency"
          optionType="button"
          options={URGENCIES.map((value) => ({
            value,
            label: (
              <span data-urgency={value}>
                <UrgencyDot urgency={value} size={10} />
                {urgencyLabel(locale, value)}
              </span>
            ),
          }))}
        />
      </Form.Item>
      {deadline ? (
        <Alert
          type="info"
          showIcon
          data-testid="accept-deadlines"
          title={t(locale, "deadlinesHint", { respond: deadline.respondHours, resolve: deadline.resolveHours })}
        />
      ) : null}
      {error ? <GraphError error={error} locale={locale} style={{ marginTop: 12 }} /> : null}
      <DialogButtons locale={locale} okText={t(locale, "actAccept")} loading={loading} disabled={!level || !urgency} onCancel={onCancel} />
    </Form>
  );
}
