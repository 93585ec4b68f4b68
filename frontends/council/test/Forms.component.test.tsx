import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MockedProvider } from "@apollo/client/testing/react";
import type { MockLink } from "@apollo/client/testing";
import type { ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import { COUNCIL_REASONS } from "@dongting/domain/reasons/council";
import { RESIDENT_CLASSES } from "../src/graph/classes";
import { COMMENT_ON_PROPOSAL, PUBLISH_PROPOSAL, SUBMIT_PROPOSAL } from "../src/graph/proposals";
import { COMMUNITY_RULE, COMMUNITY_RULES } from "../src/graph/rules";
import { ProposalFormModal } from "../src/components/ProposalFormModal";
import { PublishModal } from "../src/components/PublishModal";
import { CommentForm } from "../src/components/Comments";
import { RuleDiff } from "../src/components/RuleDiff";
import { proposalAnswer, refused } from "./fixtures";

const CLASSES: MockLink.MockedResponse = {
  maxUsageCount: Number.POSITIVE_INFINITY,
  request: { query: RESIDENT_CLASSES, variables: {} },
  result: {
    data: {
      residentClasses: [
        { __typename: "ResidentClass", id: "class-1", name: "东亭小区一班", memberCount: 60, neighbourhood: null, monitor: null },
      ],
    },
  },
};

const RULE_TEXT = "第一条 院内限速5公里。\n第二条 禁止鸣笛。";
const RULES: MockLink.MockedResponse = {
  maxUsageCount: Number.POSITIVE_INFINITY,
  request: { query: COMMUNITY_RULES, variables: {} },
  result: {
    data: {
      communityRules: [
        {
          __typename: "CommunityRule",
          id: "rule-1",
          title: "《院落行车公约》",
          community: { __typename: "Community", id: "dt", name: "东亭社区" },
          current: { __typename: "RuleVersion", number: 2, adoptedAt: "2026-03-01T02:00:00.000Z" },
        },
      ],
    },
  },
};
const RULE: MockLink.MockedResponse = {
  maxUsageCount: Number.POSITIVE_INFINITY,
  request: { query: COMMUNITY_RULE, variables: { id: "rule-1" } },
  result: {
    data: {
      communityRule: {
        __typename: "CommunityRule",
        id: "rule-1",
        title: "《院落行车公约》",
        community: { __typename: "Community", id: "dt", name: "东亭社区" },
        current: { __typename: "RuleVersion", number: 2 },
        versions: [
          { __typename: "RuleVersion", number: 1, text: "第一条 院内限速5公里。", adoptedAt: "2025-09-01T02:00:00.000Z", proposal: null },
          { __typename: "RuleVersion", number: 2, text: RULE_TEXT, adoptedAt: "2026-03-01T02:00:00.000Z", proposal: null },
        ],
      },
    },
  },
};

const renderWith = (mocks: MockLink.MockedResponse[], ui: ReactNode) => render(<MockedProvider mocks={mocks}>{ui}</MockedProvider>);
const user = () => userEvent.setup({ delay: null });

async function typeInto(testId: string, text: string) {
  const field = screen.getByTestId(testId);
  await user().clear(field);
  if (text) await user().type(field, text);
}

const matches = (expected: unknown) =>
  vi.fn((variables: Record<string, unknown>) => JSON.stringify(variables) === JSON.stringify(expected));

describe("the proposal form", () => {
  it("submits a community proposal creating a new rule, trimmed, and opens it", async () => {
    const sent = matches({
      input: {
        title: "制定小区运动场管理制度",
        body: "开放时间与噪音约定",
        ruleTitle: "《小区运动场管理制度》",
        ruleText: "第一条 开放时间6:00-22:00。",
      },
    });
    const onCreated = vi.fn();
    renderWith(
      [
        CLASSES,
        {
          request: { query: SUBMIT_PROPOSAL, variables: sent },
          result: { data: { submitProposal: proposalAnswer({ id: "new-1", status: "DRAFT" }) } },
        },
      ],
      <ProposalFormModal open locale="zh-CN" onClose={() => {}} onCreated={onCreated} />,
    );
    await typeInto("proposal-title", " 制定小区运动场管理制度 ");
    await typeInto("proposal-body", "开放时间与噪音约定");
    await user().click(screen.getByText("制定新公约"));
    await typeInto("proposal-rule-title", "《小区运动场管理制度》");
    await typeInto("proposal-rule-text", "第一条 开放时间6:00-22:00。");
    await user().click(screen.getByTestId("proposal-form-submit"));
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith("new-1"));
    expect(sent.mock.results.some((r) => r.value === true)).toBe(true);
  });

  it("prefills the current text of the rule to amend, and sends the rule's id", async () => {
    const sent = vi.fn(
      (variables: { input: Record<string, unknown> }) =>
        variables.input.ruleId === "rule-1" &&
        variables.input.ruleText === `${RULE_TEXT}\n第三条 夜间禁止大货车进出。` &&
        !("ruleTitle" in variables.input),
    );
    const onCreated = vi.fn();
    renderWith(
      [
        CLASSES,
        RULES,
        RULE,
        { request: { query: SUBMIT_PROPOSAL, variables: sent }, result: { data: { submitProposal: proposalAnswer({ id: "new-2" }) } } },
      ],
      <ProposalFormModal open locale="zh-CN" onClose={() => {}} onCreated={onCreated} />,
    );
    await typeInto("proposal-title", "修订院落行车公约");
    await typeInto("proposal-body", "增加夜间货车条款");
    await user().click(screen.getByText("修订现有公约"));
    const picker = await screen.findByTestId("proposal-rule");
    await user().click(within(picker).getByRole("combobox"));
    await user().click(await screen.findByText("《院落行车公约》", { selector: ".ant-select-item-option-content" }));
    const text = (await waitFor(() => {
      const area = screen.getByTestId("proposal-rule-text") as HTMLTextAreaElement;
      expect(area.value).toBe(RULE_TEXT);
      return area;
    })) as HTMLTextAreaElement;
    await user().type(text, "\n第三条 夜间禁止大货车进出。");
    await user().click(screen.getByTestId("proposal-form-submit"));
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith("new-2"));
    expect(sent.mock.results.some((r) => r.value === true)).toBe(true);
  });

  it("requires a title and sends nothing without one", async () => {
    const sent = vi.fn(() => true);
    renderWith(
      [CLASSES, { request: { query: SUBMIT_PROPOSAL, variables: sent }, result: { data: null } }],
      <ProposalFormModal open locale="en-US" onClose={() => {}} />,
    );
    await typeInto("proposal-body", "text");
    await user().click(screen.getByTestId("proposal-form-submit"));
    expect(await screen.findByText("Please enter the title")).toBeTruthy();
    expect(sent).not.toHaveBeenCalled();
  });
});

