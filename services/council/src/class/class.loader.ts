import { entityByIdLoader, groupByKey, isUuid, type KeysetPosition, type SubgraphContext } from "@dongting/subgraph-kit";
import type { CommitteePost } from "../domain/enums.js";
import { ResidentClass } from "./resident-class.entity.js";

export const classById = (ctx: SubgraphContext) => entityByIdLoader(ctx.loaders, ctx.db.manager, ResidentClass, "residentClass");

const ORDER = { MONITOR: 0, DEPUTY_MONITOR: 1, MEMBER: 2 } as const;

/** The committee (班委会) of each class of the batch: one statement, monitor first. */
export const committeeByClass = (ctx: SubgraphContext) =>
  ctx.loaders.get<string, Array<{ personId: string; post: CommitteePost }>>("committeeByClass", async (classIds) => {
    const ids = classIds.filter(isUuid);
    const rows: Array<{ class_id: string; person_id: string; post: CommitteePost }> = ids.length
      ? await ctx.db.query(
          `SELECT class_id, person_id, post FROM class_member WHERE post IS NOT NULL AND class_id = ANY($1::uuid[]) ORDER BY joined_at, id`,
          [ids],
        )
      : [];
    return groupByKey(classIds, rows, (row) => row.class_id).map((group) =>
      group.map((row) => ({ personId: row.person_id, post: row.post })).sort((a, b) => ORDER[a.post] - ORDER[b.post]),
    );
  });

/** Members per class: one grouped COUNT for the batch. */
export const memberCountByClass = (ctx: SubgraphContext) =>
  ctx.loaders.get<string, number>("memberCountByClass", async (classIds) => {
    const ids = classIds.filter(isUuid);
    const rows: Array<{ class_id: string; n: number }> = ids.length
      ? await ctx.db.query(`SELECT class_id, count(*)::int AS n FROM class_member WHERE class_id = ANY($1::uuid[]) GROUP BY class_id`, [
          ids,
        ])
      : [];
    const counts = new Map(rows.map((row) => [row.class_id, row.n]));
    return classIds.map((id) => counts.get(id) ?? 0);
  });

export interface MemberRow {
  id: string;
  personId: string;
  joinedAt: Date;
}

/**
 * One page of members (longest-standing first) per class of the batch, in one statement: a window over the
 * batch's classes keeps `first + 1` rows of each after the keyset position.
 */
export const membersByClass = (ctx: SubgraphContext, first: number, after: KeysetPosition | null) =>
  ctx.loaders.get<string, MemberRow[]>(`membersByClass:${first}:${after?.sortKey ?? ""}:${after?.id ?? ""}`, async (classIds) => {
    const ids = classIds.filter(isUuid);
    const rows: Array<{ id: string; class_id: string; person_id: string; joined_at: Date }> = ids.length
      ? await ctx.db.query(
          `SELECT id, class_id, person_id, joined_at FROM (
             SELECT m.*, row_number() OVER (PARTITION BY class_id ORDER BY joined_at, id) AS n FROM class_member m
             WHERE class_id = ANY($1::uuid[]) AND ($2::timestamptz IS NULL OR (joined_at, id) > ($2::timestamptz, $3::uuid))
           ) ranked WHERE n <= $4 ORDER BY joined_at, id`,
          [ids, after?.sortKey ?? null, after?.id ?? null, first + 1],
        )
      : [];
    return groupByKey(classIds, rows, (row) => row.class_id).map((group) =>
      group.map((row) => ({ id: row.id, personId: row.person_id, joinedAt: new Date(row.joined_at) })),
    );
  });
