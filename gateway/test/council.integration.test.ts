// The residents' council (issue 14) across the running stack, through the gateway, with tokens from
// /auth/dev-token as the shell gets them ({personId}: the person's stored grants): the Done-when. The
// register answers 54 classes and the seeded rules; a resident proposes an amendment of 《小区运动场管理制度》,
// staff publish it and open voting, the class monitors (the 班长议事会) vote from their own tokens (a second
// vote is CONFLICT, a resident who is no monitor FORBIDDEN, neither writes anything), staff close it, and the
// rule's new version is current.
import { demoCommunityId, demoPersonId } from "@dongting/subgraph-kit/seed";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphClient } from "./support/graph-client.js";
import { startTestStack, type RunningStack } from "./stack.js";

const DT = demoCommunityId(1);
const STAFF = demoPersonId(2); // 李敏, Dongting's community staff
const RESIDENT = demoPersonId(4); // 陈晓, a member of class 1, no monitor
const SPORTS_GROUND_RULE = "小区运动场管理制度";
const AMENDED_TEXT = "第一条 运动场每日6:00至21:30开放。\n第二条 21:30后禁止使用音响设备。\n第三条 遛狗须牵绳，不得进入塑胶跑道。";

let stack: RunningStack;
let client: ReturnType<typeof graphClient>;
let staffToken: string;
let residentToken: string;
let monitorTokens: string[] = [];
let ruleId: string;
let ruleVersionBefore: number;
let proposalId: string;

const REGISTER = `{ residentClasses { id } communityRules { id title current { number } } }`;
const MONITORS = `query($community: ID) { residentClasses(communityId: $community) { id monitor { id } } }`;
const SUBMIT = `mutation($input: ProposalInput!) { submitProposal(input: $input) { id status proposer { id } rule { id } } }`;
const PUBLISH = `mutation($id: ID!) { publishProposal(id: $id, commentDays: 0) { id status } }`;
const OPEN = `mutation($id: ID!, $closesAt: DateTime!) { openVoting(id: $id, closesAt: $closesAt) { id status votingClosesAt } }`;
const VOTE = `mutation($id: ID!, $choice: VoteChoice!) { castVote(proposalId: $id, choice: $choice) { id myVote tally { voted eligible } } }`;
const CLOSE = `mutation($id: ID!) { closeVoting(id: $id) { id status tally { voted eligible yes no abstain } } }`;
const RULE = `query($id: ID!) { communityRule(id: $id) { title current { number text proposal { id } } versions { number } } }`;

beforeAll(async () => {
  stack = await startTestStack({ BACKGROUND_JOBS: "false" });
  client = graphClient(stack);
  staffToken = await client.tokenFor({ personId: STAFF });
  residentToken = await client.tokenFor({ personId: RESIDENT });
  const classes: Array<{ monitor: { id: string } | null }> = (await client.read(staffToken, MONITORS, { community: DT })).residentClasses;
  const monitors = [...new Set(classes.flatMap((residentClass) => (residentClass.monitor ? [residentClass.monitor.id] : [])))];
  monitorTokens = await Promise.all(monitors.map((personId) => client.tokenFor({ personId })));
});
afterAll(async () => {
  await stack?.stop();
});

describe("the residents' council through the gateway", () => {
  it("answers 54 classes and 20+ rules, the two named ones among them", async () => {
    const { residentClasses, communityRules } = await client.read(residentToken, REGISTER);
    expect(residentClasses).toHaveLength(54);
    expect(communityRules.length).toBeGreaterThanOrEqual(20);
    const titles = communityRules.map((rule: { title: string }) => rule.title);
    expect(titles.some((title: string) => title.includes(SPORTS_GROUND_RULE))).toBe(true);
    expect(titles.some((title: string) => title.includes("院落行车公约"))).toBe(true);
    const rule = communityRules.find((candidate: { title: string }) => candidate.title.includes(SPORTS_GROUND_RULE));
    ruleId = rule.id;
    ruleVersionBefore = rule.current.number;
    expect(monitorTokens.length).toBeGreaterThanOrEqual(27);
  });

  it("a resident proposes the amendment; staff publish it and open voting", async () => {
    const input = { title: "修订运动场开放时间", body: "夜间噪音投诉较多，建议21:30后禁用音响。", ruleId, ruleText: AMENDED_TEXT };
    const { submitProposal } = await client.read(residentToken, SUBMIT, { input });
    expect(submitProposal).toMatchObject({ status: "DRAFT", proposer: { id: RESIDENT }, rule: { id: ruleId } });
    proposalId = submitProposal.id;
    expect((await client.read(staffToken, PUBLISH, { id: proposalId })).publishProposal.status).toBe("DELIBERATION");
    const closesAt = new Date(Date.parse(stack.clockNow()) + 86_400_000).toISOString();
    expect((await client.read(staffToken, OPEN, { id: proposalId, closesAt })).openVoting.status).toBe("VOTING");
  });

  it("each monitor votes once from his own token; the tally shows only turnout while voting", async () => {
    const yesVoters = monitorTokens.slice(0, 27);
    const answers = await Promise.all(yesVoters.map((token) => client.read(token, VOTE, { id: proposalId, choice: "YES" })));
    for (const { castVote } of answers) expect(castVote.myVote).toBe("YES");
    const { castVote } = await client.read(monitorTokens[27], VOTE, { id: proposalId, choice: "NO" });
    expect(castVote.tally).toEqual({ voted: 28, eligible: monitorTokens.length });
  });

  it("a second vote is CONFLICT and a resident who is no monitor FORBIDDEN, neither writing anything", async () => {
    await client.expectRefusedWithoutWrites(
      "council",
      () => client.ask(monitorTokens[0], VOTE, { id: proposalId, choice: "NO" }),
      "CONFLICT",
      "ALREADY_VOTED",
    );
    await client.expectRefusedWithoutWrites(
      "council",
      () => client.ask(residentToken, VOTE, { id: proposalId, choice: "YES" }),
      "FORBIDDEN",
      "NOT_ELIGIBLE",
    );
  });

  it("staff close the vote: adopted, and the rule's new version is current", async () => {
    const { closeVoting } = await client.read(staffToken, CLOSE, { id: proposalId });
    expect(closeVoting).toMatchObject({ status: "ADOPTED", tally: { voted: 28, yes: 27, no: 1, abstain: 0 } });
    const { communityRule } = await client.read(residentToken, RULE, { id: ruleId });
    expect(communityRule.current).toEqual({ number: ruleVersionBefore + 1, text: AMENDED_TEXT, proposal: { id: proposalId } });
    expect(communityRule.versions.map((version: { number: number }) => version.number)).toEqual(
      Array.from({ length: ruleVersionBefore + 1 }, (_, index) => index + 1),
    );
  });

  it("a vote after closing is CONFLICT", async () => {
    await client.expectRefusedWithoutWrites(
      "council",
      () => client.ask(monitorTokens[30], VOTE, { id: proposalId, choice: "YES" }),
      "CONFLICT",
      "VOTING_CLOSED",
    );
  });
});
