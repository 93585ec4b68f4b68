import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoGridId, demoPersonId } from "@dongting/subgraph-kit/seed";
import type { As, TestSubgraph } from "@dongting/subgraph-kit/testing";
import { MUTATIONS, SUBMIT, admin, committee, gridLeader, resident, staff, startRequestsSubgraph, submitInput } from "./helpers.js";
import { refusals } from "./support/handled-request.js";
import { GRID_1, SG, dongtingStaff, gridOneLeader } from "./support/scoped-viewers.js";
import { createUnit, dispatch, memberAs } from "./support/work-forces.js";

let subgraph: TestSubgraph;
let anonymousId: string;
let namedId: string;
let enteredId: string;

const integrator: As = { roles: ["INTEGRATOR"] };
/** Community staff of 水果湖 only, and 网格长 of Dongting's grid 1: staff rights end at their community's edge. */
const staffElsewhere: As = {
  grants: [
    { role: "COMMUNITY_STAFF", scope: { kind: "COMMUNITY", id: SG } },
    { role: "GRID_LEADER", scope: { kind: "GRID", id: GRID_1 } },
  ],
  personId: demoPersonId(615),
};

async function must(query: string, variables: Record<string, unknown>, as: As = staff): Promise<any> {
  const answer = await subgraph.request(query, variables, as);
  expect(answer.errors, query).toBeUndefined();
  return Object.values(answer.data!)[0];
}

beforeAll(async () => {
  subgraph = await startRequestsSubgraph();
  const input = (anonymous: boolean | undefined) =>
    submitInput({ gridId: demoGridId(1), ...(anonymous === undefined ? {} : { anonymous }) });
  anonymousId = (await must(SUBMIT, { input: input(true) }, resident)).id;
  namedId = (await must(SUBMIT, { input: input(undefined) }, resident)).id;
  // Entered by staff for the resident (a phone call): the SUBMITTED entry's actor is the staff member.
  enteredId = (await must(SUBMIT, { input: { ...input(true), submitterId: resident.personId, channel: "HOTLINE" } }, staff)).id;
  for (const id of [anonymousId, namedId]) {
    await must(MUTATIONS.accept, { id, level: "GRID", urgency: "YELLOW" });
    await must(MUTATIONS.assign, { id, input: { forceKind: "CADRE", assigneeName: "王伟" } });
    await must(MUTATIONS.resolve, { id, note: "已修好" });
    await must(MUTATIONS.rate, { id, score: 5 }, resident);
  }
});
afterAll(async () => {
  await subgraph?.stop();
});

const READ = `query($id: ID!) { request(id: $id) { id anonymous submitter { id } events { type actor { id } } } }`;

/** What `as` reads of a request: whether it is anonymous, who submitted it, the actor of each timeline entry, the errors. */
async function readAs(id: string, as: As) {
  const answer = await subgraph.request(READ, { id }, as);
  const request = answer.data!.request;
  return {
    anonymous: request.anonymous,
    submitter: request.submitter?.id ?? null,
    actors: request.events.map((event: any) => [event.type, event.actor?.id ?? null]),
    errors: refusals(answer),
  };
}

const R = resident.personId;
const S = staff.personId;

