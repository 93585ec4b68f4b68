import { useRef, useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { App as AntApp, Button, Checkbox, Form, Input, Radio, Skeleton, Typography } from "antd";
import { EnvironmentOutlined, SendOutlined } from "@ant-design/icons";
import { useCommunityId, type Locale } from "@dongting/ui-kit";
import { REQUEST_DESCRIPTION_MAX, REQUEST_TITLE_MAX } from "@dongting/domain/requests";
import { SUBMIT_REQUEST, type RequestCard } from "../graph/requests";
import type { SubmitRequestInput } from "../gql/graphql";
import { PERSON, REQUEST_CATEGORIES } from "../graph/lookups";
import { requestsFailure } from "../graph/failure";
import { SubmissionKey } from "../graph/submission-key";
import { urgencyLabel, handlingLevelLabel } from "../labels";
import { t } from "../i18n";
import { GraphError } from "./GraphError";
import { IntakeStaffFields, type IntakeValues } from "./IntakeStaffFields";
import { markRefusedFields, requiredText } from "./form-rules";

export interface IntakeFormProps {
  /** resident: for oneself, through the WeChat micro-service; staff: for a resident, from any channel. */
  mode: "resident" | "staff";
  locale: Locale;
  /** The signed-in person (a resident's own location comes from the organisation graph). */
  personId: string | null;
  onSubmitted?(request: RequestCard): void;
}

/** The server's input fields by the form's names. */
const FORM_NAMES = {
  title: "title",
  description: "description",
  category: "category",
  submitterId: "submitter",
  gridId: "gridId",
  patrolShiftId: "patrolShiftId",
};

/**
 * 群众需求全收集: a resident raises a demand, or staff enter one received by phone, mailbox, patrol,
 * council or a visit, for the resident it concerns. Each submission carries a `clientRequestId`
 * (kept across retries of that submission), so a repeated click or a lost answer never makes two.
 */
export function IntakeForm({ mode, locale, personId, onSubmitted }: IntakeFormProps) {
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<IntakeValues>();
  const key = useRef(new SubmissionKey());
  const staff = mode === "staff";
  const categories = useQuery(REQUEST_CATEGORIES);
  const me = useQuery(PERSON, { variables: { id: personId ?? "" }, skip: staff || !personId });
  const [submit, { loading, error, reset }] = useMutation(SUBMIT_REQUEST, { refetchQueries: "active", awaitRefetchQueries: true });
  const [attempts, setAttempts] = useState(0);

  const submitter = Form.useWatch("submitter", form) ?? null;
  const categoryName = Form.useWatch("category", form);
  const category = categories.data?.requestCategories.find((c) => c.name === categoryName);
  // Where the request is: the submitter's neighbourhood and grid (staff may name another grid).
  const home = staff ? submitter?.neighbourhood : me.data?.person?.neighbourhood;

  const communityId = useCommunityId();
  const onFinish = async (values: IntakeValues) => {
    const gridId = staff ? (values.gridId ?? null) : (home?.grid.id ?? null);
    const input: SubmitRequestInput = {
      clientRequestId: key.current.forAttempt(),
      title: values.title.trim(),
      description: values.description.trim(),
      channel: staff ? values.channel : "WECHAT",
      category: values.category,
      gridId,
      neighbourhoodId: home && home.grid.id === gridId ? home.id : null,
      // 匿名提交: the request still counts in the rates; only its submitter is withheld from other viewers.
      anonymous: values.anonymous === true,
      // With no place, the request is for the active community (the graph would otherwise ask which one).
      ...(communityId && !gridId ? { communityId } : {}),
      ...(staff
        ? { submitterId: values.submitter?.id ?? null, patrolShiftId: values.channel === "PATROL" ? (values.patrolShiftId ?? null) : null }
        : {}),
    };
    setAttempts((n) => n + 1);
    try {
      const result = await submit({ variables: { input } });
      const request = result.data?.submitRequest;
      key.current.succeeded();
      setAttempts(0);
      form.resetFields();
      if (request) {
        void message.success(t(locale, "submittedDone", { code: request.code }));
        onSubmitted?.(request);
      }
    } catch (failure) {
      // The refusal shows above the button; the fields the graph refused are marked on the fields too.
      markRefusedFields(form, requestsFailure(failure, locale), locale, FORM_NAMES);
    }
  };

  return (
    <Form<IntakeValues>
      form={form}
      layout="vertical"
      data-testid="intake-form"
      data-mode={mode}
      initialValues={{ channel: staff ? "HOTLINE" : "WECHAT", submitter: null, anonymous: false }}
      onFinish={(values) => void onFinish(values)}
      onValuesChange={() => reset()}
      disabled={loading}
    >
      {staff ? (
        <IntakeStaffFields form={form} locale={locale} home={home ?? null} />
      ) : (
        <Typography.Paragraph type="secondary" data-testid="intake-location">
          <EnvironmentOutlined /> {me.loading ? t(locale, "loading") : home ? `${home.grid.name} · ${home.name}` : t(locale, "noHome")}
          {me.error ? <GraphError error={me.error} locale={locale} style={{ marginTop: 8 }} /> : null}
        </Typography.Paragraph>
      )}
      <Form.Item
        name="category"
        label={t(locale, "colCategory")}
        rules={[{ required: true, message: t(locale, "categoryRequired") }]}
        extra={
          category
            ? t(locale, "categoryDefaults", {
                level: handlingLevelLabel(locale, category.defaultLevel),
                urgency: urgencyLabel(locale, category.defaultUrgency),
              })
            : undefined
        }
      >
        {categories.loading && !categories.data ? (
          <Skeleton.Input active size="small" />
        ) : (
          <Radio.Group
            data-testid="intake-category"
            optionType="button"
            options={(categories.data?.requestCategories ?? []).map((c) => ({
              value: c.name,
              label: <span data-category={c.name}>{c.name}</span>,
            }))}
          />
        )}
      </Form.Item>
      {categories.error ? <GraphError error={categories.error} locale={locale} style={{ marginBottom: 16 }} /> : null}
      <Form.Item
        name="title"
        label={t(locale, "requestTitle")}
        rules={requiredText(REQUEST_TITLE_MAX, {
          required: t(locale, "titleRequired"),
          tooLong: t(locale, "titleTooLong", { max: REQUEST_TITLE_MAX }),
        })}
      >
        <Input data-testid="intake-title" maxLength={REQUEST_TITLE_MAX} showCount placeholder={t(locale, "titlePlaceholder")} />
      </Form.Item>
      <Form.Item
        name="description"
        label={t(locale, "description")}
        rules={requiredText(REQUEST_DESCRIPTION_MAX, {
          required: t(locale, "descriptionRequired"),
          tooLong: t(locale, "descriptionTooLong", { max: REQUEST_DESCRIPTION_MAX }),
        })}
      >
        <Input.TextArea
          data-testid="intake-description"
          rows={4}
          maxLength={REQUEST_DESCRIPTION_MAX}
          showCount
          placeholder={t(locale, "descriptionPlaceholder")}
        />
      </Form.Item>
      <Form.Item name="anonymous" valuePropName="checked" extra={t(locale, "submitAnonymouslyHint")}>
        <Checkbox data-testid="intake-anonymous">{t(locale, "submitAnonymously")}</Checkbox>
      </Form.Item>
      {error ? <GraphError error={error} locale={locale} style={{ marginBottom: 16 }} /> : null}
      <Button
        type="primary"
        htmlType="submit"
        icon={<SendOutlined />}
        loading={loading}
        data-testid="intake-submit"
        data-attempts={attempts}
        data-client-request-id={key.current.pending ?? ""}
      >
        {error ? t(locale, "retrySubmit") : t(locale, staff ? "submitForResident" : "submitRequest")}
      </Button>
    </Form>
  );
}
