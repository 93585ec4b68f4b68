import { describe, expect, it } from "vitest";
import { asPerson, createShift, DONGTING, fromNow, ok, refused, signUp, staff, UNKNOWN } from "./support/fixtures.js";
import { UNREACHABLE_GRAPH, useFakeGraph } from "./support/fake-graph.js";
import { shuiguohuStaff } from "./support/scoped.js";
import { leader, useShiftWorld } from "./support/shift-world.js";

const ISSUE = `mutation ($v: ID!, $from: DateTime!, $to: DateTime!) {
  issueServiceCertificate(volunteerId: $v, from: $from, to: $to) {
    id number volunteer { id } from to minutes issuedAt verificationCode pdfUrl
    holderName holderIdMasked teamNames issuer activities { date team title minutes }
  }
}`;
const VERIFY = `query ($n: String!, $c: String!) { verifyCertificate(number: $n, code: $c) { number valid holder minutes issuedAt issuer } }`;
const CHECK_IN = `mutation ($shiftId: ID!, $volunteerId: ID!) { checkIn(shiftId: $shiftId, volunteerId: $volunteerId) { minutes } }`;
const CHECK_OUT = `mutation ($shiftId: ID!, $volunteerId: ID!) { checkOut(shiftId: $shiftId, volunteerId: $volunteerId) { minutes } }`;

/** The person a bearer token names (its `sub`), read without verifying: the test only looks at whose it is. */
const tokenSubject = (header: string): string => JSON.parse(Buffer.from(header.split(".")[1], "base64url").toString()).sub;

const world = useShiftWorld();
const graph = useFakeGraph();
graph.holder = { name: "刘洋", maskedIdNumber: "420106********1234" };
graph.communities = [{ id: DONGTING, name: "东亭社区居民委员会" }];

/** The volunteer serves `minutes` of a shift starting 10 minutes from the clock, and a later shift passes as a no-show of 30 minutes. */
async function serve(volunteerId: string, minutes: number): Promise<void> {
  const { subgraph, teamA } = world;
  const shift = await createShift(subgraph, teamA, 10, 240);
  await signUp(subgraph, shift, volunteerId);
  await ok(subgraph, CHECK_IN, { shiftId: shift, volunteerId }, leader);
  subgraph.clock.advanceMinutes(minutes);
  await ok(subgraph, CHECK_OUT, { shiftId: shift, volunteerId }, leader);
  const missed = await createShift(subgraph, teamA, 300, 30);
  await signUp(subgraph, missed, volunteerId);
  subgraph.clock.advanceMinutes(400);
}

