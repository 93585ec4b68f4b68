import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { demoPersonId } from "@dongting/subgraph-kit/seed";
import { errorCode, expectRefused, expectRefusedWithoutWrites, type As, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { at, integrator, neighbour, resetStation, resident, staff, startStation } from "./support/station.js";

const NOW = at("2026-03-02T08:00");
let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startStation(NOW);
});
beforeEach(async () => {
  await resetStation(subgraph, NOW);
});
afterAll(async () => {
  await subgraph?.stop();
});

const POST = `mutation($input: PostItemInput!) { postItem(input: $input) { id title description status owner { id } claimant { id } postedAt } }`;
const CLAIM = `mutation($id: ID!, $claimantId: ID!) { claimItem(id: $id, claimantId: $claimantId) { id status claimant { id } } }`;
const HAND_OVER = `mutation($id: ID!) { handOverItem(id: $id) { id status claimant { id } } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawItem(id: $id) { id status claimant { id } } }`;

/** Posts an item and moves the clock on a minute, so items posted one after the other sort newest first. */
async function post(title: string, as: As = resident, extra: Record<string, unknown> = {}) {
  const answer = await subgraph.request(POST, { input: { title, ...extra } }, as);
  expect(answer.errors).toBeUndefined();
  subgraph.clock.advanceMinutes(1);
  return answer.data!.postItem;
}

async function statusOf(id: string) {
  const [row] = await subgraph.db.query(`SELECT status, claimant_id FROM exchange_item WHERE id = $1`, [id]);
  return row;
}

const refused = (operation: () => Promise<any>, code: string, reason: string) =>
  expectRefusedWithoutWrites(subgraph, operation, code, reason);

