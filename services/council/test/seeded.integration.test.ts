import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestSubgraph } from "@dongting/subgraph-kit/testing";
import { demoPersonId } from "@dongting/subgraph-kit/seed";
import { definition } from "../src/definition.js";
import { seedProposalId } from "../src/seed/ids.js";
import { startCouncil } from "./support/start.js";
import { ok, resident, staff } from "./support/fixtures.js";
import { CLOSE, VOTE } from "./support/proposals.js";

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startCouncil({ seed: true });
});
afterAll(async () => {
  await subgraph?.stop();
});

describe("the seeded council", () => {
  it("answers 54 classes and 20+ rules including the two named ones", async () => {
    // Two operations: each stays under the cost limit (the council's lists have no declared caps yet).
    const data = await ok(subgraph, `{ residentClasses { id } communityRules { title current { number } } }`, {}, resident(4));
    expect(data.residentClasses).toHaveLength(54);
    const { residentClass } = await ok(
      subgraph,
      `query($id: ID!) { residentClass(id: $id) { monitor { id } committee { post } memberCount } }`,
      { id: data.residentClasses[0].id },
      resident(4),
    );
    expect(residentClass.monitor).not.toBeNull();
    expect(residentClass.memberCount).toBeGreaterThan(8);
    const posts: Array<{ posts: string }> = await subgraph.db.query(
      `SELECT string_agg(post, ',' ORDER BY post) AS posts FROM class_member WHERE post IS NOT NULL GROUP BY class_id`,
    );
    expect(posts).toHaveLength(54);
    for (const row of posts) expect(row.posts).toBe("DEPUTY_MONITOR,MEMBER,MEMBER,MONITOR");
    expect(data.communityRules.length).toBeGreaterThanOrEqual(20);
    const titles = data.communityRules.map((rule: { title: string }) => rule.title);
    expect(titles).toEqual(expect.arrayContaining(["小区运动场管理制度", "院落行车公约"]));
    const traffic = data.communityRules.find((rule: { title: string }) => rule.title === "院落行车公约");
    expect(traffic.current.number).toBe(2);
    const versions: Array<{ status: string; kind: string; meeting: string }> = await subgraph.db.query(
      `SELECT p.status, m.kind, m.status AS meeting FROM rule_version v JOIN proposal p ON p.id = v.proposal_id JOIN meeting m ON m.id = p.meeting_id`,
    );
    expect(versions.length).toBe(24);
    for (const version of versions) expect(version).toEqual({ status: "ADOPTED", kind: "MONITORS_COUNCIL", meeting: "HELD" });
  });

  it("holds proposals in every state and a year of meetings with attendance", async () => {
    const rows: Array<{ status: string }> = await subgraph.db.query(`SELECT DISTINCT status FROM proposal ORDER BY 1`);
    expect(rows.map((row) => row.status)).toEqual(["ADOPTED", "DELIBERATION", "DRAFT", "REJECTED", "VOTING", "WITHDRAWN"]);
    const [{ held, classes }] = await subgraph.db.query(
      `SELECT count(*) FILTER (WHERE status = 'HELD')::int AS held, count(DISTINCT class_id)::int AS classes FROM meeting WHERE kind = 'CLASS_COMMITTEE'`,
    );
    expect(classes).toBe(54);
    expect(held).toBeGreaterThanOrEqual(54 * 12);
    const [{ n }] = await subgraph.db.query(`SELECT count(*)::int AS n FROM meeting_attendee`);
    expect(n).toBeGreaterThan(3000);
  });

  it("lets persona 4 (a member of class 1) vote on the class's open proposal and a monitor close it", async () => {
    const id = seedProposalId(205);
    const voted = await ok(subgraph, VOTE, { id, choice: "YES" }, resident(4));
    expect(voted.castVote.myVote).toBe("YES");
    const [{ person_id: monitor }] = await subgraph.db.query(
      `SELECT person_id FROM class_member m JOIN proposal p ON p.class_id = m.class_id WHERE p.id = $1 AND m.post = 'MONITOR'`,
      [id],
    );
    const closed = await ok(subgraph, CLOSE, { id }, { personId: monitor });
    expect(closed.closeVoting.status).toMatch(/ADOPTED|REJECTED/);
    expect(closed.closeVoting.tally.voted).toBe(4);
    expect(staff.personId).toBe(demoPersonId(2));
  });

  it("seeds only an empty database", async () => {
    const before = await subgraph.db.query(`SELECT count(*)::int AS n FROM proposal`);
    await definition.seed!(subgraph.db, subgraph.clock);
    expect(await subgraph.db.query(`SELECT count(*)::int AS n FROM proposal`)).toEqual(before);
  });
});
