import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestSubgraph } from "@dongting/subgraph-kit/testing";
import { REQUEST_PROPOSALS_MAX } from "../src/proposal/request-proposals.loader.js";
import { startCouncil } from "./support/start.js";
import { makeClass, ok, resident } from "./support/fixtures.js";
import { PUBLISH, SUBMIT } from "./support/proposals.js";

let subgraph: TestSubgraph;
let classId: string;
beforeAll(async () => {
  subgraph = await startCouncil();
  classId = await makeClass(subgraph, "东亭三班", 500, [501]);
});
afterAll(async () => {
  await subgraph?.stop();
});

const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on ResidentRequest { id proposals { id title status } } } }`;
const requests = (ids: string[]) => ({ r: ids.map((id) => ({ __typename: "ResidentRequest", id })) });

async function submit(title: string, sourceRequestId: string | null): Promise<string> {
  subgraph.clock.advanceMinutes(1);
  const input = { title, body: "由居民诉求转来。", residentClassId: classId, sourceRequestId };
  const { submitProposal } = await ok(subgraph, SUBMIT, { input }, resident(501));
  return submitProposal.id;
}

describe("ResidentRequest.proposals (contributed to the requests subgraph's request)", () => {
  it("lists the proposals submitted from a request, oldest first, with their status", async () => {
    const requestId = randomUUID();
    const first = await submit("加装电梯议题", requestId);
    const second = await submit("加装电梯议题（修订）", requestId);
    await submit("无关议题", null);
    await ok(subgraph, PUBLISH, { id: first }, resident(501));
    const { _entities } = await ok(subgraph, ENTITIES, requests([requestId, randomUUID()]), resident(4));
    expect(_entities).toEqual([
      {
        id: requestId,
        proposals: [
          { id: first, title: "加装电梯议题", status: "DELIBERATION" },
          { id: second, title: "加装电梯议题（修订）", status: "DRAFT" },
        ],
      },
      { id: expect.any(String), proposals: [] },
    ]);
    const { proposal } = await ok(subgraph, `query($id: ID!) { proposal(id: $id) { sourceRequest { id } } }`, { id: first }, resident(4));
    expect(proposal.sourceRequest).toEqual({ id: requestId });
  });

  it("answers a malformed request id with no proposals and no statement", async () => {
    subgraph.sql.reset();
    const { _entities } = await ok(subgraph, ENTITIES, requests(["not-a-uuid"]), resident(4));
    expect(_entities).toEqual([{ id: "not-a-uuid", proposals: [] }]);
    expect(subgraph.sql.count()).toBe(0);
  });

  it("keeps the oldest proposals up to the list cap", async () => {
    const requestId = randomUUID();
    await subgraph.db.query(
      `INSERT INTO proposal (title, body, community_id, class_id, proposer_id, source_request_id, created_at)
       SELECT '议题' || n, '正文', c.community_id, c.id, NULL, $2, now() + n * interval '1 minute'
       FROM resident_class c, generate_series(1, $3::int) n WHERE c.id = $1`,
      [classId, requestId, REQUEST_PROPOSALS_MAX + 5],
    );
    const { _entities } = await ok(subgraph, ENTITIES, requests([requestId]), resident(4));
    expect(_entities[0].proposals.map((p: { title: string }) => p.title)).toEqual(
      Array.from({ length: REQUEST_PROPOSALS_MAX }, (_, i) => `议题${i + 1}`),
    );
  });

  it("resolves 20 requests' proposals in one statement", async () => {
    const ids = Array.from({ length: 20 }, () => randomUUID());
    for (const [i, id] of ids.slice(0, 5).entries()) await submit(`批量议题${i}`, id);
    subgraph.sql.reset();
    const { _entities } = await ok(subgraph, ENTITIES, requests(ids), resident(4));
    expect(_entities).toHaveLength(20);
    expect(_entities.map((e: { proposals: unknown[] }) => e.proposals.length)).toEqual([...Array(5).fill(1), ...Array(15).fill(0)]);
    expect(subgraph.sql.count()).toBe(1);
  });

  it("follows the proposals' read rule: signed-in readers only, also through _entities", async () => {
    const answer = await subgraph.request(ENTITIES, requests([randomUUID()]));
    expect(answer.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(answer.data?._entities?.[0] ?? null).toBeNull();
  });

  it("stores the source request unchecked but refuses an id that is not a UUID", async () => {
    const input = { title: "格式错误", body: "正文", residentClassId: classId, sourceRequestId: "REQ-1" };
    const answer = await subgraph.request(SUBMIT, { input }, resident(501));
    expect(answer.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(answer.errors?.[0]?.extensions)).toContain("sourceRequestId");
  });
});