describe("百宝箱 item exchange", () => {
  it("posts an item owned by the caller, at the clock's time", async () => {
    const item = await post("儿童自行车", resident, { description: "九成新，适合5-8岁" });
    expect(item).toMatchObject({
      title: "儿童自行车",
      description: "九成新，适合5-8岁",
      status: "AVAILABLE",
      owner: { id: resident.personId },
      claimant: null,
      postedAt: "2026-03-02T00:00:00.000Z",
    });
  });

  it("lets station staff post for someone else, not a resident", async () => {
    const forOther = await post("旧书一箱", staff, { ownerId: demoPersonId(20) });
    expect(forOther.owner.id).toBe(demoPersonId(20));
    await refused(
      () => subgraph.request(POST, { input: { title: "x", ownerId: demoPersonId(20) } }, resident),
      "FORBIDDEN",
      "POST_FOR_SELF_ONLY",
    );
  });

  it.each([
    ["a blank title", { title: "  " }, "TEXT_BLANK"],
    ["a title over 60 characters", { title: "书".repeat(61) }, "INVALID_INPUT"],
    ["a description over 500 characters", { title: "书", description: "字".repeat(501) }, "INVALID_INPUT"],
  ])("refuses %s with BAD_USER_INPUT", async (_label, input, reason) => {
    await refused(() => subgraph.request(POST, { input }, resident), "BAD_USER_INPUT", reason);
  });

  it("accepts a title of 60 and a description of 500 characters, the limits the input and the service share", async () => {
    const item = await post("书".repeat(60), resident, { description: "字".repeat(500) });
    expect([...item.title]).toHaveLength(60);
  });

  it("refuses anonymous callers and integrators", async () => {
    await refused(() => subgraph.request(POST, { input: { title: "x" } }), "UNAUTHENTICATED", "SIGN_IN_REQUIRED");
    await refused(() => subgraph.request(POST, { input: { title: "x" } }, integrator), "FORBIDDEN", "ROLE_NOT_ALLOWED");
  });

  it("claims, then hands over; each step only from the right status", async () => {
    const item = await post("电饭煲");
    await refused(
      () => subgraph.request(CLAIM, { id: item.id, claimantId: resident.personId }, resident),
      "BAD_USER_INPUT",
      "CLAIM_OWN_ITEM",
    );
    await refused(
      () => subgraph.request(CLAIM, { id: item.id, claimantId: demoPersonId(30) }, neighbour),
      "FORBIDDEN",
      "CLAIM_FOR_SELF_ONLY",
    );
    await refused(() => subgraph.request(CLAIM, { id: item.id, claimantId: "someone" }, staff), "BAD_USER_INPUT", "INVALID_CLAIMANT_ID");
    await refused(() => subgraph.request(HAND_OVER, { id: item.id }, resident), "CONFLICT", "WRONG_ITEM_STATUS");
    const claimed = await subgraph.request(CLAIM, { id: item.id, claimantId: neighbour.personId }, neighbour);
    expect(claimed.data!.claimItem).toEqual({ id: item.id, status: "RESERVED", claimant: { id: neighbour.personId } });
    await refused(() => subgraph.request(CLAIM, { id: item.id, claimantId: demoPersonId(30) }, staff), "CONFLICT", "WRONG_ITEM_STATUS");
    await refused(() => subgraph.request(HAND_OVER, { id: item.id }, neighbour), "FORBIDDEN", "NOT_ITEM_OWNER");
    const given = await subgraph.request(HAND_OVER, { id: item.id }, resident);
    expect(given.data!.handOverItem).toEqual({ id: item.id, status: "GIVEN", claimant: { id: neighbour.personId } });
    await refused(() => subgraph.request(WITHDRAW, { id: item.id }, resident), "CONFLICT", "WRONG_ITEM_STATUS");
    const history = await subgraph.db.query(`SELECT action FROM history WHERE subject_id = $1 ORDER BY at`, [item.id]);
    expect(history.map((h: { action: string }) => h.action)).toEqual(["POSTED", "CLAIMED", "GIVEN"]);
  });

  it("withdraws an item, reserved or not, by its owner or station staff", async () => {
    const reserved = await post("台灯");
    await subgraph.request(CLAIM, { id: reserved.id, claimantId: neighbour.personId }, neighbour);
    await refused(() => subgraph.request(WITHDRAW, { id: reserved.id }, neighbour), "FORBIDDEN", "NOT_ITEM_OWNER");
    const withdrawn = await subgraph.request(WITHDRAW, { id: reserved.id }, staff);
    expect(withdrawn.data!.withdrawItem).toEqual({ id: reserved.id, status: "WITHDRAWN", claimant: null });
    const available = await post("收音机");
    const byOwner = await subgraph.request(WITHDRAW, { id: available.id }, resident);
    expect(byOwner.data!.withdrawItem).toEqual({ id: available.id, status: "WITHDRAWN", claimant: null });
  });

  it("gives NOT_FOUND for an unknown item", async () => {
    const unknown = await subgraph.request(
      CLAIM,
      { id: "5f0c7a52-0000-4000-8000-000000000000", claimantId: neighbour.personId },
      neighbour,
    );
    expectRefused(unknown, "NOT_FOUND", "NOT_FOUND");
    expectRefused(await subgraph.request(HAND_OVER, { id: "nope" }, staff), "NOT_FOUND", "NOT_FOUND");
  });

  it("lets exactly one of 20 concurrent claimants win", async () => {
    const item = await post("婴儿推车");
    const claimants = Array.from({ length: 20 }, (_, i) => ({ roles: ["RESIDENT" as const], personId: demoPersonId(200 + i) }));
    const answers = await Promise.all(claimants.map((as) => subgraph.request(CLAIM, { id: item.id, claimantId: as.personId }, as)));
    const codes = answers.map((answer) => errorCode(answer) ?? "OK");
    expect(codes.filter((code) => code === "OK")).toHaveLength(1);
    expect(codes.filter((code) => code === "CONFLICT")).toHaveLength(19);
    expect(answers.filter((answer) => answer.errors).every((answer) => answer.errors![0].extensions?.reason === "WRONG_ITEM_STATUS")).toBe(
      true,
    );
    const winner = answers.find((answer) => !answer.errors)!.data!.claimItem.claimant.id;
    expect((await statusOf(item.id)).claimant_id).toBe(winner);
    const [claims] = await subgraph.db.query(`SELECT count(*)::int AS n FROM history WHERE subject_id = $1 AND action = 'CLAIMED'`, [
      item.id,
    ]);
    expect(claims.n).toBe(1);
  });

  it("lists items by status, newest first", async () => {
    await post("儿童自行车");
    await post("旧书一箱", staff, { ownerId: demoPersonId(20) });
    const cooker = await post("电饭煲");
    const lamp = await post("台灯");
    await post("婴儿推车");
    await subgraph.request(CLAIM, { id: cooker.id, claimantId: neighbour.personId }, neighbour);
    await subgraph.request(HAND_OVER, { id: cooker.id }, resident);
    await subgraph.request(WITHDRAW, { id: lamp.id }, resident);

    const all = await subgraph.request(`{ exchangeItems { title status } }`, {}, neighbour);
    expect(all.data!.exchangeItems.map((i: { title: string }) => i.title)).toEqual([
      "婴儿推车",
      "台灯",
      "电饭煲",
      "旧书一箱",
      "儿童自行车",
    ]);
    const available = await subgraph.request(`{ exchangeItems(status: AVAILABLE) { title status } }`, {}, neighbour);
    expect(available.data!.exchangeItems.map((i: { title: string }) => i.title)).toEqual(["婴儿推车", "旧书一箱", "儿童自行车"]);
    const given = await subgraph.request(`{ exchangeItems(status: GIVEN) { title } }`, {}, neighbour);
    expect(given.data!.exchangeItems).toEqual([{ title: "电饭煲" }]);
    const first = await subgraph.request(`{ exchangeItems(first: 2) { title } }`, {}, neighbour);
    expect(first.data!.exchangeItems).toEqual([{ title: "婴儿推车" }, { title: "台灯" }]);
    expectRefused(
      await subgraph.request(`{ exchangeItems(first: 101) { title } }`, {}, neighbour),
      "BAD_USER_INPUT",
      "PAGE_SIZE_OUT_OF_RANGE",
    );
  });
});
