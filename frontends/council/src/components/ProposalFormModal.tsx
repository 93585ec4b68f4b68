import { useState } from "react";
import { useLazyQuery, useMutation, useQuery } from "@apollo/client/react";
import { Form, Input, Modal, Radio, Select } from "antd";
import { useCommunityFilter, type Locale } from "@dongting/ui-kit";
import { PROPOSAL_BODY_MAX, PROPOSAL_TITLE_MAX, RULE_TEXT_MAX, RULE_TITLE_MAX } from "@dongting/domain/council";
import { RESIDENT_CLASSES } from "../graph/classes";
import { SUBMIT_PROPOSAL } from "../graph/proposals";
import { COMMUNITY_RULE, COMMUNITY_RULES } from "../graph/rules";
import { proposalInput, type ProposalFields, type RuleMode } from "../proposal-input";
import { bookTitle } from "../labels";
import { Refusal } from "./Refusal";
import { t } from "../i18n";

export interface ProposalFormModalProps {
  open: boolean;
  locale: Locale;
  /** The resident request it grows out of (`?fromRequest=` on the proposals page). */
  sourceRequestId?: string | null;
  onClose: () => void;
  onCreated?: (proposalId: string) => void;
}

/**
 * Any resident submits a proposal (a draft; publishing opens it for comment): for a class or the community,
 * optionally creating a rule or amending one (its current text prefilled to edit).
 */
export function ProposalFormModal({ open, locale, sourceRequestId, onClose, onCreated }: ProposalFormModalProps) {
  const [form] = Form.useForm<ProposalFields>();
  const [error, setError] = useState<unknown>(null);
  const community = useCommunityFilter();
  const ruleMode = Form.useWatch("ruleMode", form) ?? "none";
  const classes = useQuery(RESIDENT_CLASSES, { variables: community, skip: !open });
  const rules = useQuery(COMMUNITY_RULES, { variables: community, skip: !open || ruleMode !== "amend" });
  const [loadRule] = useLazyQuery(COMMUNITY_RULE);
  const [submitProposal, { loading }] = useMutation(SUBMIT_PROPOSAL, { refetchQueries: "active" });

  const pickRule = async (ruleId: string) => {
    if (form.getFieldValue("ruleText")) return;
    const answer = await loadRule({ variables: { id: ruleId } });
    const current = answer.data?.communityRule;
    const text = current?.versions.find((version) => version.number === current.current.number)?.text;
    if (text && !form.getFieldValue("ruleText")) form.setFieldValue("ruleText", text);
  };

  const submit = async (fields: ProposalFields) => {
    setError(null);
    try {
      const answer = await submitProposal({ variables: { input: proposalInput(fields, sourceRequestId) } });
      onCreated?.(answer.data!.submitProposal.id);
      onClose();
    } catch (refusal) {
      setError(refusal);
    }
  };

  const required = (field: string) => ({ required: true, whitespace: true, message: t(locale, "required", { field }) });
  const tooLong = (field: string, max: number) => ({ max, message: t(locale, "tooLong", { field, max }) });

  return (
    <Modal
      open={open}
      width={720}
      title={t(locale, "newProposal")}
      okText={t(locale, "create")}
      cancelText={t(locale, "cancel")}
      confirmLoading={loading}
      okButtonProps={{ "data-testid": "proposal-form-submit" }}
      onOk={() => form.submit()}
      onCancel={() => {
        setError(null);
        onClose();
      }}
      destroyOnHidden
      forceRender
    >
      <Form<ProposalFields>
        form={form}
        layout="vertical"
        initialValues={{ ruleMode: "none" as RuleMode }}
        onFinish={(fields) => void submit(fields)}
        data-testid="proposal-form"
        preserve={false}
      >
        <Form.Item
          name="title"
          label={t(locale, "proposalTitle")}
          rules={[required(t(locale, "proposalTitle")), tooLong(t(locale, "proposalTitle"), PROPOSAL_TITLE_MAX)]}
        >
          <Input data-testid="proposal-title" maxLength={PROPOSAL_TITLE_MAX} />
        </Form.Item>
        <Form.Item
          name="body"
          label={t(locale, "proposalBody")}
          rules={[required(t(locale, "proposalBody")), tooLong(t(locale, "proposalBody"), PROPOSAL_BODY_MAX)]}
        >
          <Input.TextArea data-testid="proposal-body" maxLength={PROPOSAL_BODY_MAX} autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
        <Form.Item name="residentClassId" label={t(locale, "proposalClass")}>
          <Select
            data-testid="proposal-class"
            allowClear
            showSearch={{ optionFilterProp: "label" }}
            loading={classes.loading}
            options={(classes.data?.residentClasses ?? []).map((c) => ({ value: c.id, label: c.name }))}
          />
        </Form.Item>
        <Form.Item name="ruleMode" label={t(locale, "ruleMode")}>
          <Radio.Group data-testid="proposal-rule-mode">
            <Radio value="none">{t(locale, "ruleModeNone")}</Radio>
            <Radio value="new" data-testid="rule-mode-new">
              {t(locale, "ruleModeNew")}
            </Radio>
            <Radio value="amend" data-testid="rule-mode-amend">
              {t(locale, "ruleModeAmend")}
            </Radio>
          </Radio.Group>
        </Form.Item>
        {ruleMode === "new" ? (
          <Form.Item
            name="ruleTitle"
            label={t(locale, "ruleTitle")}
            rules={[required(t(locale, "ruleTitle")), tooLong(t(locale, "ruleTitle"), RULE_TITLE_MAX)]}
          >
            <Input data-testid="proposal-rule-title" maxLength={RULE_TITLE_MAX} />
          </Form.Item>
        ) : null}
        {ruleMode === "amend" ? (
          <Form.Item
            name="ruleId"
            label={t(locale, "ruleToAmend")}
            rules={[{ required: true, message: t(locale, "required", { field: t(locale, "ruleToAmend") }) }]}
          >
            <Select
              data-testid="proposal-rule"
              showSearch={{ optionFilterProp: "label" }}
              loading={rules.loading}
              onChange={(id: string) => void pickRule(id)}
              options={(rules.data?.communityRules ?? []).map((rule) => ({ value: rule.id, label: bookTitle(rule.title) }))}
            />
          </Form.Item>
        ) : null}
        {ruleMode !== "none" ? (
          <Form.Item
            name="ruleText"
            label={t(locale, "ruleText")}
            rules={[required(t(locale, "ruleText")), tooLong(t(locale, "ruleText"), RULE_TEXT_MAX)]}
          >
            <Input.TextArea data-testid="proposal-rule-text" maxLength={RULE_TEXT_MAX} autoSize={{ minRows: 6, maxRows: 16 }} />
          </Form.Item>
        ) : null}
      </Form>
      <Refusal error={error} locale={locale} onClose={() => setError(null)} testId="proposal-form-error" />
    </Modal>
  );
}
