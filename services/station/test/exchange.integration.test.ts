import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPersonId } from "@dongting/subgraph-kit";
import { errorCode, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import type { ManualClock } from "../src/clock.js";
import { countRows, integrator, neighbour, resident, staff, startStation, at } from "./support/station.js";

let subgraph: TestSubgraph;
let clock: ManualClock;
beforeAll(async () => {
  ({ subgraph, clock } = await startStation(at("2026-03-02T08:00")));
});
afterAll(async () => {
  await subgraph?.stop();
});

const POST = `mutation($input: PostItemInput!) { postItem(input: $input) { id title description status owner { id } claimant { id } postedAt } }`;
const CLAIM = `mutation($id: ID!, $claimantId: ID!) { claimItem(id: $id, claimantId: $claimantId) { id status claimant { id } } }`;
const HAND_OVER = `mutation($id: ID!) { handOverItem(id: $id) { id status claimant { id } } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawItem(id: $id) { id status claimant { id } } }`;

async function post(title: string, as = resident, extra: Record<string, unknown> = {}) {
  const answer = await subgraph.request(POST, { input: { title, ...extra } }, as);
  expect(answer.errors).toBeUndefined();
  clock.advanceMinutes(1);
  return answer.data!.postItem;
}

async function statusOf(id: string) {
  const [row] = await subgraph.db.query(`SELECT status, claimant_id FROM exchange_item WHERE id = $1`, [id]);
  return row;
}

async function expectUnchanged(run: () => Promise<any>, code: string, id: string | null) {
  const before = id ? await statusOf(id) : null;
  const items = await countRows(subgraph, "exchange_item");
  const history = await countRows(subgraph, "history");
  const answer = await run();
  expect(errorCode(answer), JSON.stringify(answer.errors)).toBe(code);
  if (id) expect(await statusOf(id)).toEqual(before);
  expect(await countRows(subgraph, "exchange_item")).toBe(items);
  expect(await countRows(subgraph, "history")).toBe(history);
}

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
    await expectUnchanged(() => subgraph.request(POST, { input: { title: "x", ownerId: demoPersonId(20) } }, resident), "FORBIDDEN", null);
  });

  it.each([
    ["a blank title", { title: "  " }],
    ["a title over 60 characters", { title: "书".repeat(61) }],
    ["a description over 500 characters", { title: "书", description: "字".repeat(501) }],
  ])("refuses %s with BAD_USER_INPUT", async (_label, input) => {
    await expectUnchanged(() => subgraph.request(POST, { input }, resident), "BAD_USER_INPUT", null);
  });

  it("refuses anonymous callers and integrators", async () => {
    await expectUnchanged(() => subgraph.request(POST, { input: { title: "x" } }), "UNAUTHENTICATED", null);
    await expectUnchanged(() => subgraph.request(POST, { input: { title: "x" } }, integrator), "FORBIDDEN", null);
  });

  it("claims, then hands over; each step only from the right status", async () => {
    const item = await post("电饭煲");
    await expectUnchanged(
      () => subgraph.request(CLAIM, { id: item.id, claimantId: resident.personId }, resident),
      "BAD_USER_INPUT",
      item.id,
    );
    await expectUnchanged(() => subgraph.request(CLAIM, { id: item.id, claimantId: demoPersonId(30) }, neighbour), "FORBIDDEN", item.id);
    await expectUnchanged(() => subgraph.request(HAND_OVER, { id: item.id }, resident), "CONFLICT", item.id);
    const claimed = await subgraph.request(CLAIM, { id: item.id, claimantId: neighbour.personId }, neighbour);
    expect(claimed.data!.claimItem).toEqual({ id: item.id, status: "RESERVED", claimant: { id: neighbour.personId } });
    await expectUnchanged(() => subgraph.request(CLAIM, { id: item.id, claimantId: demoPersonId(30) }, staff), "CONFLICT", item.id);
    await expectUnchanged(() => subgraph.request(HAND_OVER, { id: item.id }, neighbour), "FORBIDDEN", item.id);
    const given = await subgraph.request(HAND_OVER, { id: item.id }, resident);
    expect(given.data!.handOverItem).toEqual({ id: item.id, status: "GIVEN", claimant: { id: neighbour.personId } });
    await expectUnchanged(() => subgraph.request(WITHDRAW, { id: item.id }, resident), "CONFLICT", item.id);
    const history = await subgraph.db.query(`SELECT action FROM history WHERE subject_id = $1 ORDER BY at`, [item.id]);
    expect(history.map((h: { action: string }) => h.action)).toEqual(["POSTED", "CLAIMED", "GIVEN"]);
  });

  it("withdraws an item, reserved or not, by its owner or station staff", async () => {
    const item = await post("台灯");
    await subgraph.request(CLAIM, { id: item.id, claimantId: neighbour.personId }, neighbour);
    await expectUnchanged(() => subgraph.request(WITHDRAW, { id: item.id }, neighbour), "FORBIDDEN", item.id);
    const withdrawn = await subgraph.request(WITHDRAW, { id: item.id }, staff);
    expect(withdrawn.data!.withdrawItem).toEqual({ id: item.id, status: "WITHDRAWN", claimant: null });
  });

  it("gives NOT_FOUND for an unknown item", async () => {
    expect(
      errorCode(await subgraph.request(CLAIM, { id: "5f0c7a52-0000-4000-8000-000000000000", claimantId: neighbour.personId }, neighbour)),
    ).toBe("NOT_FOUND");
    expect(errorCode(await subgraph.request(HAND_OVER, { id: "nope" }, staff))).toBe("NOT_FOUND");
  });

  it("lets exactly one of 20 concurrent claimants win", async () => {
    const item = await post("婴儿推车");
    const claimants = Array.from({ length: 20 }, (_, i) => ({ roles: ["RESIDENT" as const], personId: demoPersonId(200 + i) }));
    const answers = await Promise.all(claimants.map((as) => subgraph.request(CLAIM, { id: item.id, claimantId: as.personId }, as)));
    const codes = answers.map((answer) => errorCode(answer) ?? "OK");
    expect(codes.filter((code) => code === "OK")).toHaveLength(1);
    expect(codes.filter((code) => code === "CONFLICT")).toHaveLength(19);
    const winner = answers.find((answer) => !answer.errors)!.data!.claimItem.claimant.id;
    expect((await statusOf(item.id)).claimant_id).toBe(winner);
    const [claims] = await subgraph.db.query(`SELECT count(*)::int AS n FROM history WHERE subject_id = $1 AND action = 'CLAIMED'`, [
      item.id,
    ]);
    expect(claims.n).toBe(1);
  });

  it("lists items by status, newest first", async () => {
    const all = await subgraph.request(`{ exchangeItems { title status } }`);
    expect(all.data!.exchangeItems.map((i: { title: string }) => i.title)).toEqual([
      "婴儿推车",
      "台灯",
      "电饭煲",
      "旧书一箱",
      "儿童自行车",
    ]);
    const available = await subgraph.request(`{ exchangeItems(status: AVAILABLE) { title status } }`);
    expect(available.data!.exchangeItems.map((i: { title: string }) => i.title)).toEqual(["旧书一箱", "儿童自行车"]);
    const given = await subgraph.request(`{ exchangeItems(status: GIVEN) { title } }`);
    expect(given.data!.exchangeItems).toEqual([{ title: "电饭煲" }]);
  });
});
