import { Fragment, type CSSProperties } from "react";
import { useMutation } from "@apollo/client/react";
import { App as AntApp, Button, Flex, Form, InputNumber, Switch, Typography, type FormRule } from "antd";
import { SaveOutlined } from "@ant-design/icons";
import type { Locale } from "@dongting/ui-kit";
import { DEADLINE_HOURS_MAX, DEFAULT_DEADLINES } from "@dongting/domain/requests";
import { SET_CATEGORY_DEADLINES } from "../../graph/workorders";
import type { RequestCategory } from "../../graph/lookups";
import type { CategoryDeadlineInput } from "../../gql/graphql";
import { URGENCIES, handlingLevelLabel, urgencyLabel, type Urgency } from "../../labels";
import { t } from "../../i18n";
import { GraphError } from "../GraphError";
import { UrgencyBadge } from "../Badges";

interface UrgencyHours {
  respondHours: number | null;
  resolveHours: number | null;
  workingTime: boolean;
}

type DeadlineValues = Record<Urgency, UrgencyHours>;

function initialValues(category: RequestCategory): DeadlineValues {
  const entry = (urgency: Urgency): UrgencyHours => {
    const found = category.deadlines.find((deadline) => deadline.urgency === urgency);
    return found
      ? { respondHours: found.respondHours, resolveHours: found.resolveHours, workingTime: found.workingTime }
      : { ...DEFAULT_DEADLINES[urgency], workingTime: false };
  };
  return { RED: entry("RED"), YELLOW: entry("YELLOW"), GREEN: entry("GREEN") };
}

const wholeHours = (value: unknown): value is number => typeof value === "number" && Number.isInteger(value);

/** Urgency, respond-within, resolve-within, time basis. */
const DEADLINE_GRID: CSSProperties = {
  display: "grid",
  gridTemplateColumns: "max-content minmax(72px, 1fr) minmax(72px, 1fr) max-content",
  columnGap: 12,
  rowGap: 4,
  alignItems: "start",
  marginBottom: 8,
};
const CELL: CSSProperties = { marginBottom: 8 };

/**
 * One category's SLA (诉求时限): respond-within and resolve-within hours for each of 红, 黄, 绿, each counted in
 * clock time or in working time. Checked here as the service checks it (whole hours, respond at least 1 and no
 * longer than resolve, resolve at most DEADLINE_HOURS_MAX) before anything is sent; saved for all three at once.
 */
export function CategoryDeadlinesForm({ category, locale }: { category: RequestCategory; locale: Locale }) {
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<DeadlineValues>();
  const [save, { loading, error, reset }] = useMutation(SET_CATEGORY_DEADLINES, { refetchQueries: "active", awaitRefetchQueries: true });

  const respondRules = (urgency: Urgency): FormRule[] => [
    { required: true, message: t(locale, "fieldRequired") },
    ({ getFieldValue }) => ({
      validator: async (_rule, value: unknown) => {
        if (value == null) return;
        if (!wholeHours(value)) throw new Error(t(locale, "hoursWhole"));
        if (value < 1) throw new Error(t(locale, "respondAtLeastOne"));
        const resolve: unknown = getFieldValue([urgency, "resolveHours"]);
        if (wholeHours(resolve) && value > resolve) throw new Error(t(locale, "respondNotAfterResolve"));
      },
    }),
  ];
  const resolveRules: FormRule[] = [
    { required: true, message: t(locale, "fieldRequired") },
    {
      validator: async (_rule, value: unknown) => {
        if (value == null) return;
        if (!wholeHours(value) || value < 1 || value > DEADLINE_HOURS_MAX)
          throw new Error(t(locale, "hoursRange", { max: DEADLINE_HOURS_MAX }));
      },
    },
  ];

  const onFinish = async (values: DeadlineValues) => {
    const deadlines: CategoryDeadlineInput[] = URGENCIES.map((urgency) => ({
      urgency,
      respondHours: values[urgency].respondHours!,
      resolveHours: values[urgency].resolveHours!,
      workingTime: values[urgency].workingTime,
    }));
    try {
      await save({ variables: { categoryId: category.id, deadlines } });
      void message.success(t(locale, "deadlinesSaved", { category: category.name }));
    } catch {
      // The refusal shows above the button, worded from its reason.
    }
  };

  return (
    <Form<DeadlineValues>
      form={form}
      initialValues={initialValues(category)}
      onFinish={(values) => void onFinish(values)}
      onValuesChange={() => reset()}
      data-testid="category-deadlines"
      data-category={category.name}
    >
      {/* One row per urgency under one row of headings, so the hours line up whatever the language's label widths. */}
      <div style={DEADLINE_GRID} data-testid="deadline-grid">
        <span />
        <Typography.Text type="secondary">{t(locale, "respondHours")}</Typography.Text>
        <Typography.Text type="secondary">{t(locale, "resolveHours")}</Typography.Text>
        <Typography.Text type="secondary">{t(locale, "timeBasis")}</Typography.Text>
        {URGENCIES.map((urgency) => (
          <Fragment key={urgency}>
            <div style={{ paddingTop: 4 }} data-urgency={urgency}>
              <UrgencyBadge urgency={urgency} locale={locale} long />
            </div>
            <Form.Item
              name={[urgency, "respondHours"]}
              rules={respondRules(urgency)}
              dependencies={[[urgency, "resolveHours"]]}
              style={CELL}
            >
              <InputNumber
                data-testid={`respond-${urgency}`}
                aria-label={`${urgencyLabel(locale, urgency)} ${t(locale, "respondHours")}`}
                precision={0}
                style={{ width: "100%" }}
              />
            </Form.Item>
            <Form.Item name={[urgency, "resolveHours"]} rules={resolveRules} style={CELL}>
              <InputNumber
                data-testid={`resolve-${urgency}`}
                aria-label={`${urgencyLabel(locale, urgency)} ${t(locale, "resolveHours")}`}
                precision={0}
                style={{ width: "100%" }}
              />
            </Form.Item>
            <Form.Item name={[urgency, "workingTime"]} valuePropName="checked" style={CELL}>
              <Switch
                data-testid={`working-${urgency}`}
                checkedChildren={t(locale, "workingTime")}
                unCheckedChildren={t(locale, "naturalTime")}
              />
            </Form.Item>
          </Fragment>
        ))}
      </div>
      {error ? <GraphError error={error} locale={locale} style={{ marginBottom: 12 }} /> : null}
      <Flex justify="space-between" align="center">
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t(locale, "categoryDefaults", {
            level: handlingLevelLabel(locale, category.defaultLevel),
            urgency: urgencyLabel(locale, category.defaultUrgency),
          })}
        </Typography.Text>
        <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={loading} data-testid="save-deadlines">
          {t(locale, "saveDeadlines")}
        </Button>
      </Flex>
    </Form>
  );
}
