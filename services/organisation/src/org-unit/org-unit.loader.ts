import { badUserInput, entityByIdLoader, groupByKey, isUuid, type SubgraphContext } from "@dongting/subgraph-kit";
import { refusalMessage } from "@dongting/domain/organisation";
import { summariseOrgUnitChange } from "../domain/history-summary.js";
import { ancestorIds, depthOf, idsOnPath } from "../domain/tree-path.js";
import { personById } from "../person/person.loader.js";
import type { TreePlan } from "./lookahead.js";
import { OrgUnitChange } from "./org-unit-change.type.js";
import { OrgUnit } from "./org-unit.entity.js";
import { DIRECT_MEMBERS, SUBTREE_MEMBERS, orgUnitFromRow, secretaryFromRow, treeSelect, type OrgUnitSqlRow } from "./org-unit.rows.js";
import type { RequestLoader } from "@dongting/subgraph-kit";

export const orgUnitById = (ctx: SubgraphContext): RequestLoader<string, OrgUnit | null> =>
  entityByIdLoader(ctx.loaders, ctx.db.manager, OrgUnit, "orgUnit");

export const memberCount = (ctx: SubgraphContext, includeDescendants: boolean): RequestLoader<string, number> =>
  ctx.loaders.get<string, number>(`memberCount:${includeDescendants ? "subtree" : "direct"}`, async (ids) => {
    const valid = ids.filter(isUuid);
    const rows: Array<{ id: string; members: number }> = valid.length
      ? await ctx.db.query(
          `SELECT u."id", ${includeDescendants ? SUBTREE_MEMBERS : DIRECT_MEMBERS} AS "members" FROM "org_unit" u WHERE u."id" = ANY($1::uuid[])`,
          [valid],
        )
      : [];
    const counts = new Map(rows.map((row) => [row.id, Number(row.members)]));
    return ids.map((id) => counts.get(id) ?? 0);
  });

/** Sibling order: by name in code point order (the same on every database collation), then id. */
const byName = (a: OrgUnit, b: OrgUnit) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Makes what one tree statement fetched available to the rest of the request: the units by id, their
 * member counts and secretaries, and the children of every unit whose children were all fetched
 * (`childrenComplete`).
 */
function primeTree(ctx: SubgraphContext, rows: OrgUnitSqlRow[], childrenComplete: (unit: OrgUnit) => boolean): OrgUnit[] {
  const units = rows.map(orgUnitFromRow);
  const byId = orgUnitById(ctx);
  const direct = memberCount(ctx, false);
  const subtree = memberCount(ctx, true);
  const people = personById(ctx);
  rows.forEach((row, index) => {
    byId.prime(row.id, units[index]);
    const secretary = secretaryFromRow(row);
    if (secretary) people.prime(secretary.id, secretary);
    if (row.direct_members !== undefined) direct.prime(row.id, Number(row.direct_members));
    if (row.subtree_members !== undefined) subtree.prime(row.id, Number(row.subtree_members));
  });
  const children = orgUnitChildren(ctx);
  const childrenOf = new Map<string, OrgUnit[]>();
  for (const unit of units) {
    if (!unit.parentId) continue;
    const siblings = childrenOf.get(unit.parentId);
    if (siblings) siblings.push(unit);
    else childrenOf.set(unit.parentId, [unit]);
  }
  for (const unit of units) {
    if (childrenComplete(unit)) children.prime({ parentId: unit.id, plan: NO_READ_AHEAD }, (childrenOf.get(unit.id) ?? []).sort(byName));
  }
  return units;
}

const NO_READ_AHEAD: TreePlan = { childLevels: 0, memberCounts: false, secretaries: false };

/** A `children` load: the parent (the cache key) and what the query reads below it. */
interface ChildrenLoad {
  parentId: string;
  plan: TreePlan;
}

/**
 * One statement for a batch of `children` loads, as deep as the deepest plan asks and with what any plan
 * shows. A second load of the same parent in one batch shares the first's answer (and plan): deeper
 * levels it asks for are then loaded by their own batch.
 */
async function fetchChildren(ctx: SubgraphContext, loads: readonly ChildrenLoad[]): Promise<OrgUnit[][]> {
  const parentIds = loads.map((load) => load.parentId);
  const asked = loads.map((load) => load.plan);
  const levels = 1 + Math.max(...asked.map((plan) => plan.childLevels));
  const wanted = { memberCounts: asked.some((plan) => plan.memberCounts), secretaries: asked.some((plan) => plan.secretaries) };
  const valid = parentIds.filter(isUuid);
  const rows: OrgUnitSqlRow[] = valid.length
    ? await ctx.db.query(
        `${treeSelect(wanted)}
         WHERE EXISTS (SELECT 1 FROM "org_unit" p WHERE p."id" = ANY($1::uuid[])
                       AND u."path" <@ p."path" AND nlevel(u."path") - nlevel(p."path") BETWEEN 1 AND $2)`,
        [valid, levels],
      )
    : [];
  const requested = new Set(valid);
  // A unit's children were all fetched when it lies less than `levels` below one of the requested parents.
  const fetchedBelow = (unit: OrgUnit) => {
    const ids = idsOnPath(unit.path);
    const deepest = Math.max(...ids.map((id, index) => (requested.has(id) ? index + 1 + levels : 0)));
    return depthOf(unit.path) < deepest;
  };
  const units = primeTree(ctx, rows, fetchedBelow);
  const children = groupByKey(parentIds, units, (unit) => unit.parentId as string);
  return children.map((list) => list.sort(byName));
}

