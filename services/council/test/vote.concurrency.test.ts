import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestSubgraph } from "@dongting/subgraph-kit/testing";
import { startCouncil } from "./support/start.js";
import { ok, person, resident, staff } from "./support/fixtures.js";
import { proposalInVoting, VOTE } from "./support/proposals.js";

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startCouncil();
});
afterAll(async () => {
  await subgraph?.stop();
});

describe(`concurrent votes (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("100 concurrent castVote calls from 60 eligible voters make exactly 60 votes", async () => {
    const { createResidentClass } = await ok(subgraph, `mutation { createResidentClass(name: "六十人班") { id } }`, {}, staff);
    const classId = createResidentClass.id;
    const voters = Array.from({ length: 60 }, (_, i) => 500 + i);
    await subgraph.db.query(
      `INSERT INTO class_member (class_id, person_id, post, joined_at) SELECT $1, p, NULL, now() FROM unnest($2::uuid[]) p`,
      [classId, voters.map((n) => person(n))],
    );
    const id = await proposalInVoting(subgraph, { title: "并发表决", body: "六十人同时投票。", residentClassId: classId }, resident(500));
    // Every voter once, and 40 of them a second time (with another choice), all at once.
    const calls = [...voters, ...voters.slice(0, 40)].map((n, i) =>
      subgraph.request(VOTE, { id, choice: i % 2 ? "YES" : "NO" }, resident(n)),
    );
    const answers = await Promise.all(calls);
    const succeeded = answers.filter((answer) => !answer.errors);
    const refusedAnswers = answers.filter((answer) => answer.errors);
    expect(succeeded).toHaveLength(60);
    expect(refusedAnswers).toHaveLength(40);
    for (const answer of refusedAnswers) expect(answer.errors![0].extensions).toMatchObject({ code: "CONFLICT", reason: "ALREADY_VOTED" });
    const [{ n, people }] = await subgraph.db.query(
      `SELECT count(*)::int AS n, count(DISTINCT person_id)::int AS people FROM vote WHERE proposal_id = $1`,
      [id],
    );
    expect({ n, people }).toEqual({ n: 60, people: 60 });
  });
});
