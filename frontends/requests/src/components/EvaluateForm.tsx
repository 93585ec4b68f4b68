import { useMutation } from "@apollo/client/react";
import { App as AntApp, AutoComplete, Button, Flex, Form, Input, Rate } from "antd";
import type { Locale } from "@dongting/ui-kit";
import { DEPARTMENT_NAME_MAX, EVALUATION_COMMENT_MAX, fitsText, isScore } from "@dongting/domain/requests";
import { EVALUATE_DEPARTMENT } from "../graph/metrics";
import { requestsFailure } from "../graph/failure";
import { t } from "../i18n";
import { GraphError } from "./GraphError";
import { markRefusedFields, optionalText, requiredText } from "./form-rules";

interface EvaluationValues {
  department: string;
  responseSpeed: number;
  quality: number;
  comment: string;
}

const FORM_NAMES = { department: "department", responseSpeed: "responseSpeed", quality: "quality", comment: "comment" };

/** 社区评价上级部门: response speed and quality, 1..5 each, with an optional comment. */
export function EvaluateForm({
  locale,
  departments,
  onDone,
  onCancel,
}: {
  locale: Locale;
  departments: string[];
  onDone(): void;
  onCancel(): void;
}) {
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<EvaluationValues>();
  const [evaluate, { loading, error }] = useMutation(EVALUATE_DEPARTMENT, { refetchQueries: "active", awaitRefetchQueries: true });
  const department = Form.useWatch("department", form) ?? "";
  const speed = Form.useWatch("responseSpeed", form) ?? 0;
  const quality = Form.useWatch("quality", form) ?? 0;
  const ready = fitsText(department, DEPARTMENT_NAME_MAX) && isScore(speed) && isScore(quality);
  const scoreRule = {
    validator: async (_rule: unknown, value: number) => {
      if (!isScore(value)) throw new Error(t(locale, "scoreRequired"));
    },
  };

  const onFinish = (values: EvaluationValues) =>
    void evaluate({
      variables: {
        input: {
          department: values.department.trim(),
          responseSpeed: values.responseSpeed,
          quality: values.quality,
          comment: values.comment.trim() || null,
        },
      },
    }).then(
      () => {
        void message.success(t(locale, "evaluatedDone"));
        onDone();
      },
      (failure: unknown) => markRefusedFields(form, requestsFailure(failure, locale), locale, FORM_NAMES),
    );

  return (
    <Form<EvaluationValues>
      form={form}
      layout="vertical"
      data-testid="evaluate-form"
      initialValues={{ department: "", responseSpeed: 0, quality: 0, comment: "" }}
      onFinish={onFinish}
    >
      <Form.Item
        name="department"
        label={t(locale, "department")}
        rules={requiredText(DEPARTMENT_NAME_MAX, {
          required: t(locale, "fieldRequired"),
          tooLong: t(locale, "textTooLong", { max: DEPARTMENT_NAME_MAX }),
        })}
      >
        <AutoComplete
          options={departments.filter((d) => d.includes(department.trim())).map((d) => ({ value: d }))}
          placeholder={t(locale, "departmentPlaceholder")}
        />
      </Form.Item>
      <Form.Item name="responseSpeed" label={t(locale, "responseSpeed")} required rules={[scoreRule]}>
        <Rate />
      </Form.Item>
      <Form.Item name="quality" label={t(locale, "quality")} required rules={[scoreRule]}>
        <Rate />
      </Form.Item>
      <Form.Item
        name="comment"
        label={t(locale, "comment")}
        rules={optionalText(EVALUATION_COMMENT_MAX, t(locale, "textTooLong", { max: EVALUATION_COMMENT_MAX }))}
      >
        <Input.TextArea rows={3} maxLength={EVALUATION_COMMENT_MAX} showCount />
      </Form.Item>
      {error ? <GraphError error={error} locale={locale} style={{ marginBottom: 12 }} /> : null}
      <Flex justify="flex-end" gap={8}>
        <Button onClick={onCancel}>{t(locale, "cancel")}</Button>
        <Button type="primary" htmlType="submit" disabled={!ready} loading={loading}>
          {t(locale, "submit")}
        </Button>
      </Flex>
    </Form>
  );
}
