import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPersonId } from "@dongting/subgraph-kit/seed";
import { expectRefused, expectRefusedWithoutWrites, TEST_NOW, type TestSubgraph } from "@dongting/subgraph-kit/testing";
import { REQUEST_DESCRIPTION_MAX, REQUEST_TITLE_MAX } from "@dongting/domain/requests";
import { SUBMIT, admin, otherResident, resident, staff, submitInput, tableCounts, volunteer, startRequestsSubgraph } from "./helpers.js";

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startRequestsSubgraph();
});
afterAll(async () => {
  await subgraph?.stop();
});

describe("submitRequest", () => {
  it("files a resident's request for the caller with a code and a SUBMITTED event", async () => {
    const answer = await subgraph.request(SUBMIT, { input: submitInput({ title: "  3栋楼道灯不亮  " }) }, resident);
    expect(answer.errors).toBeUndefined();
    const request = answer.data!.submitRequest;
    expect(request).toMatchObject({
      title: "3栋楼道灯不亮",
      status: "SUBMITTED",
      channel: "WECHAT",
      category: "设施维修",
      level: null,
      urgency: null,
      overdue: false,
      submitter: { id: resident.personId },
      grid: null,
      patrolShift: null,
    });
    expect(request.code).toMatch(/^DT-2026-\d{6}$/);
    expect(request.submittedAt).toBe(TEST_NOW);
    expect(request.events).toEqual([{ at: TEST_NOW, type: "SUBMITTED", note: null, actor: { id: resident.personId } }]);
    const history = await subgraph.db.query(`SELECT action, actor_id FROM history WHERE subject_id = $1`, [request.id]);
    expect(history).toEqual([{ action: "SUBMITTED", actor_id: resident.personId }]);
  });

  it("lets a resident name themselves as submitter", async () => {
    const answer = await subgraph.request(SUBMIT, { input: submitInput({ submitterId: resident.personId }) }, resident);
    expect(answer.data!.submitRequest.submitter).toEqual({ id: resident.personId });
  });

  it("lets staff enter a request for a resident received by phone, with the staff member as actor", async () => {
    const patrolShiftId = "5f0c7a52-0000-4000-8000-0000000000aa";
    const answer = await subgraph.request(
      SUBMIT,
      { input: submitInput({ channel: "HOTLINE", submitterId: otherResident.personId, patrolShiftId }) },
      staff,
    );
    expect(answer.errors).toBeUndefined();
    const request = answer.data!.submitRequest;
    expect(request.submitter).toEqual({ id: otherResident.personId });
    expect(request.patrolShift).toEqual({ id: patrolShiftId });
    expect(request.events[0].actor).toEqual({ id: staff.personId });
  });

  it("refuses a resident submitting for someone else with FORBIDDEN SUBMITTER_NOT_SELF and writes nothing", async () => {
    const input = submitInput({ submitterId: otherResident.personId });
    await expectRefusedWithoutWrites(subgraph, () => subgraph.request(SUBMIT, { input }, resident), "FORBIDDEN", "SUBMITTER_NOT_SELF");
  });

  it("refuses a volunteer submitting for someone else with FORBIDDEN SUBMITTER_NOT_SELF", async () => {
    const answer = await subgraph.request(SUBMIT, { input: submitInput({ submitterId: otherResident.personId }) }, volunteer);
    expectRefused(answer, "FORBIDDEN", "SUBMITTER_NOT_SELF");
  });

  it("refuses an anonymous caller with UNAUTHENTICATED and writes nothing", async () => {
    await expectRefusedWithoutWrites(
      subgraph,
      () => subgraph.request(SUBMIT, { input: submitInput() }),
      "UNAUTHENTICATED",
      "SIGN_IN_REQUIRED",
    );
  });

  it.each([
    ["a blank title", { title: "   " }, "TEXT_BLANK"],
    ["a title over 80 characters", { title: "灯".repeat(REQUEST_TITLE_MAX + 1) }, "INVALID_INPUT"],
    ["a blank description", { description: " \n " }, "TEXT_BLANK"],
    ["a description over 2,000 characters", { description: "灯".repeat(REQUEST_DESCRIPTION_MAX + 1) }, "INVALID_INPUT"],
    ["an unknown category", { category: "不存在的分类" }, "UNKNOWN_CATEGORY"],
    ["a submitter id that is not an id", { submitterId: "person-4" }, "INVALID_INPUT"],
    ["an empty idempotency key", { clientRequestId: "" }, "INVALID_INPUT"],
  ])("refuses %s with BAD_USER_INPUT and writes nothing", async (_label, overrides, reason) => {
    const input = submitInput(overrides);
    await expectRefusedWithoutWrites(subgraph, () => subgraph.request(SUBMIT, { input }, staff), "BAD_USER_INPUT", reason);
  });

  it("lists every failing field of the input with its constraint", async () => {
    const input = submitInput({ title: "灯".repeat(REQUEST_TITLE_MAX + 1), submitterId: "person-4", clientRequestId: "" });
    const error = expectRefused(await subgraph.request(SUBMIT, { input }, staff), "BAD_USER_INPUT", "INVALID_INPUT");
    const fields = (error.extensions!.fields as Array<{ field: string; constraint: string }>).map(({ field, constraint }) => ({
      field,
      constraint,
    }));
    expect(fields).toEqual(
      expect.arrayContaining([
        { field: "input.title", constraint: "maxLength" },
        { field: "input.submitterId", constraint: "isUuid" },
        { field: "input.clientRequestId", constraint: "minLength" },
      ]),
    );
    expect(fields).toHaveLength(3);
  });

  it("accepts 80 characters and 2,000 characters once trimmed", async () => {
    const title = ` ${"灯".repeat(80)} `;
    const description = `\n${"修".repeat(2000)}\n`;
    const answer = await subgraph.request(SUBMIT, { input: submitInput({ title, description }) }, resident);
    expect(answer.errors).toBeUndefined();
    expect([...answer.data!.submitRequest.title]).toHaveLength(80);
  });

  it("needs a submitter when the caller is not a person", async () => {
    await expectRefusedWithoutWrites(
      subgraph,
      () => subgraph.request(SUBMIT, { input: submitInput() }, admin),
      "BAD_USER_INPUT",
      "SUBMITTER_REQUIRED",
    );
    const named = await subgraph.request(SUBMIT, { input: submitInput({ submitterId: demoPersonId(77) }) }, admin);
    expect(named.data!.submitRequest.submitter).toEqual({ id: demoPersonId(77) });
  });

  it("returns the first request when the same key is submitted again, whatever the second says", async () => {
    const input = submitInput();
    const first = await subgraph.request(SUBMIT, { input }, resident);
    const before = await tableCounts(subgraph);
    const again = await subgraph.request(SUBMIT, { input: { ...input, title: "另一个标题" } }, resident);
    expect(again.data!.submitRequest.id).toBe(first.data!.submitRequest.id);
    expect(again.data!.submitRequest.title).toBe(first.data!.submitRequest.title);
    expect(await tableCounts(subgraph)).toEqual(before);
  });

  it("keeps keys per submitter: another resident's same key is another request", async () => {
    const input = submitInput();
    const mine = await subgraph.request(SUBMIT, { input }, resident);
    const theirs = await subgraph.request(SUBMIT, { input }, otherResident);
    expect(theirs.data!.submitRequest.id).not.toBe(mine.data!.submitRequest.id);
  });

  it("creates one request for ten concurrent submissions with the same key, and all return it", async () => {
    const input = submitInput();
    const before = await tableCounts(subgraph);
    const answers = await Promise.all(Array.from({ length: 10 }, () => subgraph.request(SUBMIT, { input }, resident)));
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    const ids = new Set(answers.map((answer) => answer.data!.submitRequest.id));
    expect(ids.size).toBe(1);
    const rows = await subgraph.db.query(`SELECT count(*)::int AS n FROM resident_request WHERE client_request_id = $1`, [
      input.clientRequestId,
    ]);
    expect(rows[0].n).toBe(1);
    const after = await tableCounts(subgraph);
    expect(after.requests).toBe(before.requests + 1);
    expect(after.numbers).toBe(before.numbers + 1);
  });

  it("issues unique, increasing codes under concurrent submissions", async () => {
    const answers = await Promise.all(Array.from({ length: 12 }, () => subgraph.request(SUBMIT, { input: submitInput() }, resident)));
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    const rows: Array<{ code: string }> = await subgraph.db.query(`SELECT code FROM resident_request ORDER BY submitted_at, code`);
    const codes = rows.map((row) => row.code);
    expect(new Set(codes).size).toBe(codes.length);
    const numbers = codes.map((code) => Number(code.slice(-6)));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(numbers.at(-1)).toBe(numbers.length);
  });
});