describe("publishing for comment", () => {
  it("refuses a period under 7 days to a resident in advance, by the shared reason", async () => {
    const sent = vi.fn(() => true);
    renderWith(
      [{ request: { query: PUBLISH_PROPOSAL, variables: sent }, result: { data: null } }],
      <PublishModal open proposalId="proposal-1" staff={false} locale="zh-CN" onClose={() => {}} />,
    );
    await typeInto("comment-days", "3");
    await user().click(screen.getByTestId("publish-submit"));
    expect(await screen.findByText(COUNCIL_REASONS.SHORT_COMMENT_PERIOD_STAFF_ONLY.zh)).toBeTruthy();
    expect(sent).not.toHaveBeenCalled();
  });

  it("lets staff set 3 days", async () => {
    const sent = matches({ id: "proposal-1", commentDays: 3 });
    const onClose = vi.fn();
    renderWith(
      [
        {
          request: { query: PUBLISH_PROPOSAL, variables: sent },
          result: { data: { publishProposal: proposalAnswer({ status: "DELIBERATION" }) } },
        },
      ],
      <PublishModal open proposalId="proposal-1" staff locale="zh-CN" onClose={onClose} />,
    );
    await typeInto("comment-days", "3");
    await user().click(screen.getByTestId("publish-submit"));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(sent.mock.results.some((r) => r.value === true)).toBe(true);
  });
});

describe("commenting", () => {
  it("sends the comment trimmed and clears the field; blank is not sendable", async () => {
    const sent = matches({ id: "proposal-1", text: "支持，建议22点后禁行" });
    renderWith(
      [
        {
          request: { query: COMMENT_ON_PROPOSAL, variables: sent },
          result: { data: { commentOnProposal: proposalAnswer({ status: "DELIBERATION" }) } },
        },
      ],
      <CommentForm proposalId="proposal-1" locale="zh-CN" />,
    );
    const button = screen.getByRole("button", { name: "发表意见" }) as HTMLButtonElement;
    await typeInto("comment-text", "   ");
    expect(button.disabled).toBe(true);
    await typeInto("comment-text", "  支持，建议22点后禁行 ");
    await user().click(button);
    await waitFor(() => expect((screen.getByTestId("comment-text") as HTMLTextAreaElement).value).toBe(""));
    expect(sent.mock.results.some((r) => r.value === true)).toBe(true);
  });

  it("shows a refusal after the comment period by its reason and keeps the text", async () => {
    renderWith(
      [{ request: { query: COMMENT_ON_PROPOSAL, variables: () => true }, result: refused("NOT_IN_DELIBERATION") }],
      <CommentForm proposalId="proposal-1" locale="en-US" />,
    );
    await typeInto("comment-text", "late");
    await user().click(screen.getByRole("button", { name: "Comment" }));
    expect((await screen.findByTestId("comment-error")).textContent).toContain(COUNCIL_REASONS.NOT_IN_DELIBERATION.en);
    expect((screen.getByTestId("comment-text") as HTMLTextAreaElement).value).toBe("late");
  });
});

describe("the diff between rule versions", () => {
  it("marks removed and added lines and counts them", () => {
    render(<RuleDiff before={"第一条\n第二条 旧"} after={"第一条\n第二条 新\n第三条"} locale="zh-CN" />);
    const diff = screen.getByTestId("rule-diff");
    expect(diff.dataset.added).toBe("2");
    expect(diff.dataset.removed).toBe("1");
    expect([...diff.querySelectorAll("tr")].map((row) => row.dataset.op)).toEqual(["same", "removed", "added", "added"]);
    expect(screen.getByTestId("diff-stats").textContent).toBe("新增 2 行，删除 1 行");
  });

  it("says when two versions are the same", () => {
    render(<RuleDiff before="x" after="x" locale="en-US" />);
    expect(screen.getByTestId("diff-stats").textContent).toBe("The two versions are the same");
  });
});
