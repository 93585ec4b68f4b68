import { useMutation, useQuery } from "@apollo/client/react";
import { Flex, Form, Input, Radio, Select, Tag } from "antd";
import { communityFilter, type Locale } from "@dongting/ui-kit";
import { ASSIGNEE_NAME_MAX } from "@dongting/domain/requests";
import { CREATE_SERVICE_UNIT } from "../../graph/workorders";
import { VOLUNTEER_TEAMS, type PersonOption } from "../../graph/lookups";
import { requestsFailure } from "../../graph/failure";
import { FORCE_KINDS, forceKindLabel, type ForceKind } from "../../labels";
import { t } from "../../i18n";
import { GraphError } from "../GraphError";
import { DialogButtons } from "../DialogButtons";
import { ResidentPicker } from "../ResidentPicker";
import { markRefusedFields, requiredText } from "../form-rules";
import { REFETCH } from "../handling";

interface UnitValues {
  name: string;
  forceKind: ForceKind;
  leader?: PersonOption | null;
  members: PersonOption[];
  volunteerTeamId?: string | null;
}

/** The members picked one by one (a form control: value/onChange); the leader shows first and is always one. */
function MembersField({
  value = [],
  onChange,
  leader,
  locale,
}: {
  value?: PersonOption[];
  onChange?(members: PersonOption[]): void;
  leader: PersonOption | null;
  locale: Locale;
}) {
  const add = (person: PersonOption | null) => {
    if (person && !value.some((member) => member.id === person.id)) onChange?.([...value, person]);
  };
  return (
    <Flex vertical gap={8}>
      <Flex gap={4} wrap data-testid="unit-members">
        {leader ? <Tag color="volcano">{leader.name}</Tag> : null}
        {value
          .filter((member) => member.id !== leader?.id)
          .map((member) => (
            <Tag
              key={member.id}
              closable
              data-person-id={member.id}
              onClose={() => onChange?.(value.filter((entry) => entry.id !== member.id))}
            >
              {member.name}
            </Tag>
          ))}
      </Flex>
      {/* Always empty: a pick is added to the list above. */}
      <ResidentPicker locale={locale} testId="unit-add-member" value={null} onChange={add} />
    </Flex>
  );
}

/** The server's input fields by the form's names. */
const FORM_NAMES = { name: "name", forceKind: "forceKind", leaderId: "leader", memberIds: "members", volunteerTeamId: "volunteerTeamId" };

/**
 * A new service unit (承办单位) of the active community: its name and work force, its leader and members (people of
 * the organisation graph; the leader is a member), and for volunteers the team it stands for.
 */
export function ServiceUnitForm({
  communityId,
  locale,
  onCancel,
  onDone,
}: {
  communityId: string | null;
  locale: Locale;
  onCancel(): void;
  onDone(): void;
}) {
  const [form] = Form.useForm<UnitValues>();
  const forceKind = Form.useWatch("forceKind", form) ?? "COMMUNITY_STAFF";
  const leader = Form.useWatch("leader", form) ?? null;
  const volunteer = forceKind === "VOLUNTEER";
  const teams = useQuery(VOLUNTEER_TEAMS, { variables: { ...communityFilter(communityId) }, skip: !volunteer });
  const [create, { loading, error }] = useMutation(CREATE_SERVICE_UNIT, REFETCH);

  const onFinish = (values: UnitValues) => {
    const leaderId = values.leader?.id ?? null;
    // The leader is one of the members: picked as leader, counted as a member too.
    const memberIds = [...new Set([...(leaderId ? [leaderId] : []), ...values.members.map((member) => member.id)])];
    const input = {
      name: values.name.trim(),
      forceKind: values.forceKind,
      communityId,
      leaderId,
      memberIds,
      volunteerTeamId: volunteer ? (values.volunteerTeamId ?? null) : null,
    };
    create({ variables: { input } }).then(onDone, (failure: unknown) =>
      markRefusedFields(form, requestsFailure(failure, locale), locale, FORM_NAMES),
    );
  };

  return (
    <Form<UnitValues>
      form={form}
      layout="vertical"
      onFinish={onFinish}
      initialValues={{ name: "", forceKind: "COMMUNITY_STAFF", leader: null, members: [], volunteerTeamId: null }}
      data-testid="unit-form"
    >
      <Form.Item
        name="name"
        label={t(locale, "unitName")}
        rules={requiredText(ASSIGNEE_NAME_MAX, {
          required: t(locale, "unitNameRequired"),
          tooLong: t(locale, "textTooLong", { max: ASSIGNEE_NAME_MAX }),
        })}
      >
        <Input data-testid="unit-name" maxLength={ASSIGNEE_NAME_MAX} showCount placeholder={t(locale, "unitNamePlaceholder")} />
      </Form.Item>
      <Form.Item name="forceKind" label={t(locale, "forceKind")}>
        <Radio.Group
          data-testid="unit-force"
          optionType="button"
          options={FORCE_KINDS.map((value) => ({ value, label: <span data-force={value}>{forceKindLabel(locale, value)}</span> }))}
        />
      </Form.Item>
      {volunteer ? (
        <Form.Item
          name="volunteerTeamId"
          label={t(locale, "volunteerTeam")}
          rules={[{ required: true, message: t(locale, "teamRequired") }]}
        >
          <Select
            data-testid="unit-team"
            showSearch={{ optionFilterProp: "label" }}
            placeholder={t(locale, "pickTeam")}
            loading={teams.loading}
            options={(teams.data?.volunteerTeams ?? []).map((team) => ({ value: team.id, label: team.name }))}
          />
        </Form.Item>
      ) : null}
      <Form.Item name="leader" label={t(locale, "unitLeader")}>
        <ResidentPicker locale={locale} testId="unit-leader" />
      </Form.Item>
      <Form.Item label={t(locale, "unitMembers")} name="members" extra={t(locale, "leaderMustBeMember")}>
        <MembersField leader={leader} locale={locale} />
      </Form.Item>
      {teams.error ? <GraphError error={teams.error} locale={locale} style={{ marginBottom: 12 }} /> : null}
      {error ? <GraphError error={error} locale={locale} /> : null}
      <DialogButtons locale={locale} okText={t(locale, "addUnit")} loading={loading} onCancel={onCancel} />
    </Form>
  );
}
