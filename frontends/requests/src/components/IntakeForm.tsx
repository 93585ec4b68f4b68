import { useMemo, useRef, useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { App as AntApp, Button, Form, Input, Radio, Select, Skeleton, Typography } from "antd";
import { EnvironmentOutlined, SendOutlined } from "@ant-design/icons";
import { formatDateTime, type Locale } from "@dongting/ui-kit";
import { SUBMIT_REQUEST, type RequestCard } from "../graph/requests";
import type { SubmitRequestInput } from "../gql/graphql";
import { GRIDS, PATROL_SHIFTS, PERSON, REQUEST_CATEGORIES, type PersonOption } from "../graph/lookups";
import { graphFailure } from "../graph/errors";
import { STAFF_CHANNELS, requestChannelLabel, urgencyLabel, handlingLevelLabel, type RequestChannel } from "../labels";
import { SubmissionKey } from "../rules";
import { t } from "../i18n";
import { GraphError } from "./GraphError";
import { PersonPicker } from "./PersonPicker";

export interface IntakeFormProps {
  /** resident: for oneself, through the WeChat micro-service; staff: for a resident, from any channel. */
  mode: "resident" | "staff";
  locale: Locale;
  /** The signed-in person (a resident's own location comes from the organisation graph). */
  personId: string | null;
  onSubmitted?(request: RequestCard): void;
}

interface IntakeValues {
  channel: RequestChannel;
  submitter: PersonOption | null;
  patrolShiftId?: string | null;
  gridId?: string | null;
  category: string;
  title: string;
  description: string;
}

const FORM_FIELDS = new Set(["title", "description", "category", "submitterId", "gridId", "patrolShiftId"]);

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
  const grids = useQuery(GRIDS, { skip: !staff });
  const me = useQuery(PERSON, { variables: { id: personId ?? "" }, skip: staff || !personId });
  const [submit, { loading, error, reset }] = useMutation(SUBMIT_REQUEST, { refetchQueries: "active", awaitRefetchQueries: true });
  const [attempts, setAttempts] = useState(0);

  const channel = Form.useWatch("channel", form) ?? (staff ? "HOTLINE" : "WECHAT");
  const submitter = Form.useWatch("submitter", form) ?? null;
  const categoryName = Form.useWatch("category", form);
  const category = categories.data?.requestCategories.find((c) => c.name === categoryName);
  const shiftWindow = useMemo(() => {
    const now = Date.now();
    return { from: new Date(now - 7 * 86_400_000).toISOString(), to: new Date(now + 86_400_000).toISOString() };
  }, []);
  const patrol = useQuery(PATROL_SHIFTS, { variables: shiftWindow, skip: !staff || channel !== "PATROL" });

  // Where the request is: the submitter's neighbourhood and grid (staff may name another grid).
  const home = staff ? submitter?.neighbourhood : me.data?.person?.neighbourhood;

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
      // The error shows above the button; a field the server blamed is marked on the field too.
      const { field, message: text } = graphFailure(failure, locale);
      const name = field === "submitterId" ? "submitter" : field;
      if (name && FORM_FIELDS.has(field!)) form.setFields([{ name: name as keyof IntakeValues, errors: [text] }]);
    }
  };

  return (
    <Form<IntakeValues>
      form={form}
      layout="vertical"
      data-testid="intake-form"
      data-mode={mode}
      initialValues={{ channel: staff ? "HOTLINE" : "WECHAT", submitter: null }}
      onFinish={(values) => void onFinish(values)}
      onValuesChange={() => reset()}
      disabled={loading}
    >
      {staff ? (
        <>
          <Form.Item name="channel" label={t(locale, "colChannel")} rules={[{ required: true }]}>
            <Radio.Group
              data-testid="intake-channel"
              optionType="button"
              options={STAFF_CHANNELS.map((value) => ({
                value,
                label: <span data-channel={value}>{requestChannelLabel(locale, value)}</span>,
              }))}
            />
          </Form.Item>
          <Form.Item
            name="submitter"
            label={t(locale, "submitterResident")}
            rules={[{ required: true, message: t(locale, "submitterRequired") }]}
          >
            <PersonPicker
              locale={locale}
              testId="intake-submitter"
              onChange={(person) => {
                form.setFieldsValue({ submitter: person, gridId: person?.neighbourhood?.grid.id ?? null });
              }}
            />
          </Form.Item>
          {channel === "PATROL" ? (
            <Form.Item name="patrolShiftId" label={t(locale, "patrolShift")} help={t(locale, "patrolShiftHint")}>
              <Select
                allowClear
                data-testid="intake-shift"
                loading={patrol.loading}
                placeholder={t(locale, "patrolShiftPlaceholder")}
                status={patrol.error ? "error" : undefined}
                notFoundContent={patrol.error ? t(locale, "loadFailed") : undefined}
                options={(patrol.data?.volunteerTeams ?? []).flatMap((team) =>
                  team.shifts.map((shift) => ({
                    value: shift.id,
                    label: `${team.name} · ${shift.title} · ${formatDateTime(locale, shift.startsAt)}`,
                  })),
                )}
              />
            </Form.Item>
          ) : null}
          <Form.Item name="gridId" label={t(locale, "grid")} help={home ? `${home.grid.name} · ${home.name}` : t(locale, "gridHint")}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: "label" }}
              data-testid="intake-grid"
              loading={grids.loading}
              placeholder={t(locale, "pickGrid")}
              options={(grids.data?.grids ?? []).map((grid) => ({ value: grid.id, label: grid.name }))}
            />
          </Form.Item>
        </>
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
        help={
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
        rules={[
          { required: true, whitespace: true, message: t(locale, "titleRequired") },
          { max: 80, message: t(locale, "titleTooLong") },
        ]}
      >
        <Input data-testid="intake-title" maxLength={80} showCount placeholder={t(locale, "titlePlaceholder")} />
      </Form.Item>
      <Form.Item
        name="description"
        label={t(locale, "description")}
        rules={[
          { required: true, whitespace: true, message: t(locale, "descriptionRequired") },
          { max: 2000, message: t(locale, "descriptionTooLong") },
        ]}
      >
        <Input.TextArea
          data-testid="intake-description"
          rows={4}
          maxLength={2000}
          showCount
          placeholder={t(locale, "descriptionPlaceholder")}
        />
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
