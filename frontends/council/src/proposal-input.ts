/** What the proposal form sends: submitProposal's ProposalInput from the typed fields (pure, for the tests). */

export type RuleMode = "none" | "new" | "amend";

export interface ProposalFields {
  title: string;
  body: string;
  residentClassId?: string | null;
  ruleMode: RuleMode;
  ruleTitle?: string;
  ruleId?: string | null;
  ruleText?: string;
}

export interface ProposalInputValue {
  title: string;
  body: string;
  residentClassId?: string;
  sourceRequestId?: string;
  ruleId?: string;
  ruleTitle?: string;
  ruleText?: string;
}

/**
 * Trimmed texts; a class only when one is picked (none: a community proposal); the rule's title (new) or id
 * (amend) with its text, never both, and neither without a rule.
 */
export function proposalInput(fields: ProposalFields, sourceRequestId?: string | null): ProposalInputValue {
  const input: ProposalInputValue = { title: fields.title.trim(), body: fields.body.trim() };
  if (fields.residentClassId) input.residentClassId = fields.residentClassId;
  if (sourceRequestId) input.sourceRequestId = sourceRequestId;
  const ruleText = fields.ruleText?.trim();
  if (fields.ruleMode === "new") {
    input.ruleTitle = fields.ruleTitle?.trim() ?? "";
    if (ruleText) input.ruleText = ruleText;
  } else if (fields.ruleMode === "amend" && fields.ruleId) {
    input.ruleId = fields.ruleId;
    if (ruleText) input.ruleText = ruleText;
  }
  return input;
}
