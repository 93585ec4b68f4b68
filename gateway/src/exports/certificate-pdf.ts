import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import { woffToSfnt } from "./woff.js";

/** One line of the certificate's 服务记录: a shift served, as it stood at issue. */
export interface CertificateActivity {
  date: string;
  team: string;
  title: string;
  minutes: number;
}

/** Everything printed on a certificate (民政部《志愿服务记录与证明出具办法》2021): identity, hours, activities, issuer, number. */
export interface CertificatePdfFacts {
  number: string;
  verificationCode: string;
  holderName: string;
  /** e.g. 420106********1234: organisation masks it, the PDF never sees the full number; null when it holds none. */
  holderIdMasked: string | null;
  teamNames: string[];
  from: Date;
  to: Date;
  minutes: number;
  activities: CertificateActivity[];
  issuer: string;
  issuedAt: Date;
}

const require = createRequire(import.meta.url);
/**
 * An embedded CJK font shipped by an npm package (the PDF's standard fonts have no 汉字), read from disk once,
 * never downloaded, and unwrapped from WOFF once (see woffToSfnt: rendering from the WOFF took seconds).
 */
const CJK_FONT = woffToSfnt(
  readFileSync(require.resolve("@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff")),
);

export const formatHours = (minutes: number): string => (Math.round((minutes / 60) * 10) / 10).toFixed(1);

/** The ideographic space (U+3000) that separates a certificate's columns, as Chinese forms print them. */
const GAP = "\u3000";

const localParts = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "numeric", day: "numeric" });

/** A day as the community writes it: 2026年6月15日 (Asia/Shanghai). */
export function formatDay(at: Date): string {
  const parts = Object.fromEntries(localParts.formatToParts(at).map((part) => [part.type, part.value]));
  return `${parts.year}年${Number(parts.month)}月${Number(parts.day)}日`;
}

/** The period's last day: `to` is the exclusive end, so a period to 1 July ends on 30 June. */
const lastDay = (to: Date): Date => new Date(to.getTime() - 1);

/** Renders one A4 page (more when the activities run long) and resolves with the PDF's bytes. */
export function renderCertificatePdf(facts: CertificatePdfFacts): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 56, info: { Title: `志愿服务证明 ${facts.number}` } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.registerFont("cjk", CJK_FONT);
  doc.font("cjk");

  doc.fontSize(22).text("志愿服务证明", { align: "center" });
  doc.moveDown(0.5).fontSize(10).text(`编号：${facts.number}`, { align: "right" });
  doc.moveDown(1.5).fontSize(13);
  const identity = facts.holderIdMasked ? `（身份证号 ${facts.holderIdMasked}）` : "";
  doc.text(
    `兹证明 ${facts.holderName}${identity}于 ${formatDay(facts.from)} 至 ${formatDay(lastDay(facts.to))} 期间，` +
      `在${facts.teamNames.join("、")}参加志愿服务，累计服务时长 ${formatHours(facts.minutes)} 小时。`,
    { lineGap: 6 },
  );
  doc.moveDown(1).fontSize(12).text("服务记录：");
  doc.fontSize(10);
  for (const activity of facts.activities) {
    doc.text([activity.date, activity.team, activity.title, `${formatHours(activity.minutes)} 小时`].join(GAP), { indent: 12 });
  }
  doc.moveDown(2).fontSize(12);
  doc.text(`出具单位：${facts.issuer}（盖章）`, { align: "right" });
  doc.text(`出具日期：${formatDay(facts.issuedAt)}`, { align: "right" });
  doc.moveDown(2).fontSize(9);
  doc.text(`验证码：${facts.verificationCode}${GAP}凭编号与验证码可查询本证明的真实性（verifyCertificate）。`);
  doc.end();
  return done;
}