describe("request(id)", () => {
  const READ = `query($id: ID!) { request(id: $id) { id code submitter { id } events { type } } }`;
  let id: string;
  beforeAll(async () => {
    const answer = await subgraph.request(SUBMIT, { input: submitInput() }, resident);
    id = answer.data!.submitRequest.id;
  });

  it("answers the submitter and staff", async () => {
    for (const as of [resident, staff]) {
      const answer = await subgraph.request(READ, { id }, as);
      expect(answer.data!.request).toMatchObject({ id, submitter: { id: resident.personId }, events: [{ type: "SUBMITTED" }] });
    }
  });

  it("refuses another resident with FORBIDDEN NOT_OWN_REQUEST", async () => {
    expectRefused(await subgraph.request(READ, { id }, otherResident), "FORBIDDEN", "NOT_OWN_REQUEST");
  });

  it("refuses an anonymous caller with UNAUTHENTICATED", async () => {
    expectRefused(await subgraph.request(READ, { id }), "UNAUTHENTICATED", "SIGN_IN_REQUIRED");
  });

  it("answers null for an unknown id", async () => {
    for (const unknown of ["5f0c7a52-0000-4000-8000-000000000000", "not-an-id"]) {
      const answer = await subgraph.request(READ, { id: unknown }, staff);
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.request).toBeNull();
    }
  });

  it("resolves ResidentRequest references for staff and the submitter in one statement", async () => {
    // The submitter's check loads the request through the same loader the reference resolver uses.
    for (const as of [staff, resident]) {
      subgraph.sql.reset();
      const answer = await subgraph.request(
        `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on ResidentRequest { id code } } }`,
        {
          reps: [
            { __typename: "ResidentRequest", id },
            { __typename: "ResidentRequest", id },
          ],
        },
        as,
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.data!._entities).toEqual([
        { id, code: expect.stringMatching(/^DT-/) },
        { id, code: expect.stringMatching(/^DT-/) },
      ]);
      expect(subgraph.sql.count(/FROM "resident_request"/i)).toBe(1);
    }
  });
});
