// `pnpm bench:certificate`: how long the gateway takes to render one service certificate (志愿服务证明) PDF with
// the embedded Noto Sans SC subset, first (font unwrapped) and then warm, and how large the file is.
import { performance } from "node:perf_hooks";
import { renderCertificatePdf, type CertificatePdfFacts } from "../exports/certificate-pdf.js";

const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const ACTIVITIES = Number(process.env.BENCH_ACTIVITIES ?? 40);

const facts: CertificatePdfFacts = {
  number: "DT-VS-2026-000001",
  verificationCode: "ABCD2345",
  holderName: "刘洋",
  holderIdMasked: "420106********1234",
  teamNames: ["七宝巡逻队"],
  from: new Date("2026-01-01T00:00:00+08:00"),
  to: new Date("2026-07-01T00:00:00+08:00"),
  minutes: ACTIVITIES * 120,
  issuer: "东亭社区",
  issuedAt: new Date("2026-07-01T09:00:00+08:00"),
  activities: Array.from({ length: ACTIVITIES }, (_, i) => ({
    date: `2026-0${1 + (i % 6)}-${String(1 + (i % 28)).padStart(2, "0")}`,
    team: "七宝巡逻队",
    title: `夜间巡逻 第${i + 1}次`,
    minutes: 120,
  })),
};

async function timed(): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const pdf = await renderCertificatePdf(facts);
  return { ms: performance.now() - started, bytes: pdf.length };
}

const first = await timed();
const warm: number[] = [];
for (let run = 0; run < RUNS; run += 1) warm.push((await timed()).ms);
warm.sort((a, b) => a - b);
const at = (q: number) => warm[Math.min(warm.length - 1, Math.floor(q * warm.length))].toFixed(1);
console.log(
  `certificate PDF, ${ACTIVITIES} activities: first ${first.ms.toFixed(1)} ms, then over ${RUNS} renders p50 ${at(0.5)} ms, p99 ${at(0.99)} ms; ${first.bytes} bytes`,
);
