import { useEffect } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, Form, Input, Select, Typography } from "antd";
import { REQUEST_NOTE_MAX } from "@dongting/domain/requests";
import { DISPATCH_REQUEST, UNITS_FOR_DISPATCH } from "../graph/workorders";
import { requestsFailure } from "../graph/failure";
import { t } from "../i18n";
import { GraphError } from "./GraphError";
import { DialogButtons } from "./DialogButtons";
import { HandlingUnits } from "./HandlingUnits";
import { unitOptionGroups } from "./unit-options";
import { markRefusedFields, optionalText } from "./form-rules";
import { REFETCH, type HandlingFormProps } from "./handling";

interface DispatchValues {
  unitId?: string | null;
  personId?: string | null;
  note: string;
}

/** The server's arguments by the form's names. */
const FORM_NAMES = { unitId: "unitId", personId: "personId", note: "note" };

/**
 * 派单 to a unit of the registry (the free-text AssignForm stays for bodies outside it): a unit of the request's
 * community, grouped by work force, the dispatch rules' suggestion preselected; optionally one of its members and a
 * note. The first unit leads (首接负责); while one already handles the request this adds a co-handling unit.
 */
export function DispatchForm({ request, locale, onCancel, onDone }: HandlingFormProps) {
  const [form] = Form.useForm<DispatchValues>();
  const units = useQuery(UNITS_FOR_DISPATCH, { variables: { communityId: request.community.id } });
  const [dispatch, { loading, error }] = useMutation(DISPATCH_REQUEST, REFETCH);
  const handling = new Set(request.units.map((unit) => unit.id));
  // Units already handling the request are not offered again (that would be a reassignment within the unit).
  const candidates = (units.data?.serviceUnits ?? []).filter((unit) => !handling.has(unit.id));
  const suggested = request.suggestedUnit && !handling.has(request.suggestedUnit.id) ? request.suggestedUnit : null;
  const unitId = Form.useWatch("unitId", form) ?? null;
  const unit = candidates.find((candidate) => candidate.id === unitId) ?? null;

  // A member belongs to one unit: picking another unit clears the member.
  useEffect(() => {
    if (form.getFieldValue("personId") && !unit?.members.some((member) => member.id === form.getFieldValue("personId")))
      form.setFieldsValue({ personId: null });
  }, [unit, form]);

  const onFinish = ({ unitId: chosen, personId, note }: DispatchValues) => {
    if (!chosen) return;
    const variables = { id: request.id, unitId: chosen, personId: personId ?? null, note: note.trim() || null };
    dispatch({ variables }).then(onDone, (failure: unknown) =>
      markRefusedFields(form, requestsFailure(failure, locale), locale, FORM_NAMES),
    );
  };

  return (
    <Form<DispatchValues>
      form={form}
      layout="vertical"
      onFinish={onFinish}
      initialValues={{ unitId: suggested?.id ?? null, personId: null, note: "" }}
      data-testid="dispatch-form"
    >
      {request.units.length > 0 ? (
        <div style={{ marginBottom: 12 }}>
          <Typography.Text type="secondary">{t(locale, "handlingUnits")}</Typography.Text>
          <HandlingUnits units={request.units} locale={locale} />
        </div>
      ) : null}
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t(locale, "firstLeads")} />
      <Form.Item
        name="unitId"
        label={t(locale, "unit")}
        rules={[{ required: true, message: t(locale, "unitRequired") }]}
        extra={suggested ? `${t(locale, "suggestedUnit")}：${suggested.name}` : undefined}
      >
        <Select
          data-testid="dispatch-unit"
          showSearch={{ optionFilterProp: "title" }}
          placeholder={t(locale, "pickUnit")}
          loading={units.loading}
          status={units.error ? "error" : undefined}
          notFoundContent={units.error ? t(locale, "loadFailed") : undefined}
          options={unitOptionGroups(candidates, locale, suggested?.id ?? null)}
          // Until the units have loaded, the suggestion shows by its name rather than its id.
          labelRender={({ value, label }) =>
            candidates.find((candidate) => candidate.id === value)?.name ?? (value === suggested?.id ? suggested?.name : label)
          }
        />
      </Form.Item>
      <Form.Item name="personId" label={t(locale, "unitMember")} extra={t(locale, "unitMemberHint")}>
        <Select
          allowClear
          data-testid="dispatch-member"
          disabled={!unit}
          placeholder={t(locale, "pickMember")}
          options={(unit?.members ?? []).map((member) => ({ value: member.id, label: member.name }))}
        />
      </Form.Item>
      <Form.Item
        name="note"
        label={t(locale, "dispatchNote")}
        rules={optionalText(REQUEST_NOTE_MAX, t(locale, "textTooLong", { max: REQUEST_NOTE_MAX }))}
      >
        <Input.TextArea data-testid="dispatch-note" rows={2} maxLength={REQUEST_NOTE_MAX} showCount />
      </Form.Item>
      {units.error ? <GraphError error={units.error} locale={locale} style={{ marginTop: 12 }} /> : null}
      {error ? <GraphError error={error} locale={locale} style={{ marginTop: 12 }} /> : null}
      <DialogButtons
        locale={locale}
        okText={t(locale, request.units.length > 0 ? "actAddUnit" : "actDispatch")}
        loading={loading}
        disabled={!unitId}
        onCancel={onCancel}
      />
    </Form>
  );
}