const orgUnitChildren = (ctx: SubgraphContext) =>
  ctx.loaders.get<ChildrenLoad, OrgUnit[], string>("orgUnitChildren", (loads) => fetchChildren(ctx, loads), {
    cacheKeyFn: (load) => load.parentId,
  });

/**
 * The children of a unit. With `plan` from the query (see lookahead.ts), the first `children` field of
 * a request fetches every level the query nests below it in one statement, with member counts and
 * secretaries when the query shows them.
 */
export function loadChildren(ctx: SubgraphContext, parentId: string, plan: TreePlan): Promise<OrgUnit[]> {
  return orgUnitChildren(ctx).load({ parentId, plan });
}

/** The roots (street working committees) and, in the same statement, the levels the query nests below them. */
export async function loadRoots(ctx: SubgraphContext, plan: TreePlan): Promise<OrgUnit[]> {
  const levels = 1 + plan.childLevels;
  const rows: OrgUnitSqlRow[] = await ctx.db.query(`${treeSelect(plan)} WHERE nlevel(u."path") <= $1`, [levels]);
  const units = primeTree(ctx, rows, (unit) => depthOf(unit.path) < levels);
  return units.filter((unit) => unit.parentId === null).sort(byName);
}

/** The ancestors of a unit, root first, without the unit itself (one batched statement for many units). */
export async function loadAncestors(ctx: SubgraphContext, unit: OrgUnit): Promise<OrgUnit[]> {
  const ancestors = await orgUnitById(ctx).loadMany(ancestorIds(unit.path));
  return ancestors.filter((ancestor): ancestor is OrgUnit => ancestor instanceof OrgUnit);
}

/** Everything below a unit, at most `maxDepth` levels down: breadth first, by name within a level. */
const orgUnitDescendants = (ctx: SubgraphContext, maxDepth: number | null, plan: { memberCounts: boolean; secretaries: boolean }) =>
  ctx.loaders.get<string, OrgUnit[]>(`orgUnitDescendants:${maxDepth ?? "all"}:${plan.memberCounts}:${plan.secretaries}`, async (ids) => {
    const valid = ids.filter(isUuid);
    const rows: Array<OrgUnitSqlRow & { ancestor_id: string }> = valid.length
      ? await ctx.db.query(
          `${treeSelect(plan, `p."id" AS "ancestor_id", `)}
           JOIN "org_unit" p ON u."path" <@ p."path" AND u."id" <> p."id"
           WHERE p."id" = ANY($1::uuid[]) AND ($2::int IS NULL OR nlevel(u."path") - nlevel(p."path") <= $2)`,
          [valid, maxDepth],
        )
      : [];
    const units = primeTree(ctx, rows, () => false);
    const tagged = units
      .map((unit, index) => ({ unit, ancestorId: rows[index].ancestor_id }))
      .sort((a, b) => depthOf(a.unit.path) - depthOf(b.unit.path) || byName(a.unit, b.unit));
    return groupByKey(ids, tagged, (row) => row.ancestorId).map((group) => group.map((row) => row.unit));
  });

export function loadDescendants(
  ctx: SubgraphContext,
  unitId: string,
  maxDepth: number | null,
  plan: { memberCounts: boolean; secretaries: boolean },
): Promise<OrgUnit[]> {
  if (maxDepth !== null && maxDepth < 0) {
    throw badUserInput("MAX_DEPTH_NEGATIVE", refusalMessage("MAX_DEPTH_NEGATIVE", `maxDepth is ${maxDepth}`), { maxDepth });
  }
  return orgUnitDescendants(ctx, maxDepth, plan).load(unitId);
}

/** The latest `limit` changes of many units, newest first, in one statement. */
export const orgUnitHistory = (ctx: SubgraphContext, limit: number): RequestLoader<string, OrgUnitChange[]> =>
  ctx.loaders.get<string, OrgUnitChange[]>(`orgUnitHistory:${limit}`, async (ids) => {
    const valid = ids.filter(isUuid);
    const rows: Array<{ id: string; subject_id: string; action: string; actor_id: string | null; detail: unknown; at: Date | string }> =
      valid.length
        ? await ctx.db.query(
            `SELECT "id", "subject_id", "action", "actor_id", "detail", "at" FROM (
               SELECT h.*, row_number() OVER (PARTITION BY h."subject_id" ORDER BY h."at" DESC, h."id" DESC) AS "position"
               FROM "history" h WHERE h."subject_type" = 'OrgUnit' AND h."subject_id" = ANY($1::uuid[])
             ) latest WHERE "position" <= $2 ORDER BY "subject_id", "at" DESC, "id" DESC`,
            [valid, limit],
          )
        : [];
    const changes = rows.map((row) => {
      const detail = (typeof row.detail === "string" ? JSON.parse(row.detail) : row.detail) as Record<string, unknown>;
      return {
        subjectId: row.subject_id,
        change: Object.assign(new OrgUnitChange(), {
          id: row.id,
          at: new Date(row.at),
          action: row.action,
          summary: summariseOrgUnitChange(row.action, detail),
          detail: JSON.stringify(detail),
          actorId: row.actor_id,
          memberId: typeof detail.personId === "string" ? detail.personId : null,
        }),
      };
    });
    return groupByKey(ids, changes, (row) => row.subjectId).map((group) => group.map((row) => row.change));
  });
