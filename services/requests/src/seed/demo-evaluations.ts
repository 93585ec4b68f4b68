import { demoPersonId } from "@dongting/subgraph-kit/seed";
import { ForceKind, HandlingLevel } from "@dongting/domain/requests";
import type { DemoRequestRow } from "./demo-rows.js";

export interface DemoEvaluationRow {
  id: string;
  department: string;
  communityId: string;
  requestId: string | null;
  responseSpeed: number;
  quality: number;
  comment: string | null;
  evaluatedAt: Date;
  evaluatorId: string;
}

/** Higher-level departments the community worked with, and how many evaluations each gets a year. */
const DEPARTMENTS: Array<[name: string, count: number, mean: number]> = [
  ["区城管局", 26, 4.4],
  ["区住建局", 21, 4.1],
  ["区民政局", 18, 4.6],
  ["街道城管执法中队", 15, 4.3],
  ["区市场监管局", 11, 3.9],
  ["供电公司武昌分公司", 9, 4.7],
  ["武汉水务集团", 7, 4.2],
  ["武汉燃气东湖服务站", 5, 4.5],
  ["区公安分局", 4, 4.8],
  ["区卫健局", 3, 4.0],
];

const COMMENTS = ["响应迅速，处理到位", "协调配合积极", "处理周期偏长", "现场处置专业", "需要加强沟通反馈"];
const DAY = 24 * 3_600_000;

/**
 * About 120 evaluations (社区对上级部门评价), most tied to a request that went up to the street or
 * district or was handled by a public service; scores spread around each department's mean.
 */
export function generateDemoEvaluations(
  requests: DemoRequestRow[],
  anchor: Date,
  next: () => number,
  communityId: string,
): DemoEvaluationRow[] {
  const candidates = requests.filter(
    (row) =>
      row.resolvedAt !== null &&
      (row.level === HandlingLevel.STREET || row.level === HandlingLevel.DISTRICT || row.forceKind === ForceKind.PUBLIC_SERVICE),
  );
  const score = (mean: number) => Math.max(1, Math.min(5, Math.round(mean + (next() - 0.5) * 2.2)));
  const rows: DemoEvaluationRow[] = [];
  for (const [department, count, mean] of DEPARTMENTS) {
    const used = new Set<string>();
    for (let i = 0; i < count; i += 1) {
      const request = next() < 0.8 && candidates.length ? candidates[Math.floor(next() * candidates.length)] : null;
      const linked = request && !used.has(request.id) ? request : null;
      if (linked) used.add(linked.id);
      const base = linked?.resolvedAt?.getTime() ?? anchor.getTime() - Math.floor(next() * 360) * DAY;
      const evaluatedAt = new Date(Math.min(base + (1 + next() * 3) * DAY, anchor.getTime() - 3_600_000));
      rows.push({
        id: `00000000-0000-4000-b002-${String(rows.length + 1).padStart(12, "0")}`,
        department,
        communityId,
        requestId: linked?.id ?? null,
        responseSpeed: score(mean),
        quality: score(mean + 0.1),
        comment: next() < 0.5 ? COMMENTS[Math.floor(next() * COMMENTS.length)] : null,
        evaluatedAt,
        evaluatorId: demoPersonId(next() < 0.7 ? 2 : 1),
      });
    }
  }
  return rows;
}
