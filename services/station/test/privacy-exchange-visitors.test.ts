import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REDACTED_TEXT } from "@dongting/subgraph-kit";
import { expectRefused, type As, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { NOW } from "./support/booking.js";
import {
  admin,
  communityStaff,
  entitiesQuery,
  forbiddenAt,
  partyCommittee,
  refusals,
  representations,
  stranger,
} from "./support/privacy.js";
import { integrator, neighbour, resident, staff, startStation, ZONE } from "./support/station.js";

const ITEM_FIELDS = `id title description status postedAt claimedAt closedAt owner { id } claimant { id }`;
const ITEMS = `{ exchangeItems { ${ITEM_FIELDS} } }`;
const ITEM = `query($id: ID!) { exchangeItem(id: $id) { ${ITEM_FIELDS} } }`;
/** An item's parties: who posted it and who claimed it. */
const PARTIES = ["description", "owner", "claimant"];
const LOG = `{ visitorLog { totalCount edges { node { id visitedOn group visitors recordedAt zone { name } note recordedBy { id } } } } }`;

let subgraph: TestSubgraph;
/** The resident's bicycle, claimed by the neighbour. */
let bicycle: string;
beforeAll(async () => {
  subgraph = await startStation(NOW);
  const posted = await subgraph.request(
    `mutation($input: PostItemInput!) { postItem(input: $input) { id } }`,
    { input: { title: "儿童自行车", description: "九成新，周末来取，电话13900002222" } },
    resident,
  );
  bicycle = posted.data!.postItem.id;
  const claimed = await subgraph.request(
    `mutation($id: ID!, $claimantId: ID!) { claimItem(id: $id, claimantId: $claimantId) { id } }`,
    { id: bicycle, claimantId: neighbour.personId },
    neighbour,
  );
  expect(claimed.errors).toBeUndefined();
  const recorded = await subgraph.request(
    `mutation($input: RecordVisitorsInput!) { recordVisitors(input: $input) { id } }`,
    {
      input: {
        zoneId: ZONE.REST_STOP,
        visitedOn: "2026-02-27",
        group: "NEW_EMPLOYMENT_WORKER",
        visitors: 23,
        note: "外卖骑手王师傅常来充电",
      },
    },
    staff,
  );
  expect(recorded.errors).toBeUndefined();
});
afterAll(async () => {
  await subgraph?.stop();
});

describe("百宝箱 items", () => {
  it("are not for anonymous callers", async () => {
    for (const [query, variables, path] of [
      [ITEMS, {}, "exchangeItems"],
      [ITEM, { id: bicycle }, "exchangeItem"],
    ] as const) {
      const answer = await subgraph.request(query, variables);
      expect(answer.data?.[path] ?? null).toBeNull();
      expect(refusals(answer)).toEqual([`UNAUTHENTICATED SIGN_IN_REQUIRED ${path}`]);
    }
  });

  it.each<[string, As, boolean]>([
    ["the poster", resident, true],
    ["the claimant", neighbour, true],
    ["station staff", staff, true],
    ["ADMIN", admin, true],
    ["another resident", stranger, false],
    ["community staff", communityStaff, false],
  ])("show their description, poster and claimant to %s: %s", async (_label, as, full) => {
    const answer = await subgraph.request(ITEM, { id: bicycle }, as);
    const item = answer.data!.exchangeItem;
    expect(item).toMatchObject({ id: bicycle, title: "儿童自行车", status: "RESERVED", postedAt: "2026-03-02T00:00:00.000Z" });
    if (full) {
      expect(answer.errors).toBeUndefined();
      expect(item).toMatchObject({
        description: "九成新，周末来取，电话13900002222",
        owner: { id: resident.personId },
        claimant: { id: neighbour.personId },
      });
    } else {
      expect(item).toMatchObject({ description: null, owner: null, claimant: null });
      expect(refusals(answer)).toEqual(forbiddenAt(["exchangeItem"], PARTIES));
    }
  });

  it("give INTEGRATOR statuses and times, the title redacted, description, poster and claimant null and FORBIDDEN", async () => {
    const answer = await subgraph.request(ITEMS, {}, integrator);
    expect(answer.data!.exchangeItems).toEqual([
      {
        id: bicycle,
        title: REDACTED_TEXT,
        description: null,
        status: "RESERVED",
        postedAt: "2026-03-02T00:00:00.000Z",
        claimedAt: "2026-03-02T00:00:00.000Z",
        closedAt: null,
        owner: null,
        claimant: null,
      },
    ]);
    expect(refusals(answer)).toEqual(forbiddenAt(["exchangeItems.0"], PARTIES));
  });

  it("resolve through _entities only for their parties and staff, never without a token", async () => {
    const query = entitiesQuery("ExchangeItem", "id title");
    for (const [as, refusal] of [
      [undefined, "UNAUTHENTICATED SIGN_IN_REQUIRED _entities.0"],
      [stranger, "FORBIDDEN FIELD_NOT_ALLOWED _entities.0"],
      [integrator, "FORBIDDEN FIELD_NOT_ALLOWED _entities.0"],
    ] as const) {
      const answer = await subgraph.request(query, representations("ExchangeItem", [bicycle]), as);
      expect(answer.data!._entities).toEqual([null]);
      expect(refusals(answer)).toEqual([refusal]);
    }
    for (const as of [resident, neighbour, staff]) {
      const answer = await subgraph.request(query, representations("ExchangeItem", [bicycle]), as);
      expect(answer.errors).toBeUndefined();
      expect(answer.data!._entities).toEqual([{ id: bicycle, title: "儿童自行车" }]);
    }
  });
});

describe("the visitor log", () => {
  it("is refused to anonymous callers and residents", async () => {
    const anonymous = await subgraph.request(LOG);
    expect(anonymous.data ?? null).toBeNull();
    expectRefused(anonymous, "UNAUTHENTICATED", "SIGN_IN_REQUIRED");
    expectRefused(await subgraph.request(LOG, {}, resident), "FORBIDDEN", "ROLE_NOT_ALLOWED");
  });

  it.each<[string, As]>([
    ["INTEGRATOR", integrator],
    ["community staff", communityStaff],
    ["the party committee", partyCommittee],
  ])("gives %s the counts, with the note and who recorded it null and FORBIDDEN", async (_label, as) => {
    const answer = await subgraph.request(LOG, {}, as);
    expect(answer.data!.visitorLog.totalCount).toBe(1);
    expect(answer.data!.visitorLog.edges[0].node).toMatchObject({
      visitedOn: "2026-02-27",
      group: "NEW_EMPLOYMENT_WORKER",
      visitors: 23,
      zone: { name: "暖心驿站" },
      note: null,
      recordedBy: null,
    });
    expect(refusals(answer)).toEqual(forbiddenAt(["visitorLog.edges.0.node"], ["note", "recordedBy"]));
  });

  it("gives station staff the note and who recorded it", async () => {
    const answer = await subgraph.request(LOG, {}, staff);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.visitorLog.edges[0].node).toMatchObject({ note: "外卖骑手王师傅常来充电", recordedBy: { id: staff.personId } });
  });
});