describe("issueServiceCertificate and verifyCertificate", () => {
  it("certify the credited minutes with a number per community and year and a code anyone can check", async () => {
    const { subgraph, take } = world;
    const a = take();
    const from = fromNow(subgraph, 0);
    await serve(a.id, 200);
    const period = { v: a.id, from, to: fromNow(subgraph, 0) };
    const [{ code }] = await subgraph.db.query(`SELECT code FROM geo_community WHERE id = $1`, [DONGTING]);
    const first = (await ok(subgraph, ISSUE, period, staff)).issueServiceCertificate;
    expect(first).toMatchObject({
      number: `${code}-VS-2026-000001`,
      volunteer: { id: a.id },
      minutes: 200 - 60,
      // The snapshot, read over the graph with the issuing staff's own token.
      holderName: "刘洋",
      holderIdMasked: "420106********1234",
      teamNames: ["七宝巡逻队"],
      issuer: "东亭社区居民委员会",
      activities: [{ date: "2026-06-15", team: "七宝巡逻队", title: "夜间巡逻", minutes: 200 }],
    });
    expect(graph.authorizations.length).toBeGreaterThan(0);
    for (const header of graph.authorizations) expect(tokenSubject(header)).toBe(staff.personId);
    expect(first.verificationCode).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    expect(first.pdfUrl).toBe(`/exports/certificates/${first.id}.pdf`);
    const second = (await ok(subgraph, ISSUE, period, staff)).issueServiceCertificate;
    expect(second.number).toBe(`${code}-VS-2026-000002`);
    expect(second.verificationCode).not.toBe(first.verificationCode);

    const [row] = await subgraph.db.query(`SELECT activities, issued_by FROM service_certificate WHERE id = $1`, [first.id]);
    expect(row).toEqual({
      activities: [{ date: "2026-06-15", team: "七宝巡逻队", title: "夜间巡逻", minutes: 200 }],
      issued_by: staff.personId,
    });
    const [history] = await subgraph.db.query(`SELECT detail FROM history WHERE subject_id = $1 AND action = 'ISSUED'`, [first.id]);
    expect(history.detail).toMatchObject({ number: first.number, volunteerId: a.id, minutes: 140 });

    // Anyone, signed in or not: the facts with the right code (typed in lower case too), nothing with a wrong one.
    const checked = await ok(subgraph, VERIFY, { n: first.number, c: first.verificationCode.toLowerCase() });
    expect(checked.verifyCertificate).toEqual({
      number: first.number,
      valid: true,
      holder: "刘*",
      minutes: 140,
      issuedAt: first.issuedAt,
      issuer: "东亭社区居民委员会",
    });
    const invalid = { valid: false, holder: null, minutes: null, issuedAt: null, issuer: null };
    expect((await ok(subgraph, VERIFY, { n: first.number, c: second.verificationCode })).verifyCertificate).toEqual({
      number: first.number,
      ...invalid,
    });
    expect((await ok(subgraph, VERIFY, { n: `${code}-VS-2026-000099`, c: "ABCDEFGH" })).verifyCertificate).toMatchObject(invalid);
    expect((await ok(subgraph, VERIFY, { n: "nonsense", c: "x" })).verifyCertificate).toMatchObject(invalid);
  });

  it("refuses each broken rule with its code and reason and writes nothing", async () => {
    const { subgraph, take } = world;
    const [a, b] = [take(), take()];
    const from = fromNow(subgraph, 0);
    await serve(a.id, 60);
    const to = fromNow(subgraph, 0);
    await refused(subgraph, "UNAUTHENTICATED", "SIGN_IN_REQUIRED", ISSUE, { v: a.id, from, to });
    await refused(subgraph, "FORBIDDEN", "ROLE_NOT_ALLOWED", ISSUE, { v: a.id, from, to }, asPerson(a.person));
    await refused(subgraph, "FORBIDDEN", "ROLE_NOT_ALLOWED", ISSUE, { v: a.id, from, to }, leader);
    await refused(subgraph, "FORBIDDEN", "OUT_OF_SCOPE", ISSUE, { v: a.id, from, to }, shuiguohuStaff);
    await refused(subgraph, "NOT_FOUND", "NOT_FOUND", ISSUE, { v: UNKNOWN, from, to }, staff);
    await refused(subgraph, "BAD_USER_INPUT", "CERTIFICATE_PERIOD_NOT_OVER", ISSUE, { v: a.id, from, to: fromNow(subgraph, 1) }, staff);
    await refused(subgraph, "BAD_USER_INPUT", "INVALID_TIME_WINDOW", ISSUE, { v: a.id, from: to, to: from }, staff);
    await refused(subgraph, "CONFLICT", "NO_SERVICE_IN_PERIOD", ISSUE, { v: b.id, from, to }, staff);
    // 60 served, 60 deducted for the missed half hour: nothing left to certify.
    await refused(subgraph, "CONFLICT", "NO_SERVICE_IN_PERIOD", ISSUE, { v: a.id, from, to }, staff);
  });

  it("numbers concurrent issues without twins or gaps", async () => {
    const { subgraph, take } = world;
    const a = take();
    const from = fromNow(subgraph, 0);
    await serve(a.id, 240);
    const period = { v: a.id, from, to: fromNow(subgraph, 0) };
    const before: Array<{ n: number }> = await subgraph.db.query(`SELECT count(*)::int AS n FROM service_certificate`);
    const answers = await Promise.all(Array.from({ length: 6 }, () => subgraph.request(ISSUE, period, staff)));
    expect(answers.filter((answer) => answer.errors)).toEqual([]);
    const sequences = answers.map((answer: any) => Number(answer.data.issueServiceCertificate.number.slice(-6))).sort((x, y) => x - y);
    const start = before[0].n + 1;
    expect(sequences).toEqual(Array.from({ length: 6 }, (_, i) => start + i));
  });

  it("refuses HOLDER_NOT_READABLE, writing nothing, when the name cannot be read or the graph does not answer", async () => {
    const { subgraph, take } = world;
    const a = take();
    const from = fromNow(subgraph, 0);
    await serve(a.id, 240);
    const period = { v: a.id, from, to: fromNow(subgraph, 0) };
    graph.answer = "name_forbidden";
    await refused(subgraph, "FORBIDDEN", "HOLDER_NOT_READABLE", ISSUE, period, staff);
    const graphUrl = process.env.GRAPH_URL;
    process.env.GRAPH_URL = UNREACHABLE_GRAPH;
    try {
      await refused(subgraph, "FORBIDDEN", "HOLDER_NOT_READABLE", ISSUE, period, staff);
    } finally {
      process.env.GRAPH_URL = graphUrl;
    }
    // Organisation without Person.maskedIdNumber yet: the name alone, the ID left blank.
    graph.answer = "no_id_field";
    const issued = (await ok(subgraph, ISSUE, period, staff)).issueServiceCertificate;
    expect(issued).toMatchObject({ holderName: "刘洋", holderIdMasked: null });
  });

  it("lets the holder and the issuing community's staff read a certificate, and nobody else", async () => {
    const { subgraph, take } = world;
    const [a, b] = [take(), take()];
    const from = fromNow(subgraph, 0);
    await serve(a.id, 240);
    const issued = (await ok(subgraph, ISSUE, { v: a.id, from, to: fromNow(subgraph, 0) }, staff)).issueServiceCertificate;
    const ONE = `query ($id: ID!) { serviceCertificate(id: $id) { id number holderName holderIdMasked teamNames issuer minutes pdfUrl activities { title } } }`;
    const LIST = `query ($v: ID!) { serviceCertificates(volunteerId: $v) { id number } }`;
    for (const reader of [asPerson(a.person), staff]) {
      const read = (await ok(subgraph, ONE, { id: issued.id }, reader)).serviceCertificate;
      expect(read).toMatchObject({ id: issued.id, holderName: "刘洋", issuer: "东亭社区居民委员会", pdfUrl: issued.pdfUrl });
      expect((await ok(subgraph, LIST, { v: a.id }, reader)).serviceCertificates).toContainEqual({ id: issued.id, number: issued.number });
    }
    for (const other of [asPerson(b.person), shuiguohuStaff, leader]) {
      await refused(subgraph, "FORBIDDEN", "OUT_OF_SCOPE", ONE, { id: issued.id }, other);
      expect((await ok(subgraph, LIST, { v: a.id }, other)).serviceCertificates).toEqual([]);
    }
    await refused(subgraph, "UNAUTHENTICATED", "SIGN_IN_REQUIRED", ONE, { id: issued.id });
    await refused(subgraph, "NOT_FOUND", "NOT_FOUND", ONE, { id: UNKNOWN }, staff);
  });
});
