import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestSubgraph } from "@dongting/subgraph-kit/testing";
import { startCouncil } from "./support/start.js";
import { ok, person, resident, staff } from "./support/fixtures.js";
import { proposalInVoting, CLOSE } from "./support/proposals.js";
import { TALLY_SQL } from "../src/proposal/proposal.loader.js";

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startCouncil({ seed: true });
});
afterAll(async () => {
  await subgraph?.stop();
});

const LIST = `query { proposals(first: 30) { totalCount edges { node { id title status proposer { id } residentClass { name }
  meeting { title } comments { text } tally { eligible voted yes } myVote rule { title current { number } } } } } }`;

describe("statement budgets", () => {
  it("lists 30 proposals with their class, meeting, comments, tally, own vote and rule in a fixed number of statements", async () => {
    subgraph.sql.reset();
    const { proposals } = await ok(subgraph, LIST, {}, resident(4));
    expect(proposals.edges.length).toBe(30);
    // page, count, classes, meetings, comments, tally, my votes, rules, rule versions
    expect(subgraph.sql.count()).toBeLessThanOrEqual(9);
  });

  it("filters by status and pages newest first without gaps or repeats", async () => {
    const PAGE = `query($after: String) { proposals(status: [ADOPTED, REJECTED], first: 10, after: $after) { totalCount edges { node { id status } } pageInfo { hasNextPage endCursor } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    const totals: number[] = [];
    for (;;) {
      const { proposals }: { proposals: any } = await ok(subgraph, PAGE, { after }, resident(4));
      totals.push(proposals.totalCount);
      for (const edge of proposals.edges) {
        expect(["ADOPTED", "REJECTED"]).toContain(edge.node.status);
        seen.push(edge.node.id);
      }
      if (!proposals.pageInfo.hasNextPage) break;
      after = proposals.pageInfo.endCursor;
    }
    expect(new Set(totals)).toEqual(new Set([25]));
    expect(new Set(seen).size).toBe(25);
    const voting = await ok(
      subgraph,
      `{ proposals(status: [VOTING]) { totalCount edges { node { tally { eligible voted yes } } } } }`,
      {},
      resident(4),
    );
    expect(voting.proposals.totalCount).toBe(2);
    for (const edge of voting.proposals.edges) expect(edge.node.tally.yes).toBeNull();
  });

  it("counts a proposal with 5,000 eligible voters in one statement", async () => {
    const { createResidentClass } = await ok(subgraph, `mutation { createResidentClass(name: "五千人班") { id } }`, {}, staff);
    const classId = createResidentClass.id;
    const people = Array.from({ length: 5000 }, (_, i) => person(100_000 + i));
    await subgraph.db.query(
      `INSERT INTO class_member (class_id, person_id, post, joined_at) SELECT $1, p, NULL, now() FROM unnest($2::uuid[]) p`,
      [classId, people],
    );
    const id = await proposalInVoting(subgraph, { title: "五千人表决", body: "大班表决。", residentClassId: classId }, resident(4));
    await subgraph.db.query(
      `INSERT INTO vote (proposal_id, person_id, choice, at) SELECT $1, p, CASE WHEN random() < 0.7 THEN 'YES' ELSE 'NO' END, now() FROM unnest($2::uuid[]) p`,
      [id, people.slice(0, 3000)],
    );
    subgraph.sql.reset();
    const closed = await ok(subgraph, CLOSE, { id }, staff);
    expect(closed.closeVoting.tally).toMatchObject({ eligible: 5000, voted: 3000, quorumMet: true });
    expect(subgraph.sql.statements.filter((sql) => sql.includes("FROM proposal p LEFT JOIN vote v"))).toHaveLength(1);
    expect(TALLY_SQL).toContain("GROUP BY p.id");
  });
});
