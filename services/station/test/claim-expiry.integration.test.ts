import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { TestSubgraph } from "@dongting/subgraph-kit/testing";
import { claimExpiryJob } from "../src/exchange/claim-expiry.job.js";
import { definition } from "../src/definition.js";
import { at, neighbour, resetStation, resident, startStation } from "./support/station.js";

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

const POST = `mutation($input: PostItemInput!) { postItem(input: $input) { id } }`;
const CLAIM = `mutation($id: ID!, $claimantId: ID!) { claimItem(id: $id, claimantId: $claimantId) { id status } }`;
const HAND_OVER = `mutation($id: ID!) { handOverItem(id: $id) { id status } }`;
const ITEM = `query($id: ID!) { exchangeItem(id: $id) { id status claimant { id } claimedAt } }`;

async function claimed(title: string): Promise<string> {
  const posted = await subgraph.request(POST, { input: { title } }, resident);
  const id = posted.data!.postItem.id;
  const claim = await subgraph.request(CLAIM, { id, claimantId: neighbour.personId }, neighbour);
  expect(claim.errors).toBeUndefined();
  return id;
}

/** What the station process's job runner does every few minutes, at the shared clock's now. */
const runJob = () => claimExpiryJob.run(subgraph.db, subgraph.clock);

describe("百宝箱 claims expire after 3 days unhanded", () => {
  it("is one of the station's periodic jobs", () => {
    expect(definition.periodicJobs).toContain(claimExpiryJob);
  });

  it("keeps a claim for 3 days, then makes the item AVAILABLE again and records who had claimed it", async () => {
    const id = await claimed("儿童自行车");
    subgraph.clock.advanceMinutes(3 * 24 * 60 - 1);
    expect(await runJob()).toBe(0);
    expect((await subgraph.request(ITEM, { id }, resident)).data!.exchangeItem.status).toBe("RESERVED");

    subgraph.clock.advanceMinutes(1);
    expect(await runJob()).toBe(1);
    const item = (await subgraph.request(ITEM, { id }, resident)).data!.exchangeItem;
    expect(item).toMatchObject({ status: "AVAILABLE", claimant: null, claimedAt: null });
    const [history] = await subgraph.db.query(
      `SELECT action, actor_id, detail FROM history WHERE subject_id = $1 AND action = 'CLAIM_EXPIRED'`,
      [id],
    );
    expect(history).toMatchObject({ action: "CLAIM_EXPIRED", actor_id: null, detail: { claimantId: neighbour.personId } });
    // Claimable again, and a second run changes nothing.
    expect(await runJob()).toBe(0);
    const again = await subgraph.request(CLAIM, { id, claimantId: neighbour.personId }, neighbour);
    expect(again.data!.claimItem.status).toBe("RESERVED");
  });

  it("leaves handed-over items and fresh claims alone", async () => {
    const given = await claimed("旧书一箱");
    await subgraph.request(HAND_OVER, { id: given }, resident);
    subgraph.clock.advanceMinutes(2 * 24 * 60);
    const fresh = await claimed("台灯");
    subgraph.clock.advanceMinutes(2 * 24 * 60);
    expect(await runJob()).toBe(0);
    const rows = await subgraph.db.query(`SELECT id, status FROM exchange_item ORDER BY title`);
    expect(Object.fromEntries(rows.map((r: { id: string; status: string }) => [r.id, r.status]))).toEqual({
      [given]: "GIVEN",
      [fresh]: "RESERVED",
    });
  });
});
