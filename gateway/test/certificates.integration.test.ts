// The service certificate PDF (issue 13, point 2) across a running stack: staff issue a certificate (the
// volunteers subgraph reads the holder's name over the stack's graph with their own token), the gateway under
// test, started here from its sources, renders it for the holder and the issuing staff, and nobody else.
import { readDevSecret } from "@dongting/subgraph-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractText, getDocumentProxy } from "unpdf";
import { formatHours, renderCertificatePdf } from "../src/exports/certificate-pdf.js";
import { startGateway } from "../src/gateway-server.js";
import { DEFAULT_LIMITS } from "../src/limits/operation-limits.js";
import { readSupergraph } from "../src/supergraph.js";
import { graphClient } from "./support/graph-client.js";
import { personaOf } from "./support/viewers.js";
import { startTestStack, type RunningStack } from "./stack.js";

// May 2026 in Dongting: over before the stack's clock (Monday 15 June 2026).
const FROM = "2026-05-01T00:00:00+08:00";
const TO = "2026-06-01T00:00:00+08:00";
const UNKNOWN = "5f0c7a52-0000-4000-8000-000000000000";

let stack: RunningStack;
let client: ReturnType<typeof graphClient>;
let gateway: Awaited<ReturnType<typeof startGateway>>;
const tokens = { staff: "", holder: "", resident: "" };
let certificate: {
  id: string;
  number: string;
  minutes: number;
  holderName: string;
  issuer: string;
  verificationCode: string;
  pdfUrl: string;
};

async function download(path: string, token?: string) {
  const response = await fetch(`${gateway.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const bytes = Buffer.from(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, bytes, json: () => JSON.parse(bytes.toString("utf8")) };
}

const pdfText = async (bytes: Uint8Array) =>
  (await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true })).text.replace(/\s+/g, "");

describe("the certificate PDF, rendered alone", () => {
  it("holds the name, the masked ID, the hours, the activities, the issuer and the number", async () => {
    const pdf = await renderCertificatePdf({
      number: "DT-VS-2026-000042",
      verificationCode: "K7M2Q9XA",
      holderName: "刘洋",
      holderIdMasked: "420106********1234",
      teamNames: ["七宝巡逻队"],
      from: new Date("2026-01-01T00:00:00+08:00"),
      to: new Date("2026-07-01T00:00:00+08:00"),
      minutes: 750,
      activities: [{ date: "2026-06-13", team: "七宝巡逻队", title: "夜间巡逻", minutes: 120 }],
      issuer: "东亭社区居民委员会",
      issuedAt: new Date("2026-07-02T10:00:00+08:00"),
    });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = await pdfText(pdf);
    for (const expected of [
      "志愿服务证明",
      "刘洋",
      "420106********1234",
      "12.5小时",
      "DT-VS-2026-000042",
      "K7M2Q9XA",
      "东亭社区居民委员会",
    ]) {
      expect(text).toContain(expected);
    }
    // The period's last day: `to` is exclusive.
    expect(text).toContain("2026年6月30日");
  });
});

beforeAll(async () => {
  stack = await startTestStack({ BACKGROUND_JOBS: "false" });
  client = graphClient(stack);
  gateway = await startGateway({
    port: 0,
    supergraphSdl: readSupergraph(),
    auth: { mode: "dev", secret: readDevSecret() },
    limits: DEFAULT_LIMITS,
    subgraphUrlOverrides: stack.urls.subgraphs,
    subgraphTimeoutMs: 10_000,
    bodyLimitBytes: 100_000,
    corsOrigins: [],
  });
  tokens.staff = await client.tokenFor({ personId: personaOf("COMMUNITY_STAFF")! });
  tokens.resident = await client.tokenFor({ personId: personaOf("RESIDENT")! });
  const ranking = await client.read(
    tokens.staff,
    `query($from: DateTime!, $to: DateTime!) { volunteerServiceRanking(from: $from, to: $to, first: 1) { volunteer { id person { id name } } summary { creditedMinutes } } }`,
    { from: FROM, to: TO },
  );
  const [{ volunteer }] = ranking.volunteerServiceRanking;
  tokens.holder = await client.tokenFor({ personId: volunteer.person.id });
  const issued = await client.read(
    tokens.staff,
    `mutation($v: ID!, $from: DateTime!, $to: DateTime!) {
      issueServiceCertificate(volunteerId: $v, from: $from, to: $to) { id number minutes holderName issuer verificationCode pdfUrl }
    }`,
    { v: volunteer.id, from: FROM, to: TO },
  );
  certificate = issued.issueServiceCertificate;
  expect(certificate.holderName).toBe(volunteer.person.name);
});
afterAll(async () => {
  await gateway?.stop();
  await stack?.stop();
});

describe("GET /exports/certificates/<id>.pdf", () => {
  it("renders the certificate for the issuing staff and for the holder, with the name, the hours and the number", async () => {
    expect(certificate.pdfUrl).toBe(`/exports/certificates/${certificate.id}.pdf`);
    expect(certificate.issuer).toBeTruthy();
    for (const token of [tokens.staff, tokens.holder]) {
      const file = await download(certificate.pdfUrl, token);
      expect(file.status).toBe(200);
      expect(file.headers.get("content-type")).toBe("application/pdf");
      expect(file.headers.get("cache-control")).toBe("no-store");
      expect(file.headers.get("content-disposition")).toContain(`certificate_${certificate.number}.pdf`);
      const text = await pdfText(file.bytes);
      expect(text).toContain(certificate.holderName);
      expect(text).toContain(`${formatHours(certificate.minutes)}小时`);
      expect(text).toContain(certificate.number);
      expect(text).toContain(certificate.issuer);
    }
  });

  it("is checked by anyone with the number and code: the holder masked", async () => {
    const { verifyCertificate } = await client.read(
      undefined,
      `query($n: String!, $c: String!) { verifyCertificate(number: $n, code: $c) { valid holder minutes issuer } }`,
      { n: certificate.number, c: certificate.verificationCode },
    );
    expect(verifyCertificate).toEqual({
      valid: true,
      holder: `${[...certificate.holderName][0]}*`,
      minutes: certificate.minutes,
      issuer: certificate.issuer,
    });
  });

  it("answers 401 without a good token, 403 to others, 404 for no such certificate, all as JSON", async () => {
    const anonymous = await download(certificate.pdfUrl);
    expect(anonymous.status).toBe(401);
    expect(anonymous.json()).toMatchObject({ code: "UNAUTHENTICATED", reason: "SIGN_IN_REQUIRED" });
    expect((await download(certificate.pdfUrl, "not-a-token")).status).toBe(401);
    const other = await download(certificate.pdfUrl, tokens.resident);
    expect(other.status).toBe(403);
    expect(other.headers.get("content-type")).toMatch(/^application\/json/);
    expect(other.json()).toMatchObject({ code: "FORBIDDEN" });
    for (const id of [UNKNOWN, "nonsense"]) {
      const missing = await download(`/exports/certificates/${id}.pdf`, tokens.staff);
      expect(missing.status).toBe(404);
      expect(missing.json()).toMatchObject({ code: "NOT_FOUND" });
    }
  });
});