describe("an anonymous request", () => {
  it("names its submitter to the submitter, community staff where it is, and admins", async () => {
    for (const as of [resident, staff, dongtingStaff, admin]) {
      const read = await readAs(anonymousId, as);
      expect(read).toMatchObject({ anonymous: true, submitter: R, errors: [] });
      expect(read.actors).toEqual([
        ["SUBMITTED", R],
        ["ACCEPTED", S],
        ["ASSIGNED", S],
        ["RESOLVED", S],
        ["RATED", R],
        ["CLOSED", R],
      ]);
    }
  });

  it("hides who asked from grid leaders, the party committee and integrators: the submitter and the entries they made", async () => {
    for (const as of [gridLeader, gridOneLeader, committee, staffElsewhere]) {
      const read = await readAs(anonymousId, as);
      expect(read.submitter).toBeNull();
      expect(read.actors).toEqual([
        ["SUBMITTED", null],
        ["ACCEPTED", S],
        ["ASSIGNED", S],
        ["RESOLVED", S],
        ["RATED", null],
        ["CLOSED", null],
      ]);
      expect(read.errors).toEqual(
        ["request.events.0.actor", "request.events.4.actor", "request.events.5.actor", "request.submitter"].map(
          (path) => `${path} FORBIDDEN FIELD_NOT_ALLOWED`,
        ),
      );
    }
    const read = await readAs(anonymousId, integrator);
    expect(read).toMatchObject({ anonymous: true, submitter: null });
    expect(read.actors.every(([, actor]: [string, string | null]) => actor === null)).toBe(true);
  });

  it("hides the SUBMITTED entry of a request staff entered for the resident too, and never names it by reference", async () => {
    expect((await readAs(enteredId, gridLeader)).actors).toEqual([["SUBMITTED", null]]);
    expect((await readAs(enteredId, staff)).actors).toEqual([["SUBMITTED", S]]);
    const entities = await subgraph.request(
      `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on ResidentRequest { id anonymous submitter { id } } } }`,
      { representations: [{ __typename: "ResidentRequest", id: anonymousId }] },
      gridLeader,
    );
    expect(entities.data!._entities).toEqual([{ id: anonymousId, anonymous: true, submitter: null }]);
    expect(refusals(entities)).toEqual(["_entities.0.submitter FORBIDDEN FIELD_NOT_ALLOWED"]);
  });

  it("leaves a named request as it was: grid leaders see who asked", async () => {
    const read = await readAs(namedId, gridLeader);
    expect(read).toMatchObject({ anonymous: false, submitter: R, errors: [] });
    expect(read.actors[0]).toEqual(["SUBMITTED", R]);
  });
});

describe("the submitter filter", () => {
  const LIST = `query($submitterId: ID) { requests(filter: { submitterId: $submitterId }, first: 50) { totalCount edges { node { id } } } }`;
  const listed = async (as: As, submitterId: string | null | undefined = R) => {
    const answer = await subgraph.request(LIST, { submitterId }, as);
    expect(answer.errors).toBeUndefined();
    return answer.data!.requests.edges.map((edge: any) => edge.node.id).sort();
  };
  const all = () => [anonymousId, namedId, enteredId].sort();

  it("matches anonymous requests only for the submitter and community staff where they are", async () => {
    expect(await listed(resident, undefined)).toEqual(all());
    expect(await listed(resident)).toEqual(all());
    expect(await listed(staff)).toEqual(all());
    expect(await listed(dongtingStaff)).toEqual(all());
    expect(await listed(admin)).toEqual(all());
    for (const as of [gridLeader, gridOneLeader, committee, staffElsewhere]) expect(await listed(as)).toEqual([namedId]);
  });

  it("still lists anonymous requests without the filter, and counts them in the rates", async () => {
    expect(await listed(gridLeader, null)).toEqual(all());
    const metrics = await subgraph.request(
      `query($from: DateTime!, $to: DateTime!) { requestMetrics(from: $from, to: $to) { overall { total ratings satisfied } } }`,
      { from: "2026-06-01T00:00:00+08:00", to: "2026-07-01T00:00:00+08:00" },
      gridLeader,
    );
    expect(metrics.data!.requestMetrics.overall).toEqual({ total: 3, ratings: 2, satisfied: 2 });
  });

  it("stores the choice (default false) and records it in history", async () => {
    const rows = await subgraph.db.query(`SELECT id, anonymous FROM resident_request ORDER BY code`);
    expect(rows.map((row: any) => row.anonymous)).toEqual([true, false, true]);
    const [entry] = await subgraph.db.query(`SELECT detail FROM history WHERE subject_id = $1 AND action = 'SUBMITTED'`, [anonymousId]);
    expect(entry.detail.anonymous).toBe(true);
  });
});

describe("the members of a unit handling it", () => {
  it("do not see who asked an anonymous request, and do see who asked a named one", async () => {
    const unit = await createUnit(subgraph, [501]);
    const member = memberAs(501);
    for (const [anonymous, submitter] of [
      [true, null],
      [false, R],
    ] as const) {
      const { id } = await must(SUBMIT, { input: submitInput({ gridId: demoGridId(1), anonymous }) }, resident);
      await must(MUTATIONS.accept, { id, level: "GRID", urgency: "YELLOW" });
      expect((await dispatch(subgraph, id, unit.id)).errors).toBeUndefined();
      const read = await readAs(id, member);
      expect(read.submitter, `anonymous: ${anonymous}`).toBe(submitter);
      expect(read.actors[0], `anonymous: ${anonymous}`).toEqual(["SUBMITTED", submitter]);
    }
  });
});
