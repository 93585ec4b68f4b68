import { useMutation, useQuery } from "@apollo/client/react";
import { Form, Input, Radio, Select, Typography } from "antd";
import { useCommunityId, type Locale, communityFilter } from "@dongting/ui-kit";
import { ASSIGNEE_NAME_MAX } from "@dongting/domain/requests";
import { ASSIGN_REQUEST } from "../graph/requests";
import { VOLUNTEER_TEAMS, type PersonOption, type TeamOption } from "../graph/lookups";
import { requestsFailure } from "../graph/failure";
import { FORCE_KINDS, forceKindLabel, teamKindLabel, type ForceKind } from "../labels";
import { memberCount, t } from "../i18n";
import { GraphError } from "./GraphError";
import { DialogButtons } from "./DialogButtons";
import { ResidentPicker } from "./ResidentPicker";
import { markRefusedFields, requiredText } from "./form-rules";
import { REFETCH, type HandlingFormProps } from "./handling";

interface AssignValues {
  forceKind: ForceKind;
  teamId?: string | null;
  person?: PersonOption | null;
  assigneeName?: string;
}

/** The server's input fields by the form's names. */
const FORM_NAMES = { volunteerTeamId: "teamId", assigneeName: "assigneeName", assigneePersonId: "person" };

function teamOption(team: TeamOption, locale: Locale) {
  return {
    value: team.id,
    title: team.name,
    label: (
      <span data-team-id={team.id}>
        {team.name}{" "}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {teamKindLabel(locale, team.kind)} · {memberCount(locale, team.memberCount)}
        </Typography.Text>
      </span>
    ),
  };
}

/** 派单: to one of the six work forces; a volunteer team is picked from the volunteers graph. */
export function AssignForm({ request, locale, onCancel, onDone }: HandlingFormProps) {
  const [form] = Form.useForm<AssignValues>();
  const current = request.assignment;
  const forceKind = Form.useWatch("forceKind", form) ?? current?.forceKind ?? "VOLUNTEER";
  const volunteer = forceKind === "VOLUNTEER";
  const communityId = useCommunityId();
  const teams = useQuery(VOLUNTEER_TEAMS, { variables: { ...communityFilter(communityId) }, skip: !volunteer });
  const [assign, { loading, error }] = useMutation(ASSIGN_REQUEST, REFETCH);
  const teamId = Form.useWatch("teamId", form);
  const team = teams.data?.volunteerTeams.find((candidate) => candidate.id === teamId) ?? null;
  const typedName = Form.useWatch("assigneeName", form) ?? "";
  const name = volunteer ? (team?.name ?? "") : typedName.trim();

  const onFinish = (values: AssignValues) => {
    const person = values.person ?? null;
    const input = {
      forceKind: values.forceKind,
      assigneeName: name,
      assigneePersonId: !volunteer && person && person.name === name ? person.id : null,
      volunteerTeamId: volunteer ? (values.teamId ?? null) : null,
    };
    assign({ variables: { id: request.id, input } }).then(onDone, (failure: unknown) =>
      markRefusedFields(form, requestsFailure(failure, locale), locale, FORM_NAMES),
    );
  };

  return (
    <Form<AssignValues>
      form={form}
      layout="vertical"
      onFinish={onFinish}
      initialValues={{
        forceKind: current?.forceKind ?? "VOLUNTEER",
        teamId: current?.volunteerTeam?.id ?? null,
        assigneeName: current?.volunteerTeam ? "" : (current?.assigneeName ?? ""),
        person: null,
      }}
    >
      <Form.Item name="forceKind" label={t(locale, "forceKind")}>
        <Radio.Group
          data-testid="assign-force"
          optionType="button"
          options={FORCE_KINDS.map((value) => ({ value, label: <span data-force={value}>{forceKindLabel(locale, value)}</span> }))}
        />
      </Form.Item>
      {volunteer ? (
        <div data-testid="assign-team">
          <Form.Item name="teamId" label={t(locale, "volunteerTeam")} rules={[{ required: true, message: t(locale, "teamRequired") }]}>
            <Select
              showSearch={{ optionFilterProp: "title" }}
              style={{ width: "100%" }}
              placeholder={t(locale, "pickTeam")}
              loading={teams.loading}
              status={teams.error ? "error" : undefined}
              notFoundContent={teams.error ? t(locale, "loadFailed") : undefined}
              options={(teams.data?.volunteerTeams ?? []).map((candidate) => teamOption(candidate, locale))}
              labelRender={({ value, label }) => teams.data?.volunteerTeams.find((c) => c.id === value)?.name ?? label}
            />
          </Form.Item>
        </div>
      ) : (
        <>
          <Form.Item name="person" label={t(locale, "assigneePerson")} help={t(locale, "assigneePersonHint")}>
            <ResidentPicker
              locale={locale}
              testId="assign-person"
              onChange={(picked) => picked && form.setFieldsValue({ assigneeName: picked.name })}
            />
          </Form.Item>
          <Form.Item
            name="assigneeName"
            label={t(locale, "assigneeName")}
            rules={requiredText(ASSIGNEE_NAME_MAX, {
              required: t(locale, "fieldRequired"),
              tooLong: t(locale, "textTooLong", { max: ASSIGNEE_NAME_MAX }),
            })}
          >
            <Input data-testid="assign-name" maxLength={ASSIGNEE_NAME_MAX} showCount placeholder={t(locale, "assigneeNamePlaceholder")} />
          </Form.Item>
        </>
      )}
      {teams.error ? <GraphError error={teams.error} locale={locale} style={{ marginTop: 12 }} /> : null}
      {error ? <GraphError error={error} locale={locale} style={{ marginTop: 12 }} /> : null}
      <DialogButtons locale={locale} okText={t(locale, "actAssign")} loading={loading} disabled={name.length === 0} onCancel={onCancel} />
    </Form>
  );
}
