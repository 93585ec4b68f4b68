import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyGeographyPlaces } from "@dongting/subgraph-kit";
import { demoCommunityId, demoGridId, demoNeighbourhoodId, demoOrgUnitId, demoPersonId } from "@dongting/subgraph-kit/seed";
import { expectRefused, expectRefusedWithoutWrites, type As, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { SUBMIT, staff, startRequestsSubgraph, submitInput } from "./helpers.js";
import {
  DT,
  DT_NEIGHBOURHOOD_1,
  GRID_1,
  LY,
  SG,
  SG_GRID,
  SG_NEIGHBOURHOOD,
  dongtingResident,
  dongtingStaff,
  gridOneLeader,
  shuiguoResident,
  shuiguoStaff,
  streetStaff,
} from "./support/scoped-viewers.js";

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startRequestsSubgraph();
});
afterAll(async () => {
  await subgraph?.stop();
});

const submit = (input: Record<string, unknown>, as: As = staff) =>
  subgraph.request(SUBMIT.replace("code", "code community { id }"), { input: submitInput({ communityId: null, ...input }) }, as);
const expectSubmitRefused = (input: Record<string, unknown>, code: string, reason: string, as: As = staff) =>
  expectRefusedWithoutWrites(subgraph, () => submit(input, as), code, reason);

describe("a request's community", () => {
  it("is its neighbourhood's, and its grid the neighbourhood's when the client leaves it out", async () => {
    const answer = await submit({ neighbourhoodId: SG_NEIGHBOURHOOD });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.submitRequest).toMatchObject({ community: { id: SG }, grid: { id: SG_GRID } });
  });

  it("refuses a neighbourhood, or a grid, of another community than the one named, writing nothing", async () => {
    await expectSubmitRefused({ communityId: DT, neighbourhoodId: SG_NEIGHBOURHOOD }, "BAD_USER_INPUT", "NEIGHBOURHOOD_NOT_IN_COMMUNITY");
    await expectSubmitRefused({ communityId: SG, gridId: GRID_1 }, "BAD_USER_INPUT", "GRID_NOT_IN_COMMUNITY");
    await expectSubmitRefused({ neighbourhoodId: SG_NEIGHBOURHOOD, gridId: GRID_1 }, "BAD_USER_INPUT", "NEIGHBOURHOOD_NOT_IN_GRID");
  });

  it("refuses places the copy does not know with BAD_USER_INPUT, never guessing", async () => {
    const unknownId = "00000000-0000-4000-a0ff-000000000001";
    await expectSubmitRefused({ neighbourhoodId: unknownId }, "BAD_USER_INPUT", "UNKNOWN_NEIGHBOURHOOD");
    await expectSubmitRefused({ gridId: unknownId }, "BAD_USER_INPUT", "UNKNOWN_GRID");
    await expectSubmitRefused({ communityId: unknownId }, "BAD_USER_INPUT", "UNKNOWN_COMMUNITY");
  });

  it("without a place is the viewer's only community; a viewer of several (or everywhere) must name it", async () => {
    const dongting = await submit({}, dongtingResident);
    expect(dongting.data!.submitRequest.community).toEqual({ id: DT });
    const shuiguo = await submit({}, shuiguoResident);
    expect(shuiguo.data!.submitRequest.community).toEqual({ id: SG });
    // A 网格长 acts in his grid's community.
    expect((await submit({}, gridOneLeader)).data!.submitRequest.community).toEqual({ id: DT });
    await expectSubmitRefused({}, "BAD_USER_INPUT", "COMMUNITY_REQUIRED", streetStaff);
    await expectSubmitRefused({}, "BAD_USER_INPUT", "COMMUNITY_REQUIRED", staff);
  });

  it("numbers codes per community and year: 梨园's first after Dongting's and 水果湖's", async () => {
    const dt = await submit({ communityId: DT });
    const ly = await submit({ communityId: LY });
    expect(dt.data!.submitRequest.code).toMatch(/^DT-2026-0000\d\d$/);
    expect(ly.data!.submitRequest.code).toBe("LY-2026-000001");
    expect((await submit({ neighbourhoodId: SG_NEIGHBOURHOOD })).data!.submitRequest.code).toBe("SG-2026-000003");
    const counters = await subgraph.db.query(`SELECT community_id, year, last_number FROM request_code_counter ORDER BY last_number`);
    expect(counters).toEqual(
      expect.arrayContaining([
        { community_id: LY, year: 2026, last_number: 1 },
        { community_id: SG, year: 2026, last_number: 3 },
      ]),
    );
  });

  it("can be a place the copy learns from organisation's feed, once it is pulled", async () => {
    const community = demoCommunityId(40);
    const [grid, neighbourhood] = [demoGridId(4001), demoNeighbourhoodId(40_001)];
    await expectSubmitRefused({ neighbourhoodId: neighbourhood }, "BAD_USER_INPUT", "UNKNOWN_NEIGHBOURHOOD");
    // What pullGeography hands the copy from Query.geographyFeed.
    const changed = await applyGeographyPlaces(subgraph.db, [
      { kind: "COMMUNITY", id: community, code: "HX", name: "花溪社区", streetId: demoOrgUnitId(1) },
      { kind: "GRID", id: grid, communityId: community },
      { kind: "NEIGHBOURHOOD", id: neighbourhood, gridId: grid, communityId: community },
    ]);
    expect(changed).toBe(3);
    const answer = await submit({ neighbourhoodId: neighbourhood });
    expect(answer.data!.submitRequest).toMatchObject({ code: "HX-2026-000001", community: { id: community }, grid: { id: grid } });
    // Street staff now read the new community too (its street is theirs).
    const listed = await subgraph.request(
      `{ requests(first: 1, filter: { communityId: "${community}" }) { totalCount } }`,
      {},
      streetStaff,
    );
    expect(listed.data!.requests.totalCount).toBe(1);
  });
});

