import type { EntityManager } from "typeorm";
import { isUuid, type RequestLoader, type SubgraphContext } from "@dongting/subgraph-kit";

/*
 * "Is this person a member of a unit handling this request?": the question the worklist rules ask (reading
 * the request, starting and resolving it). Kept free of the entities so access.ts can ask it without
 * importing the unit area's classes.
 */

const HANDLING_MEMBER_SQL = `EXISTS (SELECT 1 FROM "request_unit" ru JOIN "service_unit_member" m ON m."unit_id" = ru."unit_id"
  WHERE ru."request_id" = $1 AND m."person_id" = $2)`;

/** One statement, inside the caller's transaction (start and resolve ask it after locking the request). */
export async function isHandlingMember(manager: EntityManager, requestId: string, personId: string | null): Promise<boolean> {
  if (!personId) return false;
  const [row] = await manager.query(`SELECT ${HANDLING_MEMBER_SQL} AS "member"`, [requestId, personId]);
  return row?.member === true;
}

/** For reads: whether the viewer is a member of a unit handling each request, one statement per batch. */
export const viewerHandlesRequest = (ctx: SubgraphContext): RequestLoader<string, boolean> =>
  ctx.loaders.get<string, boolean>("viewerHandlesRequest", async (requestIds) => {
    const personId = ctx.viewer.personId;
    const valid = requestIds.filter(isUuid);
    if (!personId || valid.length === 0) return requestIds.map(() => false);
    const rows: Array<{ request_id: string }> = await ctx.db.query(
      `SELECT DISTINCT ru."request_id" FROM "request_unit" ru JOIN "service_unit_member" m ON m."unit_id" = ru."unit_id"
       WHERE ru."request_id" = ANY($1::uuid[]) AND m."person_id" = $2`,
      [valid, personId],
    );
    const handled = new Set(rows.map((row) => row.request_id));
    return requestIds.map((id) => handled.has(id));
  });

/** Whether the viewer is a member of `unitId` (a unit's worklist opens to its members): one statement. */
export async function viewerIsUnitMember(ctx: SubgraphContext, unitId: string): Promise<boolean> {
  const personId = ctx.viewer.personId;
  if (!personId || !isUuid(unitId)) return false;
  const [row] = await ctx.db.query(
    `SELECT EXISTS (SELECT 1 FROM "service_unit_member" WHERE "unit_id" = $1 AND "person_id" = $2) AS "member"`,
    [unitId, personId],
  );
  return row?.member === true;
}

/** The worklist conditions on a request list's alias `r`, for a QueryBuilder's `andWhere` (named parameters). */
export const ASSIGNED_TO_SQL = `EXISTS (SELECT 1 FROM "request_unit" mine JOIN "service_unit_member" me ON me."unit_id" = mine."unit_id"
  WHERE mine."request_id" = r.id AND me."person_id" = :assignee)`;
export const HANDLED_BY_UNIT_SQL = `EXISTS (SELECT 1 FROM "request_unit" handled WHERE handled."request_id" = r.id AND handled."unit_id" = :handlingUnit)`;
