import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Alert, App as AntApp, Button, Col, Form, Input, Row, Select, Space, Switch } from "antd";
import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import type { GraphFailure, Locale } from "@dongting/ui-kit";
import { UPDATE_ZONE, type ZoneSettingsRow } from "../graph/staff-tools";
import { stationFailure } from "../graph/failure";
import { weekdayLabel } from "../labels";
import { t } from "../i18n";
import { TestIdNumber } from "./TestIdControls";
import { clockRules, numberRules, settingsFieldErrors, settingsInput, settingsValues, type ZoneSettingsValues } from "./zone-settings-form";

const NUMBER_LABELS = [
  ["minMinutes", "settingMinMinutes"],
  ["maxMinutes", "settingMaxMinutes"],
  ["bufferMinutes", "settingBuffer"],
  ["minNoticeHours", "settingMinNotice"],
  ["maxDaysAhead", "settingMaxDaysAhead"],
] as const;

/**
 * A zone's settings for station staff: capacity, exclusive use, approval, opening hours per weekday and the
 * booking limits. Checked with the station's own bounds; a refusal is worded from its reason, on the field
 * it names when it names one.
 */
export function ZoneSettingsForm({ zone, locale }: { zone: ZoneSettingsRow; locale: Locale }) {
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<ZoneSettingsValues>();
  const [refusal, setRefusal] = useState<GraphFailure | null>(null);
  const [update, { loading }] = useMutation(UPDATE_ZONE, { refetchQueries: "active", awaitRefetchQueries: true });
  const weekdays = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ value: weekday, label: weekdayLabel(locale, weekday) }));

  const submit = async (values: ZoneSettingsValues) => {
    setRefusal(null);
    try {
      await update({ variables: { id: zone.id, input: settingsInput(values) } });
      void message.success(t(locale, "settingsSaved"));
    } catch (error) {
      const failure = stationFailure(error, locale);
      form.setFields(settingsFieldErrors(failure));
      setRefusal(failure);
    }
  };

  return (
    <Form<ZoneSettingsValues>
      form={form}
      layout="vertical"
      data-testid="zone-settings-form"
      initialValues={settingsValues(zone)}
      onValuesChange={() => setRefusal(null)}
      onFinish={(values) => void submit(values)}
    >
      <Row gutter={16}>
        <Col xs={24} sm={8}>
          <Form.Item name="capacity" label={t(locale, "settingCapacity")} rules={numberRules(locale, "capacity")}>
            <TestIdNumber testId="setting-capacity" precision={0} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item
            name="exclusive"
            label={t(locale, "settingExclusive")}
            valuePropName="checked"
            extra={t(locale, "settingExclusiveHint")}
          >
            <Switch data-testid="setting-exclusive" />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item name="requiresApproval" label={t(locale, "settingApproval")} valuePropName="checked">
            <Switch data-testid="setting-approval" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        {NUMBER_LABELS.map(([field, label]) => (
          <Col xs={12} sm={8} key={field}>
            <Form.Item
              name={field}
              label={t(locale, label)}
              rules={numberRules(locale, field)}
              extra={field === "bufferMinutes" ? t(locale, "settingBufferHint") : undefined}
            >
              <TestIdNumber testId={`setting-${field}`} precision={0} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Form.Item label={t(locale, "settingOpeningHours")}>
        <Form.List name="openingHours">
          {(rows, { add, remove }) => (
            <div data-testid="setting-opening-hours">
              {rows.map((row) => (
                <Space key={row.key} align="baseline" data-opening-row={row.name}>
                  <Form.Item name={[row.name, "weekday"]} aria-label={t(locale, "settingWeekday")}>
                    <Select options={weekdays} style={{ width: 96 }} />
                  </Form.Item>
                  <Form.Item name={[row.name, "opens"]} rules={clockRules(locale)}>
                    <Input placeholder={t(locale, "settingOpens")} style={{ width: 90 }} data-testid={`opens-${row.name}`} />
                  </Form.Item>
                  <Form.Item name={[row.name, "closes"]} rules={clockRules(locale)}>
                    <Input placeholder={t(locale, "settingCloses")} style={{ width: 90 }} data-testid={`closes-${row.name}`} />
                  </Form.Item>
                  <MinusCircleOutlined aria-label={t(locale, "removeOpeningHours")} onClick={() => remove(row.name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ weekday: 1, opens: "08:30", closes: "17:30" })}>
                {t(locale, "addOpeningHours")}
              </Button>
            </div>
          )}
        </Form.List>
      </Form.Item>
      {refusal ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="zone-settings-refusal"
          data-reason={refusal.reason ?? undefined}
          title={refusal.title}
        />
      ) : null}
      <Button type="primary" htmlType="submit" loading={loading} data-testid="zone-settings-save">
        {t(locale, "save")}
      </Button>
    </Form>
  );
}