const METRICS = `query($from: DateTime!, $to: DateTime!, $communityId: ID) {
  requestMetrics(from: $from, to: $to, groupBy: COMMUNITY, communityId: $communityId) { overall { total } rows { key label metrics { total } } }
}`;
const WINDOW = { from: "2026-06-01T00:00:00+08:00", to: "2026-07-01T00:00:00+08:00" };

describe("the street's views", () => {
  it("group the metrics by COMMUNITY within the viewer's reach, labelled with the copy's names", async () => {
    const street = await subgraph.request(METRICS, WINDOW, streetStaff);
    expect(street.errors).toBeUndefined();
    const rows = street.data!.requestMetrics.rows;
    expect(rows.map((row: any) => row.label)).toEqual(["东亭社区", "花溪社区", "梨园社区", "水果湖社区"]);
    const total = rows.reduce((sum: number, row: any) => sum + row.metrics.total, 0);
    expect(street.data!.requestMetrics.overall.total).toBe(total);
    const sgOnly = await subgraph.request(METRICS, WINDOW, shuiguoStaff);
    expect(sgOnly.data!.requestMetrics.rows.map((row: any) => [row.key, row.metrics.total])).toEqual([[SG, 3]]);
    expect(sgOnly.data!.requestMetrics.overall.total).toBe(3);
    const narrowed = await subgraph.request(METRICS, { ...WINDOW, communityId: LY }, streetStaff);
    expect(narrowed.data!.requestMetrics.rows.map((row: any) => [row.key, row.metrics.total])).toEqual([[LY, 1]]);
  });

  it("count only a grid leader's grid in his metrics", async () => {
    const answer = await subgraph.request(
      `query($from: DateTime!, $to: DateTime!) { requestMetrics(from: $from, to: $to) { overall { total } } }`,
      WINDOW,
      gridOneLeader,
    );
    const [{ n }] = await subgraph.db.query(`SELECT count(*)::int AS n FROM resident_request WHERE grid_id = $1`, [GRID_1]);
    expect(answer.data!.requestMetrics.overall.total).toBe(n);
  });

  it("rank the street's communities for a month, all unranked below 30 requests; a grid leader ranks none", async () => {
    const query = `query($month: String!, $streetId: ID) { communityRanking(month: $month, streetId: $streetId) { community { id } rank ranked requests responseRate } }`;
    const street = await subgraph.request(query, { month: "2026-06", streetId: demoOrgUnitId(1) }, streetStaff);
    expect(street.errors).toBeUndefined();
    const rows = street.data!.communityRanking;
    expect(rows).toHaveLength(4);
    expect(rows.every((row: any) => !row.ranked && row.rank === null)).toBe(true);
    // Just submitted, still inside their response window: pending, not misses, so no response rate yet.
    expect(rows.find((row: any) => row.community.id === SG)).toMatchObject({ requests: 3, responseRate: null });
    const own = await subgraph.request(query, { month: "2026-06" }, dongtingStaff);
    expect(own.data!.communityRanking.map((row: any) => row.community.id)).toEqual([DT]);
    expect((await subgraph.request(query, { month: "2026-06" }, gridOneLeader)).data!.communityRanking).toEqual([]);
    expectRefused(await subgraph.request(query, { month: "2026-6" }, streetStaff), "BAD_USER_INPUT", "INVALID_MONTH");
    expectRefused(await subgraph.request(query, { month: "2026-06" }, { roles: ["RESIDENT"], personId: demoPersonId(4) }), "FORBIDDEN");
  });
});

const EVALUATE = `mutation($input: DepartmentEvaluationInput!) { evaluateDepartment(input: $input) { id department } }`;

describe("department evaluations", () => {
  it("belong to the request's community: another community's staff are refused, and list only their own", async () => {
    const dtRequest = (await submit({ neighbourhoodId: DT_NEIGHBOURHOOD_1 })).data!.submitRequest.id;
    const input = { department: "区城管局", requestId: dtRequest, responseSpeed: 4, quality: 4 };
    await expectRefusedWithoutWrites(subgraph, () => subgraph.request(EVALUATE, { input }, shuiguoStaff), "FORBIDDEN", "OUT_OF_SCOPE");
    await expectRefusedWithoutWrites(
      subgraph,
      () => subgraph.request(EVALUATE, { input: { ...input, communityId: SG } }, dongtingStaff),
      "BAD_USER_INPUT",
      "REQUEST_NOT_IN_COMMUNITY",
    );
    expect((await subgraph.request(EVALUATE, { input }, dongtingStaff)).errors).toBeUndefined();
    const own = await subgraph.request(EVALUATE, { input: { department: "区民政局", responseSpeed: 3, quality: 3 } }, shuiguoStaff);
    expect(own.errors).toBeUndefined();
    const list = `query($from: DateTime!, $to: DateTime!) { departmentEvaluations(from: $from, to: $to) { department } }`;
    const seen = await subgraph.request(list, WINDOW, shuiguoStaff);
    expect(seen.data!.departmentEvaluations).toEqual([{ department: "区民政局" }]);
    const street = await subgraph.request(list, WINDOW, streetStaff);
    expect(street.data!.departmentEvaluations).toHaveLength(2);
  });
});
