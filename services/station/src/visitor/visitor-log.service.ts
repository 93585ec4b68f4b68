import { badUserInput, conflict, notFound, optionalText, recordHistories, requireId, type SubgraphContext } from "@dongting/subgraph-kit";
import { isLocalDate, toLocal } from "@dongting/domain/local-time";
import { reasonMessage } from "@dongting/domain/reasons/common";
import { STATION_REASONS } from "@dongting/domain/reasons/station";
import { VISITOR_NOTE_MAX_LENGTH } from "@dongting/domain/station";
import { keepsVisitorLog } from "@dongting/domain/station-calendar";
import { requireStaffIn, staffReach } from "../access.js";
import { Zone } from "../zone/zone.entity.js";
import { VisitorLogEntry } from "./visitor-log.entity.js";
import type { RecordVisitorsInput } from "./visitor-log.input.js";

export async function recordVisitors(ctx: SubgraphContext, input: RecordVisitorsInput): Promise<VisitorLogEntry> {
  if (!isLocalDate(input.visitedOn)) {
    throw badUserInput("INVALID_DATE", reasonMessage(STATION_REASONS.INVALID_DATE), { field: "visitedOn" });
  }
  const today = toLocal(ctx.clock.now()).date;
  if (input.visitedOn > today)
    throw badUserInput("VISIT_IN_FUTURE", reasonMessage(STATION_REASONS.VISIT_IN_FUTURE), { field: "visitedOn" });
  const note = optionalText("note", input.note, VISITOR_NOTE_MAX_LENGTH);
  const reach = await staffReach(ctx, "write");
  return ctx.db.transaction(async (manager) => {
    const zone = await manager.findOne(Zone, { where: { id: input.zoneId } });
    if (!zone) throw notFound("Zone", input.zoneId);
    requireStaffIn(reach, zone.communityId);
    if (!keepsVisitorLog(zone.kind)) {
      throw badUserInput("ZONE_KEEPS_NO_VISITOR_LOG", `只有暖心驿站、儿童之家和万事通登记来访 (${zone.name} keeps no visitor log)`, {
        field: "zoneId",
      });
    }
    const entry = manager.create(VisitorLogEntry, {
      zoneId: zone.id,
      communityId: zone.communityId,
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
  const reach = await staffReach(ctx, "write");
  return ctx.db.transaction(async (manager) => {
    const entry = await manager.findOne(VisitorLogEntry, { where: { id }, lock: { mode: "pessimistic_write" } });
    if (!entry) throw notFound("VisitorLogEntry", id);
    requireStaffIn(reach, entry.communityId);
    const result = await manager.delete(VisitorLogEntry, { id });
    if (result.affected !== 1) throw conflict("VISITOR_ENTRY_CHANGED", reasonMessage(STATION_REASONS.VISITOR_ENTRY_CHANGED));
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
