import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REDACTED_TEXT } from "@dongting/subgraph-kit";
import { expectRefused, expectRefusedWithoutWrites, type As, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { MUTATIONS, SUBMIT, staff, startRequestsSubgraph, submitInput } from "./helpers.js";
import {
  DT,
  DT_NEIGHBOURHOOD_1,
  DT_NEIGHBOURHOOD_2,
  LY,
  LY_NEIGHBOURHOOD,
  SG_NEIGHBOURHOOD,
  dongtingCommittee,
  dongtingStaff,
  gridOneLeader,
  shuiguoStaff,
  streetStaff,
} from "./support/scoped-viewers.js";

const LIST = `query($filter: RequestFilter) { requests(first: 100, filter: $filter) { totalCount edges { node { id grid { id } community { id } } } } }`;
const READ = `query($id: ID!) { request(id: $id) { id code community { id } submitter { id } description } }`;
const ENTITIES = `query($id: ID!) { _entities(representations: [{ __typename: "ResidentRequest", id: $id }]) { ... on ResidentRequest { id code } } }`;

let subgraph: TestSubgraph;
/** One request per place: Dongting grid 1 and grid 2, 水果湖, 梨园. */
const ids: Record<"grid1" | "grid2" | "sg" | "ly", string> = { grid1: "", grid2: "", sg: "", ly: "" };

async function submit(neighbourhoodId: string, as: As = staff, extra: Record<string, unknown> = {}) {
  const answer = await subgraph.request(SUBMIT, { input: submitInput({ communityId: null, neighbourhoodId, ...extra }) }, as);
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data!.submitRequest;
}
const accept = (id: string, as: As) => subgraph.request(MUTATIONS.accept, { id, level: "GRID", urgency: "GREEN" }, as);
const listed = async (as: As, filter: Record<string, unknown> = {}) => {
  const answer = await subgraph.request(LIST, { filter }, as);
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data!.requests.edges.map((edge: any) => edge.node.id) as string[];
};

beforeAll(async () => {
  subgraph = await startRequestsSubgraph();
  ids.grid1 = (await submit(DT_NEIGHBOURHOOD_1)).id;
  ids.grid2 = (await submit(DT_NEIGHBOURHOOD_2)).id;
  ids.sg = (await submit(SG_NEIGHBOURHOOD)).id;
  ids.ly = (await submit(LY_NEIGHBOURHOOD)).id;
});
afterAll(async () => {
  await subgraph?.stop();
});

describe("a grid leader of grid 1", () => {
  it("lists only grid 1's requests, resolving the reach in one statement", async () => {
    subgraph.sql.reset();
    const answer = await subgraph.request(
      `{ requests(first: 100) { totalCount edges { node { id submitter { id } events { type actor { id } } } } } }`,
      {},
      gridOneLeader,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.requests.edges.map((edge: any) => edge.node.id)).toEqual([ids.grid1]);
    expect(answer.data!.requests.edges[0].node.submitter).toEqual({ id: staff.personId });
    // The staff budget (page, count, timelines) plus one statement for the reach.
    expect(subgraph.sql.count()).toBeLessThanOrEqual(4);
    expect(subgraph.sql.count(/geo_/i)).toBe(1);
  });

  it("is refused reading a grid-2 request with FORBIDDEN OUT_OF_SCOPE, by id and by reference", async () => {
    expectRefused(await subgraph.request(READ, { id: ids.grid2 }, gridOneLeader), "FORBIDDEN", "OUT_OF_SCOPE");
    expectRefused(await subgraph.request(ENTITIES, { id: ids.grid2 }, gridOneLeader), "FORBIDDEN", "OUT_OF_SCOPE");
    // In his grid the read policy gives him the personal fields, as it gives the staff.
    const inGrid = await subgraph.request(READ, { id: ids.grid1 }, gridOneLeader);
    expect(inGrid.errors).toBeUndefined();
    expect(inGrid.data!.request).toMatchObject({ community: { id: DT }, submitter: { id: staff.personId } });
    expect(inGrid.data!.request.description).not.toBe(REDACTED_TEXT);
  });

  it("is refused accepting a grid-2 request with FORBIDDEN OUT_OF_SCOPE, nothing written; grid 1's he accepts", async () => {
    await expectRefusedWithoutWrites(subgraph, () => accept(ids.grid2, gridOneLeader), "FORBIDDEN", "OUT_OF_SCOPE");
    const accepted = await accept(ids.grid1, gridOneLeader);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptRequest.status).toBe("ACCEPTED");
  });

  it("sees his own submissions wherever they are", async () => {
    const mine = await submit(DT_NEIGHBOURHOOD_2, gridOneLeader);
    expect(await listed(gridOneLeader)).toContain(mine.id);
    expect((await subgraph.request(READ, { id: mine.id }, gridOneLeader)).errors).toBeUndefined();
  });
});

describe("community staff", () => {
  it("of 水果湖 list only 水果湖's requests and cannot handle Dongting's", async () => {
    expect(await listed(shuiguoStaff)).toEqual([ids.sg]);
    expectRefused(await subgraph.request(READ, { id: ids.grid2 }, shuiguoStaff), "FORBIDDEN", "OUT_OF_SCOPE");
    await expectRefusedWithoutWrites(subgraph, () => accept(ids.grid2, shuiguoStaff), "FORBIDDEN", "OUT_OF_SCOPE");
    await expectRefusedWithoutWrites(
      subgraph,
      () => subgraph.request(MUTATIONS.reject, { id: ids.grid2, reason: "不属于本社区" }, shuiguoStaff),
      "FORBIDDEN",
      "OUT_OF_SCOPE",
    );
  });

  it("cannot enter a request for a resident of another community", async () => {
    await expectRefusedWithoutWrites(
      subgraph,
      () =>
        subgraph.request(
          SUBMIT,
          { input: submitInput({ communityId: null, neighbourhoodId: DT_NEIGHBOURHOOD_1, submitterId: dongtingCommittee.personId }) },
          shuiguoStaff,
        ),
      "FORBIDDEN",
      "OUT_OF_SCOPE",
    );
  });

  it("of Dongting handle every Dongting grid, and the committee (ORG_UNIT scope) reads Dongting's", async () => {
    expect((await accept(ids.grid2, dongtingStaff)).errors).toBeUndefined();
    expect((await listed(dongtingCommittee)).sort()).toEqual(expect.arrayContaining([ids.grid1, ids.grid2].sort()));
    expect(await listed(dongtingCommittee)).not.toContain(ids.sg);
  });
});

describe("street staff", () => {
  it("list all three communities' requests, and one community when the filter asks", async () => {
    expect(await listed(streetStaff)).toEqual(expect.arrayContaining([ids.grid1, ids.grid2, ids.sg, ids.ly]));
    expect(await listed(streetStaff, { communityId: LY })).toEqual([ids.ly]);
    expect(await listed(shuiguoStaff, { communityId: DT })).toEqual([]);
  });

  it("read, but cannot handle, any of them (STREET grants never count for writes)", async () => {
    expect((await subgraph.request(READ, { id: ids.sg }, streetStaff)).errors).toBeUndefined();
    await expectRefusedWithoutWrites(subgraph, () => accept(ids.sg, streetStaff), "FORBIDDEN", "OUT_OF_SCOPE");
    await expectRefusedWithoutWrites(subgraph, () => accept(ids.ly, streetStaff), "FORBIDDEN", "OUT_OF_SCOPE");
  });
});
