import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, type EntityManager } from "typeorm";
import type { Viewer } from "./auth.js";

/**
 * Every subgraph records its state changes (who, when, what) in its own `history` table. The entity
 * lives here so every subgraph shares one shape; each creates the table in its first migration.
 */
@Entity({ name: "history" })
@Index("history_subject_idx", ["subjectType", "subjectId", "at"])
export class HistoryEntry {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "subject_type", type: "varchar", length: 40 })
  subjectType: string;

  @Column({ name: "subject_id", type: "uuid" })
  subjectId: string;

  @Column({ type: "varchar", length: 40 })
  action: string;

  @Column({ name: "actor_id", type: "uuid", nullable: true })
  actorId: string | null;

  @Column({ type: "jsonb" })
  detail: Record<string, unknown>;

  @CreateDateColumn({ type: "timestamptz" })
  at: Date;
}

/** The SQL for a migration's `up`: identical in every subgraph so the drift check agrees. */
export const CREATE_HISTORY_TABLE_SQL = [
  `CREATE TABLE "history" (
    "id" uuid NOT NULL DEFAULT gen_random_uuid(),
    "subject_type" varchar(40) NOT NULL,
    "subject_id" uuid NOT NULL,
    "action" varchar(40) NOT NULL,
    "actor_id" uuid,
    "detail" jsonb NOT NULL,
    "at" timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT "PK_history" PRIMARY KEY ("id")
  )`,
  `CREATE INDEX "history_subject_idx" ON "history" ("subject_type", "subject_id", "at")`,
];

export async function recordHistory(
  manager: EntityManager,
  viewer: Viewer,
  entry: { subjectType: string; subjectId: string; action: string; detail?: Record<string, unknown> },
): Promise<void> {
  await manager.insert(HistoryEntry, {
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    action: entry.action,
    actorId: viewer.personId,
    detail: (entry.detail ?? {}) as never,
  });
}

export interface HistoryItem {
  subjectType: string;
  subjectId: string;
  action: string;
  detail?: Record<string, unknown>;
}

/** recordHistory for many subjects in one INSERT (a weekly series, a sweep); `actorId` null for the system. */
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
