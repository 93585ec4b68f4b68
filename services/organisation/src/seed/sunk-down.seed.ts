import type { EntityManager } from "typeorm";
import { insertInChunks } from "@dongting/subgraph-kit/seed";
import { addDays, toLocal } from "@dongting/domain/local-time";
import { SunkDownReport } from "../party/sunk-down-report.entity.js";
import { SEED_CHUNK } from "./bulk-insert.js";
import type { MembershipRow } from "./party-tree.data.js";

const WORK_UNITS = ["武昌区水务和湖泊局", "湖北省妇幼保健院", "武汉市第十四中学", "武昌区城管执法局", "国网武汉供电公司"];
const DUTIES = [["文明劝导", "垃圾分类督导"], ["义诊", "健康讲座"], ["课业辅导"], ["环境整治", "夜间巡逻"], ["用电安全检查", "入户走访"]];

/** The first sunk-down member of each unit that has any: every branch's 下沉党员 tab has a report to show. */
function firstSunkDownOfEachUnit(memberships: readonly MembershipRow[]): MembershipRow[] {
  const byUnit = new Map<string, MembershipRow>();
  for (const membership of memberships) {
    if (membership.kind === "SUNK_DOWN" && !byUnit.has(membership.orgUnitId)) byUnit.set(membership.orgUnitId, membership);
  }
  return [...byUnit.values()];
}

/** 下沉党员报到: one report for the first sunk-down member of each unit, in the weeks before `now`. */
export async function seedSunkDownReports(manager: EntityManager, memberships: readonly MembershipRow[], now: Date): Promise<void> {
  const today = toLocal(now).date;
  const rows = firstSunkDownOfEachUnit(memberships).map((membership, i) => ({
    personId: membership.personId,
    orgUnitId: membership.orgUnitId,
    workUnit: WORK_UNITS[i % WORK_UNITS.length],
    reportedOn: addDays(today, -7 * ((i % 12) + 1)),
    duties: DUTIES[i % DUTIES.length],
  }));
  await insertInChunks(manager, SunkDownReport, rows, SEED_CHUNK);
}
