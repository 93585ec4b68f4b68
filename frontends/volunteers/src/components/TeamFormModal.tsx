import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Form, Input, InputNumber, Modal, Select } from "antd";
import { useCommunityFilter, type Locale } from "@dongting/ui-kit";
import { PARTNER_UNIT_MAX, SIGNUP_DAYS_AHEAD_DEFAULT, SIGNUP_DAYS_AHEAD_MIN, TEAM_NAME_MAX } from "@dongting/domain/volunteers";
import { CREATE_TEAM, UPDATE_TEAM } from "../graph/staff-tools";
import { TEAM_KINDS, teamKindLabel, type TeamKind } from "../labels";
import { Refusal } from "./Refusal";
import { t } from "../i18n";

/**
 * Issue 13: sign-up opens at most 14 days ahead. The subgraph takes up to SIGNUP_DAYS_AHEAD_MAX; the form
 * offers the range, the default being its upper end.
 */
export const SIGNUP_DAYS_AHEAD_UI_MAX = SIGNUP_DAYS_AHEAD_DEFAULT;

interface TeamFields {
  name: string;
  kind: TeamKind;
  partnerUnit?: string;
  signupDaysAhead: number;
}

export interface EditableTeam {
  id: string;
  name: string;
  kind: TeamKind;
  partnerUnit?: string | null;
  signupDaysAhead: number;
}

export interface TeamFormModalProps {
  open: boolean;
  /** The team to edit (its kind stays); without it a new team is created in the community acted in. */
  team?: EditableTeam;
  locale: Locale;
  onClose: () => void;
  onCreated?: (teamId: string) => void;
}

/** Creates a team or edits its name, partner unit and how many days ahead sign-up opens (staff). */
export function TeamFormModal({ open, team, locale, onClose, onCreated }: TeamFormModalProps) {
  const [form] = Form.useForm<TeamFields>();
  const [error, setError] = useState<unknown>(null);
  const { communityId } = useCommunityFilter();
  const [createTeam, created] = useMutation(CREATE_TEAM, { refetchQueries: "active", awaitRefetchQueries: true });
  const [updateTeam, updated] = useMutation(UPDATE_TEAM, { refetchQueries: "active", awaitRefetchQueries: true });

  const submit = async (fields: TeamFields) => {
    const name = fields.name.trim();
    const partnerUnit = fields.partnerUnit?.trim() || null;
    setError(null);
    try {
      if (team) {
        const input: Record<string, unknown> = {};
        if (name !== team.name) input.name = name;
        if (partnerUnit !== (team.partnerUnit ?? null)) input.partnerUnit = partnerUnit;
        if (fields.signupDaysAhead !== team.signupDaysAhead) input.signupDaysAhead = fields.signupDaysAhead;
        // Nothing changed: nothing to write (the history would record an empty change).
        if (Object.keys(input).length > 0) await updateTeam({ variables: { id: team.id, input } });
      } else {
        const answer = await createTeam({
          variables: { input: { name, kind: fields.kind, partnerUnit, ...(communityId ? { communityId } : {}) } },
        });
        const createdTeam = answer.data!.createTeam;
        // createTeam takes no setting: a team opening sign-up other than the default is set right after.
        if (fields.signupDaysAhead !== createdTeam.signupDaysAhead) {
          await updateTeam({ variables: { id: createdTeam.id, input: { signupDaysAhead: fields.signupDaysAhead } } });
        }
        onCreated?.(createdTeam.id);
      }
      onClose();
    } catch (refusal) {
      setError(refusal);
    }
  };

  const initial: Partial<TeamFields> = team
    ? {
        name: team.name,
        kind: team.kind,
        partnerUnit: team.partnerUnit ?? undefined,
        signupDaysAhead: Math.min(team.signupDaysAhead, SIGNUP_DAYS_AHEAD_UI_MAX),
      }
    : { kind: "OTHER", signupDaysAhead: SIGNUP_DAYS_AHEAD_DEFAULT };

  return (
    <Modal
      open={open}
      title={t(locale, team ? "editTeam" : "newTeam")}
      okText={t(locale, team ? "save" : "create")}
      cancelText={t(locale, "cancel")}
      confirmLoading={created.loading || updated.loading}
      okButtonProps={{ "data-testid": "team-form-submit" }}
      onOk={() => form.submit()}
      onCancel={() => {
        setError(null);
        onClose();
      }}
      destroyOnHidden
      forceRender
    >
      <Form<TeamFields>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(fields) => void submit(fields)}
        data-testid="team-form"
        preserve={false}
      >
        <Form.Item
          name="name"
          label={t(locale, "teamName")}
          rules={[
            { required: true, whitespace: true, message: t(locale, "required", { field: t(locale, "teamName") }) },
            { max: TEAM_NAME_MAX, message: t(locale, "tooLong", { field: t(locale, "teamName"), max: TEAM_NAME_MAX }) },
          ]}
        >
          <Input data-testid="team-name" maxLength={TEAM_NAME_MAX} />
        </Form.Item>
        <Form.Item name="kind" label={t(locale, "colKind")}>
          <Select<TeamKind>
            data-testid="team-kind"
            disabled={!!team}
            options={TEAM_KINDS.map((kind) => ({ value: kind, label: teamKindLabel(locale, kind) }))}
          />
        </Form.Item>
        <Form.Item name="partnerUnit" label={t(locale, "colPartner")} rules={[{ max: PARTNER_UNIT_MAX }]}>
          <Input data-testid="team-partner" maxLength={PARTNER_UNIT_MAX} />
        </Form.Item>
        <Form.Item
          name="signupDaysAhead"
          label={t(locale, "signupDaysAhead")}
          extra={t(locale, "signupDaysAheadHint", { min: SIGNUP_DAYS_AHEAD_MIN, max: SIGNUP_DAYS_AHEAD_UI_MAX })}
          rules={[
            {
              validator: async (_, v?: number) => {
                if (typeof v === "number" && Number.isInteger(v) && v >= SIGNUP_DAYS_AHEAD_MIN && v <= SIGNUP_DAYS_AHEAD_UI_MAX) return;
                throw new Error(t(locale, "signupDaysAheadHint", { min: SIGNUP_DAYS_AHEAD_MIN, max: SIGNUP_DAYS_AHEAD_UI_MAX }));
              },
            },
          ]}
        >
          <InputNumber
            data-testid="team-days-ahead"
            min={SIGNUP_DAYS_AHEAD_MIN}
            max={SIGNUP_DAYS_AHEAD_UI_MAX}
            precision={0}
            style={{ width: 160 }}
          />
        </Form.Item>
      </Form>
      <Refusal error={error} locale={locale} onClose={() => setError(null)} testId="team-form-error" />
    </Modal>
  );
}
