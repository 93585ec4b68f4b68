import { badUserInput, conflict, notFound, optionalText, requireId, type SubgraphContext } from "@dongting/subgraph-kit";
import { clockOf } from "../clock.js";
import { isLocalDate, toLocal } from "../domain/local-time.js";
import { SERVICE_ZONE_KINDS } from "../domain/visitors.js";
import { recordHistories } from "../history.js";
import { Zone } from "../zone/zone.entity.js";
import { VisitorLogEntry } from "./visitor-log.entity.js";
import type { RecordVisitorsInput } from "./visitor-log.input.js";

export async function recordVisitors(ctx: SubgraphContext, input: RecordVisitorsInput): Promise<VisitorLogEntry> {
  if (!isLocalDate(input.visitedOn)) throw badUserInput("visitedOn must be a date YYYY-MM-DD", { field: "visitedOn" });
  const today = toLocal(clockOf(ctx.db).now()).date;
  if (input.visitedOn > today) throw badUserInput("不能登记未来的日期 (visitedOn is in the future)", { field: "visitedOn" });
  const note = optionalText("note", input.note, 200);
  return ctx.db.transaction(async (manager) => {
    const zone = await manager.findOne(Zone, { where: { id: input.zoneId } });
    if (!zone) throw notFound("Zone", input.zoneId);
    if (!SERVICE_ZONE_KINDS.includes(zone.kind)) {
      throw badUserInput(`只有暖心驿站、儿童之家和万事通登记来访 (${zone.name} keeps no visitor log)`, { field: "zoneId" });
    }
    const entry = manager.create(VisitorLogEntry, {
      zoneId: zone.id,
      visitedOn: input.visitedOn,
      group: input.group,
      visitors: input.visitors,
      note,
      recordedBy: ctx.viewer.personId,
    });
    await manager.insert(VisitorLogEntry, entry);
    await recordHistories(manager, ctx.viewer.personId, [
      {
        subjectType: "VisitorLogEntry",
        subjectId: entry.id,
        action: "RECORDED",
        detail: { zoneId: zone.id, visitedOn: input.visitedOn, group: input.group, visitors: input.visitors },
      },
    ]);
    return entry;
  });
}

/** Removes a mistaken entry; the history keeps what it said. */
export async function deleteVisitorLogEntry(ctx: SubgraphContext, id: string): Promise<boolean> {
  requireId("VisitorLogEntry", id);
  return ctx.db.transaction(async (manager) => {
    const entry = await manager.findOne(VisitorLogEntry, { where: { id }, lock: { mode: "pessimistic_write" } });
    if (!entry) throw notFound("VisitorLogEntry", id);
    const result = await manager.delete(VisitorLogEntry, { id });
    if (result.affected !== 1) throw conflict("entry changed meanwhile");
    await recordHistories(manager, ctx.viewer.personId, [
      {
        subjectType: "VisitorLogEntry",
        subjectId: id,
        action: "DELETED",
        detail: { zoneId: entry.zoneId, visitedOn: entry.visitedOn, group: entry.group, visitors: entry.visitors },
      },
    ]);
    return true;
  });
}
