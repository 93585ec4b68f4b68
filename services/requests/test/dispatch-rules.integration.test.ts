import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoGridId } from "@dongting/subgraph-kit/seed";
import { expectRefused, expectRefusedWithoutWrites, type As, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { MUTATIONS, resident, staff, startRequestsSubgraph } from "./helpers.js";
import { SG, SG_GRID, dongtingStaff, gridOneLeader, shuiguoStaff } from "./support/scoped-viewers.js";
import { CREATE_RULE, DISPATCHED_FIELDS, createUnit, dispatch, must, newRequest } from "./support/work-forces.js";

const RULES = `query($communityId: ID) { dispatchRules(communityId: $communityId) { id position category grid { id } unit { id name } urgency automatic } }`;
const DELETE = `mutation($id: ID!) { deleteDispatchRule(id: $id) }`;
const SUGGESTED = `query($id: ID!) { request(id: $id) { suggestedUnit { id name } } }`;
const integrator: As = { roles: ["INTEGRATOR"] };

let subgraph: TestSubgraph;
/** Dongting's 物业, 便民服务队, a cadre group (automatic for 养犬管理), a retired unit; 水果湖's 物业. */
const units = { property: "", handyman: "", patrol: "", retired: "", shuiguo: "" };

beforeAll(async () => {
  subgraph = await startRequestsSubgraph();
  units.property = (await createUnit(subgraph, [601], { name: "东亭物业服务中心" })).id;
  units.handyman = (await createUnit(subgraph, [602], { name: "职工便民服务队", forceKind: "CONVENIENCE_SERVICE" })).id;
  units.patrol = (await createUnit(subgraph, [603], { name: "包点干部第一组", forceKind: "CADRE" })).id;
  units.retired = (await createUnit(subgraph, [604], { name: "省委办公厅机关服务中心", forceKind: "CO_BUILDING_UNIT" })).id;
  units.shuiguo = (await createUnit(subgraph, [605], { name: "水果湖物业服务中心", communityId: SG }, staff)).id;
});
afterAll(async () => {
  await subgraph?.stop();
});

const rule = (overrides: Record<string, unknown>) => ({ position: 1, unitId: units.property, automatic: false, ...overrides });
const create = (overrides: Record<string, unknown>, as: As = dongtingStaff) =>
  subgraph.request(CREATE_RULE, { input: rule(overrides) }, as);
const mustCreate = async (overrides: Record<string, unknown>) => {
  const answer = await create(overrides);
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data!.createDispatchRule;
};
const suggested = async (id: string) => (await must(subgraph, SUGGESTED, { id }, dongtingStaff)).suggestedUnit?.name ?? null;

describe("managing dispatch rules", () => {
  it("creates rules of the unit's community and lists them in ascending position", async () => {
    const grid1 = await mustCreate({ position: 10, category: "设施维修", gridId: demoGridId(1), urgency: "YELLOW" });
    expect(grid1).toMatchObject({
      position: 10,
      category: "设施维修",
      grid: { id: demoGridId(1) },
      unit: { name: "东亭物业服务中心" },
      urgency: "YELLOW",
    });
    await mustCreate({ position: 90, category: "设施维修", unitId: units.handyman });
    await mustCreate({ position: 20, category: "养犬管理", unitId: units.patrol, automatic: true });
    await mustCreate({ position: 5, category: null, gridId: demoGridId(2), unitId: units.handyman });
    const listed = await must(subgraph, RULES, {}, dongtingStaff);
    expect(listed.map((row: any) => row.position)).toEqual([5, 10, 20, 90]);
    const history = await subgraph.db.query(`SELECT action FROM history WHERE subject_type = 'DispatchRule'`);
    expect(history).toHaveLength(4);
  });

  it("lists for the readers of requests where they read, and refuses everyone else", async () => {
    expect(await must(subgraph, RULES, {}, gridOneLeader)).toHaveLength(4);
    expect(await must(subgraph, RULES, {}, integrator)).toHaveLength(4);
    expect(await must(subgraph, RULES, {}, shuiguoStaff)).toEqual([]);
    expect(await must(subgraph, RULES, { communityId: SG }, dongtingStaff)).toEqual([]);
    expectRefused(await subgraph.request(RULES, {}, resident), "FORBIDDEN", "ROLE_NOT_ALLOWED");
  });

  it("refuses a taken position, an unknown category, grid or unit, a grid elsewhere, a retired unit, with nothing written", async () => {
    const refused = (code: string, reason: string, overrides: Record<string, unknown>, as: As = dongtingStaff) =>
      expectRefusedWithoutWrites(subgraph, () => create(overrides, as), code, reason);
    await refused("CONFLICT", "RULE_POSITION_TAKEN", { position: 10 });
    await refused("BAD_USER_INPUT", "UNKNOWN_CATEGORY", { position: 11, category: "违章搭建" });
    await refused("BAD_USER_INPUT", "UNKNOWN_GRID", { position: 11, gridId: "5f0c7a52-0000-4000-8000-000000000000" });
    await refused("BAD_USER_INPUT", "GRID_NOT_IN_COMMUNITY", { position: 11, gridId: SG_GRID });
    await refused("BAD_USER_INPUT", "UNKNOWN_UNIT", { position: 11, unitId: "5f0c7a52-0000-4000-8000-000000000000" });
    await refused("BAD_USER_INPUT", "INVALID_INPUT", { position: 0 });
    await refused("FORBIDDEN", "OUT_OF_SCOPE", { position: 11 }, shuiguoStaff);
    await refused("FORBIDDEN", "ROLE_NOT_ALLOWED", { position: 11 }, gridOneLeader);
    await subgraph.db.query(`UPDATE service_unit SET active = false WHERE id = $1`, [units.retired]);
    await refused("CONFLICT", "UNIT_INACTIVE", { position: 11, unitId: units.retired });
  });

  it("gives a position to one of two staff taking it at once, and the same position in another community", async () => {
    const answers = await Promise.all([create({ position: 30 }), create({ position: 30, unitId: units.handyman })]);
    expect(answers.filter((answer) => !answer.errors)).toHaveLength(1);
    expectRefused(
      answers.find((answer) => answer.errors)!,
      "CONFLICT",
      "RULE_POSITION_TAKEN",
    );
    const elsewhere = await subgraph.request(CREATE_RULE, { input: rule({ position: 30, unitId: units.shuiguo }) }, shuiguoStaff);
    expect(elsewhere.errors).toBeUndefined();
  });

  it("deletes a rule where staff write, once", async () => {
    const doomed = await mustCreate({ position: 40, category: "其他" });
    await expectRefusedWithoutWrites(
      subgraph,
      () => subgraph.request(DELETE, { id: doomed.id }, shuiguoStaff),
      "FORBIDDEN",
      "OUT_OF_SCOPE",
    );
    expect(await must(subgraph, DELETE, { id: doomed.id }, dongtingStaff)).toBe(true);
    await expectRefusedWithoutWrites(subgraph, () => subgraph.request(DELETE, { id: doomed.id }, dongtingStaff), "NOT_FOUND", "NOT_FOUND");
    const [{ n }] = await subgraph.db.query(`SELECT count(*)::int AS n FROM history WHERE subject_id = $1 AND action = 'DELETED'`, [
      doomed.id,
    ]);
    expect(n).toBe(1);
  });
});

describe("suggestions and automatic dispatch", () => {
  it("suggests the first match in position order while no unit handles the request", async () => {
    // Rules now: 5 any category in grid 2 -> 便民; 10 设施维修 in grid 1 -> 物业; 20 养犬管理 -> cadres (automatic);
    // 30 any category anywhere -> whichever unit won the race above; 90 设施维修 -> 便民 (never reached: 30 comes first).
    const [thirty] = await subgraph.db.query(
      `SELECT u.name FROM dispatch_rule d JOIN service_unit u ON u.id = d.unit_id WHERE d.position = 30 AND d.community_id = u.community_id AND u.name <> '水果湖物业服务中心'`,
    );
    const grid1 = await newRequest(subgraph, { category: "设施维修", gridId: demoGridId(1) }, false);
    const grid3 = await newRequest(subgraph, { category: "设施维修", gridId: demoGridId(3) }, false);
    const grid2 = await newRequest(subgraph, { category: "设施维修", gridId: demoGridId(2) }, false);
    expect(await suggested(grid1)).toBe("东亭物业服务中心");
    expect([await suggested(grid2), await suggested(grid3)]).toEqual(["职工便民服务队", thirty.name]);
    await must(subgraph, MUTATIONS.accept, { id: grid1, level: "GRID", urgency: "YELLOW" }, dongtingStaff);
    expect(await suggested(grid1)).toBe("东亭物业服务中心");
    await dispatch(subgraph, grid1, units.handyman);
    expect(await suggested(grid1)).toBeNull();
  });

  it("dispatches at acceptance when the first matching rule is automatic, in the same transaction", async () => {
    const id = await newRequest(subgraph, { category: "养犬管理" }, false);
    const accepted = await must(
      subgraph,
      `mutation($id: ID!) { acceptRequest(id: $id, level: GRID, urgency: GREEN) { ${DISPATCHED_FIELDS} } }`,
      { id },
      dongtingStaff,
    );
    expect(accepted).toMatchObject({
      status: "ASSIGNED",
      assignment: { forceKind: "CADRE", assigneeName: "包点干部第一组", unit: { id: units.patrol } },
      units: [{ id: units.patrol }],
      suggestedUnit: null,
    });
    expect(accepted.events.map((event: any) => event.type)).toEqual(["SUBMITTED", "ACCEPTED", "DISPATCHED"]);
    expect(accepted.events[2].note).toBe("包点干部第一组（首接负责）：按派单规则 20 自动派单");
    const history = await subgraph.db.query(`SELECT action, detail FROM history WHERE subject_id = $1 AND action = 'DISPATCHED'`, [id]);
    expect(history).toEqual([
      expect.objectContaining({ detail: expect.objectContaining({ automatic: true, leading: true, unitId: units.patrol }) }),
    ]);
    // A rule that only suggests leaves the request accepted.
    const manual = await newRequest(subgraph, { category: "设施维修", gridId: demoGridId(1) });
    expect(
      (await must(subgraph, `query($id: ID!) { request(id: $id) { status units { id } } }`, { id: manual }, dongtingStaff)).units,
    ).toEqual([]);
  });

  it("loads the suggestions of a page in one statement for the rules, whatever its size", async () => {
    for (let n = 0; n < 6; n += 1) await newRequest(subgraph, { category: "设施维修" }, false);
    const count = async (first: number) => {
      subgraph.sql.reset();
      const answer = await subgraph.request(
        `query($first: Int) { requests(first: $first) { edges { node { id suggestedUnit { name } } } } }`,
        { first },
        dongtingStaff,
      );
      expect(answer.errors).toBeUndefined();
      return { all: subgraph.sql.count(), rules: subgraph.sql.count(/FROM "dispatch_rule"/i) };
    };
    const small = await count(2);
    expect(await count(8)).toEqual(small);
    expect(small.rules).toBe(1);
  });
});
