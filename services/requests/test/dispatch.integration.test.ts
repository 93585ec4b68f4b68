import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPersonId, demoTeamId } from "@dongting/subgraph-kit/seed";
import { expectRefused, expectRefusedWithoutWrites, type As, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { MUTATIONS, resident, staff, startRequestsSubgraph } from "./helpers.js";
import { SG, dongtingStaff, gridOneLeader, shuiguoStaff } from "./support/scoped-viewers.js";
import { createUnit, dispatch, memberAs, must, newRequest } from "./support/work-forces.js";

let subgraph: TestSubgraph;
/** 物业 (members 401 leader, 402, 403), 供电所 (411 leader, 412), 七宝巡逻队 (421 leader, 422), 水果湖's 物业. */
const units = { property: "", power: "", patrol: "", shuiguo: "" };

beforeAll(async () => {
  subgraph = await startRequestsSubgraph();
  units.property = (await createUnit(subgraph, [401, 402, 403], { name: "东亭物业服务中心" })).id;
  units.power = (await createUnit(subgraph, [411, 412], { name: "供电公司东亭营业所" })).id;
  units.patrol = (
    await createUnit(subgraph, [421, 422], { name: "七宝巡逻队", forceKind: "VOLUNTEER", volunteerTeamId: demoTeamId(1) })
  ).id;
  units.shuiguo = (await createUnit(subgraph, [431], { name: "水果湖物业服务中心", communityId: SG }, staff)).id;
});
afterAll(async () => {
  await subgraph?.stop();
});

const mustDispatch = async (id: string, unitId: string, as: As = dongtingStaff, extra: { personId?: string; note?: string } = {}) => {
  const answer = await dispatch(subgraph, id, unitId, as, extra);
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data!.dispatchRequest;
};
const handling = (id: string) =>
  subgraph.db.query(
    `SELECT unit_id, "leading", person_id, dispatched_by FROM request_unit WHERE request_id = $1 ORDER BY "leading" DESC, unit_id`,
    [id],
  );

describe("首接负责: the first unit leads, later ones co-handle", () => {
  it("gives an accepted request to its first unit, leading, with the assignment filled and the unit named on the timeline", async () => {
    const id = await newRequest(subgraph);
    const first = await mustDispatch(id, units.property, dongtingStaff, { personId: demoPersonId(402), note: "请尽快上门" });
    expect(first).toMatchObject({
      status: "ASSIGNED",
      assignment: {
        forceKind: "PUBLIC_SERVICE",
        assigneeName: "东亭物业服务中心",
        assigneePerson: { id: demoPersonId(402) },
        volunteerTeam: null,
        unit: { id: units.property, name: "东亭物业服务中心" },
      },
      units: [{ id: units.property, name: "东亭物业服务中心" }],
    });
    expect(first.events.at(-1)).toEqual({
      type: "DISPATCHED",
      note: "东亭物业服务中心（首接负责）：请尽快上门",
      actor: { id: dongtingStaff.personId },
    });

    await must(subgraph, MUTATIONS.start, { id }, dongtingStaff);
    // Co-handlers follow in the order they were dispatched.
    subgraph.clock.advanceMinutes(10);
    const second = await mustDispatch(id, units.patrol, gridOneLeader);
    // A co-handler joins work under way: the status, the assignment and the lead stay.
    expect(second).toMatchObject({
      status: "IN_PROGRESS",
      assignment: { assigneeName: "东亭物业服务中心", unit: { id: units.property } },
      units: [{ id: units.property }, { id: units.patrol }],
    });
    expect(second.events.at(-1)).toMatchObject({ type: "DISPATCHED", note: "七宝巡逻队（协办）" });
    subgraph.clock.advanceMinutes(10);
    const third = await mustDispatch(id, units.power);
    expect(third.units.map((unit: any) => unit.id)).toEqual([units.property, units.patrol, units.power]);
    expect(await handling(id)).toEqual([
      expect.objectContaining({ unit_id: units.property, leading: true, person_id: demoPersonId(402) }),
      ...[units.power, units.patrol].sort().map((unit) => expect.objectContaining({ unit_id: unit, leading: false, person_id: null })),
    ]);
    const history = await subgraph.db.query(`SELECT action, detail FROM history WHERE subject_id = $1 AND action = 'DISPATCHED'`, [id]);
    expect(history.map((row: any) => [row.detail.unit, row.detail.leading])).toEqual([
      ["东亭物业服务中心", true],
      ["七宝巡逻队", false],
      ["供电公司东亭营业所", false],
    ]);
  });

  it("fills a volunteer unit's team into the assignment", async () => {
    const id = await newRequest(subgraph);
    const dispatched = await mustDispatch(id, units.patrol);
    expect(dispatched.assignment).toMatchObject({
      forceKind: "VOLUNTEER",
      assigneeName: "七宝巡逻队",
      volunteerTeam: { id: demoTeamId(1) },
    });
  });

  it("leaves exactly one leading unit when first dispatches of different units race, the others joining as co-handlers", async () => {
    const id = await newRequest(subgraph);
    const answers = await Promise.all(
      [units.property, units.power, units.patrol, units.property].map((unit) => dispatch(subgraph, id, unit)),
    );
    expect(answers.filter((answer) => !answer.errors)).toHaveLength(3);
    expectRefused(
      answers.find((answer) => answer.errors)!,
      "CONFLICT",
      "UNIT_ALREADY_HANDLING",
    );
    const rows = await handling(id);
    expect(rows.filter((row: any) => row.leading)).toHaveLength(1);
    expect(rows).toHaveLength(3);
    const [request] = await subgraph.db.query(`SELECT status, assignee_name FROM resident_request WHERE id = $1`, [id]);
    const leader = await subgraph.db.query(`SELECT name FROM service_unit WHERE id = $1`, [rows[0].unit_id]);
    expect(request).toEqual({ status: "ASSIGNED", assignee_name: leader[0].name });
  });
});

describe("reassigning within a unit", () => {
  it("lets the unit's leader (a resident) hand the request to another member, moving the assignment along", async () => {
    const id = await newRequest(subgraph);
    await mustDispatch(id, units.property, dongtingStaff, { personId: demoPersonId(402) });
    const reassigned = await mustDispatch(id, units.property, memberAs(401), { personId: demoPersonId(403), note: "402 休假" });
    expect(reassigned.assignment.assigneePerson).toEqual({ id: demoPersonId(403) });
    expect(reassigned.events.at(-1)).toEqual({ type: "REASSIGNED", note: "东亭物业服务中心：402 休假", actor: { id: demoPersonId(401) } });
    expect((await handling(id))[0]).toMatchObject({ person_id: demoPersonId(403), leading: true });
    // Staff where the request is may reassign too; within a co-handling unit the assignment stays the lead's.
    await mustDispatch(id, units.power);
    await mustDispatch(id, units.power, dongtingStaff, { personId: demoPersonId(412) });
    const [row] = await subgraph.db.query(`SELECT assignee_person_id FROM resident_request WHERE id = $1`, [id]);
    expect(row.assignee_person_id).toBe(demoPersonId(403));
  });

  it("refuses a member who does not lead, a person outside the unit, a repeat without a person, and a closed request", async () => {
    const id = await newRequest(subgraph);
    await mustDispatch(id, units.property);
    const refused = (as: As, extra: { personId?: string }, code: string, reason: string) =>
      expectRefusedWithoutWrites(subgraph, () => dispatch(subgraph, id, units.property, as, extra), code, reason);
    await refused(memberAs(402), { personId: demoPersonId(403) }, "FORBIDDEN", "NOT_UNIT_LEADER");
    await refused(memberAs(411), { personId: demoPersonId(403) }, "FORBIDDEN", "NOT_UNIT_LEADER");
    await refused(memberAs(401), { personId: demoPersonId(412) }, "BAD_USER_INPUT", "PERSON_NOT_IN_UNIT");
    await refused(memberAs(401), {}, "CONFLICT", "UNIT_ALREADY_HANDLING");
    await refused(dongtingStaff, {}, "CONFLICT", "UNIT_ALREADY_HANDLING");
    await refused(shuiguoStaff, { personId: demoPersonId(403) }, "FORBIDDEN", "OUT_OF_SCOPE");
    await must(subgraph, MUTATIONS.resolve, { id, note: "已修好" }, dongtingStaff);
    await must(subgraph, MUTATIONS.rate, { id, score: 5 }, resident);
    await refused(memberAs(401), { personId: demoPersonId(403) }, "CONFLICT", "STATUS_FORBIDS_ACTION");
  });
});

describe("after a reopening", () => {
  it("sends the work out again to a unit that already handles it: back to ASSIGNED, its member kept", async () => {
    const id = await newRequest(subgraph);
    await mustDispatch(id, units.property, dongtingStaff, { personId: demoPersonId(402) });
    await must(subgraph, MUTATIONS.resolve, { id, note: "已修好" }, memberAs(402));
    await must(subgraph, MUTATIONS.rate, { id, score: 5, comment: null }, resident);
    subgraph.clock.advanceMinutes(24 * 60);
    const reopened = await must(subgraph, `mutation($id: ID!) { reopenRequest(id: $id, reason: "又坏了") { status } }`, { id }, resident);
    expect(reopened.status).toBe("ACCEPTED");
    // Without a member named, the unit's assignee stays; the timeline says the request went out again.
    const again = await mustDispatch(id, units.property);
    expect(again).toMatchObject({ status: "ASSIGNED", assignment: { assigneePerson: { id: demoPersonId(402) } } });
    expect(again.events.at(-1)).toMatchObject({ type: "DISPATCHED", note: "东亭物业服务中心" });
    await must(subgraph, MUTATIONS.resolve, { id, note: "换了新灯" }, memberAs(402));
    // Once it is back in hand, naming the same unit without a member is the old conflict again.
    const second = await newRequest(subgraph);
    await mustDispatch(second, units.property);
    await expectRefusedWithoutWrites(subgraph, () => dispatch(subgraph, second, units.property), "CONFLICT", "UNIT_ALREADY_HANDLING");
  });
});

describe("dispatch refusals, with nothing written", () => {
  const refused = (id: string, unitId: string, code: string, reason: string, as: As = dongtingStaff, extra = {}) =>
    expectRefusedWithoutWrites(subgraph, () => dispatch(subgraph, id, unitId, as, extra), code, reason);

  it("wants a unit of the registry, active, of the request's community, and a person among its members", async () => {
    const id = await newRequest(subgraph);
    await refused(id, "5f0c7a52-0000-4000-8000-000000000000", "BAD_USER_INPUT", "UNKNOWN_UNIT");
    await refused(id, "七宝巡逻队", "BAD_USER_INPUT", "UNKNOWN_UNIT");
    await refused(id, units.shuiguo, "BAD_USER_INPUT", "UNIT_NOT_IN_COMMUNITY");
    await refused(id, units.property, "BAD_USER_INPUT", "PERSON_NOT_IN_UNIT", dongtingStaff, { personId: demoPersonId(411) });
    await refused(id, units.property, "BAD_USER_INPUT", "PERSON_NOT_IN_UNIT", dongtingStaff, { personId: "not-an-id" });
    await refused(id, units.property, "BAD_USER_INPUT", "TEXT_TOO_LONG", dongtingStaff, { note: "修".repeat(501) });
    const retired = await createUnit(subgraph, [441], { name: "省委办公厅机关服务中心", forceKind: "CO_BUILDING_UNIT" });
    await subgraph.db.query(`UPDATE service_unit SET active = false WHERE id = $1`, [retired.id]);
    await refused(id, retired.id, "CONFLICT", "UNIT_INACTIVE");
  });

  it("dispatches only accepted requests that are still open, only by handlers where the request is", async () => {
    const submitted = await newRequest(subgraph, {}, false);
    await refused(submitted, units.property, "CONFLICT", "STATUS_FORBIDS_ACTION");
    const id = await newRequest(subgraph);
    await refused(id, units.property, "FORBIDDEN", "OUT_OF_SCOPE", shuiguoStaff);
    // A unit's leader reassigns within a unit already handling the request; dispatching is the handlers'.
    await refused(id, units.property, "FORBIDDEN", "ROLE_NOT_ALLOWED", memberAs(401));
    await refused(id, units.property, "FORBIDDEN", "ROLE_NOT_ALLOWED", resident);
    await refused("5f0c7a52-0000-4000-8000-000000000000", units.property, "NOT_FOUND", "NOT_FOUND");
    const anonymous = await subgraph.request(`mutation($id: ID!, $unitId: ID!) { dispatchRequest(id: $id, unitId: $unitId) { id } }`, {
      id,
      unitId: units.property,
    });
    expectRefused(anonymous, "UNAUTHENTICATED", "SIGN_IN_REQUIRED");
    expectRefused(await dispatch(subgraph, id, units.property, { roles: ["INTEGRATOR"] }), "FORBIDDEN", "READ_ONLY_ACCOUNT");
  });
});
