import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestSubgraph } from "@dongting/subgraph-kit/testing";
import { startCouncil } from "./support/start.js";
import { makeClass, ok, person, refused, resident, staff } from "./support/fixtures.js";
import { CLOSE, COMMENT, OPEN, PUBLISH, SUBMIT, VOTE, WITHDRAW, inDays, proposalInVoting } from "./support/proposals.js";

let subgraph: TestSubgraph;
let classId: string;
beforeAll(async () => {
  subgraph = await startCouncil();
  classId = await makeClass(subgraph, "东亭一班", 400, [401, 402, 403]);
});
afterAll(async () => {
  await subgraph?.stop();
});

const READ = `query($id: ID!) { proposal(id: $id) { status myVote tally { eligible voted yes no abstain quorumMet passed } } }`;

describe("a class proposal from draft to rule", () => {
  it("deliberates for 7 days, votes, closes ADOPTED and creates the rule's first version", async () => {
    const input = {
      title: "楼道堆物清理",
      body: "每月第一个周六清理楼道堆物。",
      residentClassId: classId,
      ruleTitle: "楼道管理公约",
      ruleText: "第一条 楼道内不得堆放杂物。",
    };
    const { submitProposal } = await ok(subgraph, SUBMIT, { input }, resident(401));
    const id = submitProposal.id;
    expect(submitProposal.status).toBe("DRAFT");
    await refused(subgraph, "FORBIDDEN", "SHORT_COMMENT_PERIOD_STAFF_ONLY", PUBLISH, { id, days: 3 }, resident(401));
    await refused(subgraph, "FORBIDDEN", "NOT_PROPOSER", PUBLISH, { id }, resident(402));
    expect((await ok(subgraph, PUBLISH, { id }, resident(401))).publishProposal.status).toBe("DELIBERATION");
    const commented = await ok(subgraph, COMMENT, { id, text: "同意，建议提前通知。" }, resident(4));
    expect(commented.commentOnProposal.comments).toEqual([{ text: "同意，建议提前通知。", author: { id: person(4) } }]);
    await refused(subgraph, "CONFLICT", "COMMENT_PERIOD_NOT_OVER", OPEN, { id, closesAt: inDays(subgraph, 10) }, staff);
    await refused(subgraph, "FORBIDDEN", "NOT_STAFF_OR_MONITOR", OPEN, { id, closesAt: inDays(subgraph, 10) }, resident(401));
    subgraph.clock.advanceMinutes(7 * 24 * 60);
    expect((await ok(subgraph, OPEN, { id, closesAt: inDays(subgraph, 3) }, resident(400))).openVoting.status).toBe("VOTING");
    await refused(subgraph, "CONFLICT", "NOT_IN_DELIBERATION", COMMENT, { id, text: "晚了" }, resident(4));

    const first = await ok(subgraph, VOTE, { id, choice: "YES" }, resident(401));
    expect(first.castVote).toEqual({ myVote: "YES", tally: { eligible: 4, voted: 1, yes: null, no: null } });
    await refused(subgraph, "CONFLICT", "ALREADY_VOTED", VOTE, { id, choice: "NO" }, resident(401));
    await refused(subgraph, "FORBIDDEN", "NOT_ELIGIBLE", VOTE, { id, choice: "NO" }, resident(4));
    await ok(subgraph, VOTE, { id, choice: "NO" }, resident(402));
    await ok(subgraph, VOTE, { id, choice: "YES" }, resident(403));
    expect((await ok(subgraph, READ, { id }, resident(402))).proposal).toMatchObject({
      myVote: "NO",
      tally: { voted: 3, yes: null, passed: null },
    });

    const closed = await ok(subgraph, CLOSE, { id }, resident(400));
    expect(closed.closeVoting).toEqual({
      status: "ADOPTED",
      tally: { eligible: 4, voted: 3, yes: 2, no: 1, abstain: 0, quorumMet: true, passed: true },
      rule: {
        title: "楼道管理公约",
        current: { number: 1, text: "第一条 楼道内不得堆放杂物。", proposal: { id } },
        versions: [{ number: 1 }],
      },
    });
    await refused(subgraph, "CONFLICT", "VOTING_CLOSED", VOTE, { id, choice: "YES" }, resident(400));
    const history = await subgraph.db.query(`SELECT action FROM history WHERE subject_id = $1 ORDER BY at, action`, [id]);
    expect(history.map((row: { action: string }) => row.action)).toContain("ADOPTED");
  });

  it("amends the rule: adopting writes version 2 and keeps version 1", async () => {
    const [{ id: ruleId }] = await subgraph.db.query(`SELECT id FROM community_rule WHERE title = '楼道管理公约'`);
    const id = await proposalInVoting(
      subgraph,
      {
        title: "楼道公约修订",
        body: "增加电动车条款。",
        residentClassId: classId,
        ruleId,
        ruleText: "第一条 楼道内不得堆放杂物。\n第二条 电动车不得在楼道充电。",
      },
      resident(402),
    );
    for (const voter of [400, 401, 402]) await ok(subgraph, VOTE, { id, choice: "YES" }, resident(voter));
    const closed = await ok(subgraph, CLOSE, { id }, staff);
    expect(closed.closeVoting.rule).toMatchObject({ current: { number: 2 }, versions: [{ number: 1 }, { number: 2 }] });
  });

  it("rejects without quorum, and refuses votes after closesAt", async () => {
    const id = await proposalInVoting(
      subgraph,
      { title: "增设晾衣架", body: "在院内增设晾衣架。", residentClassId: classId },
      resident(403),
    );
    await ok(subgraph, VOTE, { id, choice: "YES" }, resident(400));
    subgraph.clock.advanceMinutes(3 * 24 * 60);
    await refused(subgraph, "CONFLICT", "VOTING_CLOSED", VOTE, { id, choice: "YES" }, resident(401));
    const closed = await ok(subgraph, CLOSE, { id }, staff);
    expect(closed.closeVoting).toMatchObject({
      status: "REJECTED",
      tally: { eligible: 4, voted: 1, quorumMet: false, passed: false },
      rule: null,
    });
  });

  it("lets only the proposer withdraw, and not once voting has opened", async () => {
    const { submitProposal } = await ok(
      subgraph,
      SUBMIT,
      { input: { title: "撤回测试", body: "内容", residentClassId: classId } },
      resident(401),
    );
    await refused(subgraph, "FORBIDDEN", "NOT_PROPOSER", WITHDRAW, { id: submitProposal.id }, staff);
    expect((await ok(subgraph, WITHDRAW, { id: submitProposal.id }, resident(401))).withdrawProposal.status).toBe("WITHDRAWN");
    const voting = await proposalInVoting(subgraph, { title: "不可撤回", body: "内容", residentClassId: classId }, resident(401));
    await refused(subgraph, "CONFLICT", "CANNOT_WITHDRAW", WITHDRAW, { id: voting }, resident(401));
  });
});

describe("a community proposal voted by the 班长议事会", () => {
  it("takes votes from monitors only", async () => {
    const other = await makeClass(subgraph, "东亭二班", 410, [411]);
    expect(other).toBeTruthy();
    const id = await proposalInVoting(
      subgraph,
      { title: "院落行车公约", body: "院内限速5公里。", ruleTitle: "院落行车公约", ruleText: "院内机动车限速每小时5公里。" },
      resident(4),
    );
    await refused(subgraph, "FORBIDDEN", "NOT_ELIGIBLE", VOTE, { id, choice: "YES" }, resident(401));
    await ok(subgraph, VOTE, { id, choice: "YES" }, resident(400));
    await ok(subgraph, VOTE, { id, choice: "YES" }, resident(410));
    const closed = await ok(subgraph, CLOSE, { id }, resident(410));
    expect(closed.closeVoting).toMatchObject({
      status: "ADOPTED",
      tally: { eligible: 2, voted: 2, yes: 2 },
      rule: { title: "院落行车公约" },
    });
  });
});
