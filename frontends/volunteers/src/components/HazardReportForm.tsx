import { useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, Button, Form, Input, Select } from "antd";
import type { FormInstance } from "antd";
import type { GraphFailure, Locale } from "@dongting/ui-kit";
import { REQUEST_DESCRIPTION_MAX, REQUEST_TITLE_MAX } from "@dongting/domain/requests";
import { REQUEST_CATEGORIES, SUBMIT_HAZARD, type SubmittedRequest } from "../graph/hazard";
import { volunteersFailure } from "../graph/failure";
import { Refusal } from "./Refusal";
import { t, type MessageKey } from "../i18n";

const HAZARD_CATEGORY = "安全隐患";

interface Values {
  category: string;
  title: string;
  description: string;
}

type FieldName = keyof Values;

const FIELDS: Record<FieldName, { label: MessageKey; max?: number }> = {
  category: { label: "hazardCategory" },
  title: { label: "hazardSubject", max: REQUEST_TITLE_MAX },
  description: { label: "hazardDescription", max: REQUEST_DESCRIPTION_MAX },
};

const isFieldName = (name: string): name is FieldName => Object.prototype.hasOwnProperty.call(FIELDS, name);

/** A fresh idempotency key; crypto.randomUUID needs a secure context, which localhost and https are. */
function newClientRequestId(): string {
  if (typeof crypto !== "undefined" && typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = Array.from({ length: 16 }, () => Math.floor(Math.random() * 256));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The fields the server refused (`extensions.fields`, "input.title" -> "title"), worded on the form's own fields. */
function showRefusedFields(form: FormInstance<Values>, failure: GraphFailure, locale: Locale): void {
  const refused = failure.fields.flatMap(({ field, constraint }) => {
    const name = field.replace(/^input\./, "");
    if (!isFieldName(name)) return [];
    const { label, max } = FIELDS[name];
    const vars = { field: t(locale, label), max: max ?? "" };
    const key: MessageKey =
      /max/i.test(constraint) && max ? "tooLong" : /empty|blank|min|required/i.test(constraint) ? "required" : "fieldRefused";
    return [{ name, errors: [t(locale, key, vars)] }];
  });
  form.setFields(refused);
}

/**
 * A hazard found on a patrol shift, sent through the gateway as the requests subgraph's
 * `submitRequest` with channel PATROL and the shift's id. One key per report: a retry after a lost
 * answer returns the same request instead of filing a second one. The limits are the requests slice's own.
 */
export function HazardReportForm({ shiftId, locale }: { shiftId: string; locale: Locale }) {
  const [form] = Form.useForm<Values>();
  const [clientRequestId, setClientRequestId] = useState(newClientRequestId);
  const [submitted, setSubmitted] = useState<SubmittedRequest | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const categories = useQuery(REQUEST_CATEGORIES, { variables: {} });
  const [submit, { loading }] = useMutation(SUBMIT_HAZARD);
  const names = categories.data?.requestCategories.map((c) => c.name) ?? [];
  const options = (names.includes(HAZARD_CATEGORY) ? names : [HAZARD_CATEGORY, ...names]).map((name) => ({ value: name, label: name }));

  const onFinish = async (values: Values) => {
    setFailure(null);
    try {
      const input = {
        clientRequestId,
        title: values.title.trim(),
        description: values.description.trim(),
        channel: "PATROL" as const,
        category: values.category,
        patrolShiftId: shiftId,
      };
      const result = await submit({ variables: { input } });
      if (result.data) {
        setSubmitted(result.data.submitRequest);
        form.resetFields();
        setClientRequestId(newClientRequestId());
      }
    } catch (error) {
      setFailure(error);
      showRefusedFields(form, volunteersFailure(error, locale), locale);
    }
  };

  if (submitted) {
    return (
      <Alert
        type="success"
        showIcon
        data-testid="hazard-submitted"
        data-request-code={submitted.code}
        title={t(locale, "hazardSubmitted", { code: submitted.code })}
        description={`${submitted.category} · ${submitted.title}`}
        action={
          <Button size="small" onClick={() => setSubmitted(null)}>
            {t(locale, "hazardAnother")}
          </Button>
        }
      />
    );
  }

  const rules = (name: "title" | "description") => {
    const vars = { field: t(locale, FIELDS[name].label), max: FIELDS[name].max! };
    return [
      { required: true, whitespace: true, message: t(locale, "required", vars) },
      { max: vars.max, message: t(locale, "tooLong", vars) },
    ];
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      data-testid="hazard-form"
      initialValues={{ category: HAZARD_CATEGORY }}
      onFinish={(values) => void onFinish(values)}
      disabled={loading}
    >
      <Alert type="info" showIcon title={t(locale, "hazardHint")} style={{ marginBottom: 16 }} />
      <Form.Item name="category" label={t(locale, "hazardCategory")} rules={[{ required: true }]}>
        <Select options={options} loading={categories.loading} showSearch={{ optionFilterProp: "label" }} data-testid="hazard-category" />
      </Form.Item>
      <Form.Item name="title" label={t(locale, "hazardSubject")} rules={rules("title")}>
        <Input placeholder={t(locale, "hazardSubjectPlaceholder")} maxLength={REQUEST_TITLE_MAX} showCount data-testid="hazard-title" />
      </Form.Item>
      <Form.Item name="description" label={t(locale, "hazardDescription")} rules={rules("description")}>
        <Input.TextArea
          rows={4}
          placeholder={t(locale, "hazardDescriptionPlaceholder")}
          maxLength={REQUEST_DESCRIPTION_MAX}
          showCount
          data-testid="hazard-description"
        />
      </Form.Item>
      <Button type="primary" danger htmlType="submit" loading={loading} data-testid="hazard-submit">
        {t(locale, "hazardSubmit")}
      </Button>
      <Refusal error={failure} locale={locale} onClose={() => setFailure(null)} />
    </Form>
  );
}
