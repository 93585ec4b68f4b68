import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestSubgraph } from "@dongting/subgraph-kit/testing";
import { startCouncil } from "./support/start.js";
import { makeClass, ok, person, resident, staff } from "./support/fixtures.js";
import { CLOSE, proposalInVoting, VOTE } from "./support/proposals.js";

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startCouncil();
});
afterAll(async () => {
  await subgraph?.stop();
});

const POST = `mutation($c: ID!, $p: ID!) { setCommitteePost(classId: $c, personId: $p, post: MONITOR) { monitor { id } } }`;
const SCHEDULE = `mutation($input: MeetingInput!) { scheduleMeeting(input: $input) { id } }`;
const RECORD = `mutation($id: ID!, $people: [ID!]!) { recordMeeting(id: $id, attendeeIds: $people, minutes: "纪要") { id } }`;
const inDays = (days: number) => new Date(subgraph.clock.now().getTime() + days * 86_400_000).toISOString();

describe(`races (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("ten staff naming ten monitors of one class at once leave exactly one monitor", async () => {
    const id = await makeClass(subgraph, "抢班长班", 600);
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => subgraph.request(POST, { c: id, p: person(601 + i) }, staff)));
    expect(answers.filter((answer) => answer.errors)).toEqual([]);
    const monitors = await subgraph.db.query(`SELECT person_id FROM class_member WHERE class_id = $1 AND post = 'MONITOR'`, [id]);
    expect(monitors).toHaveLength(1);
  });

  it("five recordings of one meeting at once all succeed, and the attendance is one of them, whole", async () => {
    const classId = await makeClass(subgraph, "纪要班", 660, [661, 662, 663]);
    const input = { kind: "CLASS_COMMITTEE", title: "并发纪要", residentClassId: classId, startsAt: inDays(1), endsAt: inDays(1.05) };
    const { scheduleMeeting } = await ok(subgraph, SCHEDULE, { input }, staff);
    subgraph.clock.advanceMinutes(25 * 60);
    const lists = [[660], [660, 661], [661, 662], [660, 661, 662, 663], [663]].map((ids) => ids.map(person));
    const answers = await Promise.all(lists.map((people) => subgraph.request(RECORD, { id: scheduleMeeting.id, people }, staff)));
    expect(answers.filter((answer) => answer.errors)).toEqual([]);
    const rows: Array<{ person_id: string }> = await subgraph.db.query(`SELECT person_id FROM meeting_attendee WHERE meeting_id = $1`, [
      scheduleMeeting.id,
    ]);
    const stored = rows.map((row) => row.person_id).sort();
    expect(lists.map((people) => [...people].sort())).toContainEqual(stored);
  });

  it("one person named monitor of two classes at once monitors one; the other is CONFLICT", async () => {
    const [a, b] = [await makeClass(subgraph, "甲班", 620), await makeClass(subgraph, "乙班", 621)];
    const answers = await Promise.all([a, b].map((c) => subgraph.request(POST, { c, p: person(630) }, staff)));
    expect(answers.filter((answer) => !answer.errors)).toHaveLength(1);
    expect(answers.find((answer) => answer.errors)!.errors![0].extensions).toMatchObject({
      code: "CONFLICT",
      reason: "ALREADY_MONITOR_ELSEWHERE",
    });
  });

  it("closing twice at once adopts once and writes one version; votes racing the close are in or refused", async () => {
    const classId = await makeClass(subgraph, "关闭班", 640, [641, 642, 643]);
    const id = await proposalInVoting(
      subgraph,
      { title: "并发关闭", body: "内容", residentClassId: classId, ruleTitle: "并发公约", ruleText: "第1条 测试。" },
      resident(641),
    );
    await ok(subgraph, VOTE, { id, choice: "YES" }, resident(640));
    await ok(subgraph, VOTE, { id, choice: "YES" }, resident(641));
    const answers = await Promise.all([
      subgraph.request(CLOSE, { id }, staff),
      subgraph.request(CLOSE, { id }, resident(640)),
      subgraph.request(VOTE, { id, choice: "NO" }, resident(642)),
    ]);
    const closes = answers.slice(0, 2);
    expect(closes.filter((answer) => !answer.errors)).toHaveLength(1);
    expect(closes.find((answer) => answer.errors)!.errors![0].extensions).toMatchObject({ code: "CONFLICT", reason: "NOT_IN_VOTING" });
    const vote = answers[2];
    if (vote.errors) expect(vote.errors[0].extensions).toMatchObject({ code: "CONFLICT", reason: "VOTING_CLOSED" });
    const [{ versions }] = await subgraph.db.query(
      `SELECT count(*)::int AS versions FROM rule_version v JOIN community_rule r ON r.id = v.rule_id WHERE r.title = '并发公约'`,
    );
    expect(versions).toBe(1);
    const [stored] = await subgraph.db.query(`SELECT yes_count + no_count + abstain_count AS counted FROM proposal WHERE id = $1`, [id]);
    const [{ cast }] = await subgraph.db.query(`SELECT count(*)::int AS cast FROM vote WHERE proposal_id = $1`, [id]);
    expect(Number(stored.counted)).toBe(cast);
  });
});
