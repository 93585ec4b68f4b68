import { HistoryEntry, type Viewer } from "@dongting/subgraph-kit";
import type { EntityManager } from "typeorm";

export interface HistoryItem {
  subjectType: string;
  subjectId: string;
  action: string;
  detail?: Record<string, unknown>;
}

/** Like the kit's recordHistory, for many subjects in one INSERT (a weekly series, a sweep). */
export async function recordHistories(manager: EntityManager, actorId: string | null, entries: readonly HistoryItem[]): Promise<void> {
  if (entries.length === 0) return;
  await manager.insert(
    HistoryEntry,
    entries.map((entry) => ({
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      action: entry.action,
      actorId,
      detail: (entry.detail ?? {}) as never,
    })),
  );
}

export const actorOf = (viewer: Viewer) => viewer.personId;
