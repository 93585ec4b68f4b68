import { describe, expect, it } from "vitest";
import { demoPersonId } from "@dongting/subgraph-kit/seed";
import { expectRefusedWithoutWrites, type As } from "@dongting/subgraph-kit/testing";
import { asPerson, ok, refused, span, staff, UNKNOWN } from "./support/fixtures.js";
import { leader, LEADER, OTHER_LEADER, useShiftWorld } from "./support/shift-world.js";

const CREATE_SHIFT = /* GraphQL */ `
  mutation ($input: CreateShiftInput!) {
    createShift(input: $input) {
      id
      title
      location
      capacity
      startsAt
      endsAt
      team {
        id
      }
      signupCount
    }
  }
`;

const world = useShiftWorld();

const shiftInput = (overrides: Record<string, unknown> = {}) => ({
  teamId: world.teamA,
  title: "夜间巡逻",
  ...span(world.subgraph, 24 * 60, 120),
  capacity: 10,
  ...overrides,
});

describe("createShift", () => {
  it("lets staff, ADMIN and the team's leader schedule; trims title and location", async () => {
    const { subgraph } = world;
    const byStaff = await ok(subgraph, CREATE_SHIFT, { input: shiftInput({ title: "  夜间巡逻 ", location: " 党群服务中心 " }) }, staff);
    expect(byStaff.createShift).toMatchObject({
      title: "夜间巡逻",
      location: "党群服务中心",
      capacity: 10,
      team: { id: world.teamA },
      signupCount: 0,
    });
    await ok(subgraph, CREATE_SHIFT, { input: shiftInput() }, leader);
    await ok(subgraph, CREATE_SHIFT, { input: shiftInput() }, { roles: ["ADMIN"] });
  });

  it("accepts exactly 12 hours, capacity 1 and 500, and 100-character title and location", async () => {
    const { subgraph } = world;
    await ok(subgraph, CREATE_SHIFT, { input: shiftInput({ ...span(subgraph, 60, 12 * 60), capacity: 1 }) }, staff);
    const long = await ok(
      subgraph,
      CREATE_SHIFT,
      { input: shiftInput({ capacity: 500, title: "巡".repeat(100), location: "地".repeat(100) }) },
      staff,
    );
    expect(long.createShift).toMatchObject({ capacity: 500, title: "巡".repeat(100), location: "地".repeat(100) });
  });

  it("records who scheduled it", async () => {
    const data = await ok(world.subgraph, CREATE_SHIFT, { input: shiftInput() }, leader);
    const rows = await world.subgraph.db.query(`SELECT action, actor_id FROM history WHERE subject_id = $1`, [data.createShift.id]);
    expect(rows).toEqual([{ action: "CREATED", actor_id: demoPersonId(LEADER) }]);
  });

  it.each([
    ["an anonymous caller", "UNAUTHENTICATED", "SIGN_IN_REQUIRED", () => ({}), undefined],
    ["a resident", "FORBIDDEN", "NOT_TEAM_LEADER", () => ({}), asPerson(4, ["RESIDENT"])],
    ["a member who is not the leader", "FORBIDDEN", "NOT_TEAM_LEADER", () => ({}), asPerson(102)],
    ["another team's leader", "FORBIDDEN", "NOT_TEAM_LEADER", () => ({}), asPerson(OTHER_LEADER)],
    ["the party committee", "FORBIDDEN", "NOT_TEAM_LEADER", () => ({}), asPerson(1, ["PARTY_COMMITTEE"])],
    [
      "an end equal to the start",
      "BAD_USER_INPUT",
      "SHIFT_END_NOT_AFTER_START",
      () => ({ startsAt: span(world.subgraph, 600, 0).startsAt, endsAt: span(world.subgraph, 600, 0).startsAt }),
      staff,
    ],
    ["an end before the start", "BAD_USER_INPUT", "SHIFT_END_NOT_AFTER_START", () => span(world.subgraph, 600, -100), staff],
    ["a shift over 12 hours", "BAD_USER_INPUT", "SHIFT_TOO_LONG", () => span(world.subgraph, 600, 12 * 60 + 1), staff],
    ["capacity 0", "BAD_USER_INPUT", "INVALID_INPUT", () => ({ capacity: 0 }), staff],
    ["capacity 501", "BAD_USER_INPUT", "INVALID_INPUT", () => ({ capacity: 501 }), staff],
    ["a blank title", "BAD_USER_INPUT", "TEXT_BLANK", () => ({ title: "  " }), staff],
    ["a title over 100 characters", "BAD_USER_INPUT", "INVALID_INPUT", () => ({ title: "巡".repeat(101) }), staff],
    ["a location over 100 characters", "BAD_USER_INPUT", "INVALID_INPUT", () => ({ location: "地".repeat(101) }), staff],
    ["an unknown team", "NOT_FOUND", "NOT_FOUND", () => ({ teamId: UNKNOWN }), staff],
  ] as const)("refuses %s with %s (%s) and writes nothing", async (_label, code, reason, overrides, as) => {
    await refused(world.subgraph, code, reason, CREATE_SHIFT, { input: shiftInput(overrides()) }, as as As | undefined);
  });

  it("refuses a time without offset with BAD_USER_INPUT and writes nothing", async () => {
    const { subgraph } = world;
    await expectRefusedWithoutWrites(
      subgraph,
      () => subgraph.request(CREATE_SHIFT, { input: shiftInput({ startsAt: "2026-05-01T19:00:00" }) }, staff),
      "BAD_USER_INPUT",
    );
  });

  it("lists every failing field and constraint of the input in extensions.fields", async () => {
    const { subgraph } = world;
    const error = await expectRefusedWithoutWrites(
      subgraph,
      () => subgraph.request(CREATE_SHIFT, { input: shiftInput({ capacity: 0, title: "巡".repeat(101), teamId: "七宝" }) }, staff),
      "BAD_USER_INPUT",
      "INVALID_INPUT",
    );
    const fields = (error.extensions?.fields as Array<{ field: string; constraint: string }>).map(({ field, constraint }) => ({
      field,
      constraint,
    }));
    expect(fields).toEqual(
      expect.arrayContaining([
        { field: "input.capacity", constraint: "min" },
        { field: "input.title", constraint: "maxLength" },
        { field: "input.teamId", constraint: "isUuid" },
      ]),
    );
    expect(fields).toHaveLength(3);
  });
});
