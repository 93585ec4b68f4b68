import { useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, Button, Form, Input, Select } from "antd";
import { ActionError, type Locale } from "@dongting/ui-kit";
import { REQUEST_CATEGORIES, SUBMIT_HAZARD, type SubmittedRequest } from "../graph/hazard";
import { t } from "../i18n";

export const HAZARD_CATEGORY = "安全隐患";
const TITLE_MAX = 80;
const DESCRIPTION_MAX = 2000;

interface Values {
  category: string;
  title: string;
  description: string;
}

/** A fresh idempotency key; crypto.randomUUID needs a secure context, which localhost and https are. */
export function newClientRequestId(): string {
  if (typeof crypto !== "undefined" && typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = Array.from({ length: 16 }, () => Math.floor(Math.random() * 256));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A hazard found on a patrol shift, sent through the gateway as the requests subgraph's
 * `submitRequest` with channel PATROL and the shift's id. One key per report: a retry after a lost
 * answer returns the same request instead of filing a second one.
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
      const result = await submit({
        variables: {
          input: {
            clientRequestId,
            title: values.title.trim(),
            description: values.description.trim(),
            channel: "PATROL",
            category: values.category,
            patrolShiftId: shiftId,
          },
        },
      });
      if (result.data) {
        setSubmitted(result.data.submitRequest);
        form.resetFields();
        setClientRequestId(newClientRequestId());
      }
    } catch (error) {
      setFailure(error);
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

  const field = (key: "hazardSubject" | "hazardDescription", max: number) => [
    { required: true, whitespace: true, message: t(locale, "required", { field: t(locale, key) }) },
    { max, message: t(locale, "tooLong", { field: t(locale, key), max }) },
  ];

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
      <Form.Item name="title" label={t(locale, "hazardSubject")} rules={field("hazardSubject", TITLE_MAX)}>
        <Input placeholder={t(locale, "hazardSubjectPlaceholder")} maxLength={TITLE_MAX} showCount data-testid="hazard-title" />
      </Form.Item>
      <Form.Item name="description" label={t(locale, "hazardDescription")} rules={field("hazardDescription", DESCRIPTION_MAX)}>
        <Input.TextArea
          rows={4}
          placeholder={t(locale, "hazardDescriptionPlaceholder")}
          maxLength={DESCRIPTION_MAX}
          showCount
          data-testid="hazard-description"
        />
      </Form.Item>
      <Button type="primary" danger htmlType="submit" loading={loading} data-testid="hazard-submit">
        {t(locale, "hazardSubmit")}
      </Button>
      <ActionError error={failure} locale={locale} onClose={() => setFailure(null)} />
    </Form>
  );
}
