import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "@dongting/subgraph-kit";
import { type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { runEscalationSweep } from "../src/escalation/escalation-sweep.js";
import { escalationSweepJob } from "../src/escalation/escalation-sweep.job.js";
import { MUTATIONS, SUBMIT, resident, staff, submitInput, startRequestsSubgraph } from "./helpers.js";

const HOUR = 3_600_000;
const T0 = new Date("2026-04-01T09:00:00+08:00");
const at = (hours: number) => new Date(T0.getTime() + hours * HOUR);
let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startRequestsSubgraph({ start: T0 });
});
afterAll(async () => {
  await subgraph?.stop();
});

async function submit(category = "安全隐患"): Promise<string> {
  const answer = await subgraph.request(SUBMIT, { input: submitInput({ category }) }, resident);
  return answer.data!.submitRequest.id;
}

async function mutate(step: keyof typeof MUTATIONS, id: string, args: Record<string, unknown>) {
  const answer = await subgraph.request(MUTATIONS[step], { id, ...args }, staff);
  expect(answer.errors).toBeUndefined();
}

async function state(id: string) {
  const [row] = await subgraph.db.query(
    `SELECT r.level, (SELECT count(*)::int FROM request_event e WHERE e.request_id = r.id AND e.type = 'ESCALATED') AS escalations,
            (SELECT note FROM request_event e WHERE e.request_id = r.id AND e.type = 'ESCALATED' ORDER BY seq DESC LIMIT 1) AS note
     FROM resident_request r WHERE r.id = $1`,
    [id],
  );
  return row as { level: string | null; escalations: number; note: string | null };
}

describe("escalation sweep", () => {
  let unanswered: string;
  let late: string;
  let green: string;
  let resolved: string;
  let atTop: string;

  beforeAll(async () => {
    subgraph.clock.set(T0);
    unanswered = await submit(); // 安全隐患: RED by default, to be answered within 2 h
    late = await submit();
    green = await submit("其他"); // GREEN: 24 h to answer
    resolved = await submit();
    atTop = await submit();
    subgraph.clock.set(at(1));
    await mutate("accept", late, { level: "GRID", urgency: "RED" }); // resolve by T0 + 24 h
    await mutate("accept", resolved, { level: "GRID", urgency: "RED" });
    await mutate("assign", resolved, { input: { forceKind: "CADRE", assigneeName: "王" } });
    await mutate("resolve", resolved, { note: "ok" });
    await mutate("accept", atTop, { level: "DISTRICT", urgency: "RED" });
  });

  it("does nothing before any deadline", async () => {
    expect(await runEscalationSweep(subgraph.db, at(1.5))).toEqual({ escalated: 0, marked: 0 });
  });

  it("escalates an unanswered request once its response deadline passes, once", async () => {
    subgraph.clock.set(at(3));
    const overdue = await subgraph.request(`query($id: ID!) { request(id: $id) { overdue } }`, { id: unanswered }, staff);
    expect(overdue.data!.request.overdue).toBe(true);
    expect(await runEscalationSweep(subgraph.db, at(3))).toEqual({ escalated: 1, marked: 1 });
    expect(await state(unanswered)).toEqual({ level: "COMMUNITY", escalations: 1, note: "响应超时，自动上报至 COMMUNITY" });
    expect(await runEscalationSweep(subgraph.db, at(4))).toEqual({ escalated: 0, marked: 0 });
    const history = await subgraph.db.query(`SELECT actor_id, detail FROM history WHERE subject_id = $1 AND action = 'ESCALATED'`, [
      unanswered,
    ]);
    expect(history).toEqual([{ actor_id: null, detail: { by: "sweep", deadline: "RESPONSE", from: null, to: "COMMUNITY" } }]);
    const event = await subgraph.request(
      `query($id: ID!) { request(id: $id) { events { type at actor { id } } } }`,
      { id: unanswered },
      staff,
    );
    expect(event.data!.request.events.at(-1)).toEqual({ type: "ESCALATED", at: at(3).toISOString(), actor: null });
  });

  it("escalates again when the same request later misses its resolution deadline", async () => {
    subgraph.clock.set(at(4));
    await mutate("accept", unanswered, { level: "COMMUNITY", urgency: "RED" });
    // Three sweeps at once (replicas): the late requests go up exactly one level each; the GREEN
    // one has now also missed its 24 h response deadline.
    const results = await Promise.all([1, 2, 3].map(() => runEscalationSweep(subgraph.db, at(25))));
    expect(results.reduce((sum, result) => sum + result.escalated, 0)).toBe(3);
    expect(await state(unanswered)).toMatchObject({ level: "STREET", escalations: 2, note: "办理超时，自动上报至 STREET" });
    expect(await state(late)).toMatchObject({ level: "COMMUNITY", escalations: 1 });
    expect(await state(resolved)).toMatchObject({ level: "GRID", escalations: 0 });
    expect(await state(green)).toMatchObject({ level: "COMMUNITY", escalations: 1 });
  });

  it("marks a request already at DISTRICT without an event", async () => {
    expect(await state(atTop)).toMatchObject({ level: "DISTRICT", escalations: 0 });
    const [row] = await subgraph.db.query(`SELECT resolution_escalated_for IS NOT NULL AS marked FROM resident_request WHERE id = $1`, [
      atTop,
    ]);
    expect(row.marked).toBe(true);
  });

  it("does not repeat a deadline that staff escalated by hand", async () => {
    subgraph.clock.set(at(0));
    const id = await submit();
    subgraph.clock.set(at(2.5));
    await mutate("escalate", id, { reason: "超时未响应" });
    expect(await runEscalationSweep(subgraph.db, at(2.6))).toEqual({ escalated: 0, marked: 0 });
    expect(await state(id)).toMatchObject({ level: "COMMUNITY", escalations: 1 });
  });

  it("runs as a periodic job on the clock it is given", async () => {
    subgraph.clock.set(at(40));
    const id = await submit();
    expect(await escalationSweepJob.run(subgraph.db, new ManualClock(at(41)))).toBe(0);
    expect(await escalationSweepJob.run(subgraph.db, new ManualClock(at(43)))).toBe(1);
    expect(await state(id)).toMatchObject({ level: "COMMUNITY", escalations: 1 });
  });

  it("escalates a reopened request that is past its resolution deadline", async () => {
    subgraph.clock.set(at(0));
    const id = await submit();
    await mutate("accept", id, { level: "GRID", urgency: "RED" });
    await mutate("assign", id, { input: { forceKind: "CADRE", assigneeName: "王" } });
    await mutate("resolve", id, { note: "ok" });
    subgraph.clock.set(at(30));
    const rated = await subgraph.request(MUTATIONS.rate, { id, score: 1 }, resident);
    expect(rated.data!.rateRequest).toMatchObject({ status: "IN_PROGRESS", overdue: true });
    expect((await runEscalationSweep(subgraph.db, at(30))).escalated).toBeGreaterThanOrEqual(1);
    expect(await state(id)).toMatchObject({ level: "COMMUNITY", escalations: 1 });
  });
});
