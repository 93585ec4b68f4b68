import type { DataSource } from "typeorm";
import type { Grant, Role, Viewer } from "./auth.js";
import { forbidden } from "./errors.js";

/** Where a row belongs: its community and, for rows inside one grid (requests, people), that grid. */
export interface Place {
  communityId: string | null;
  gridId?: string | null;
}

/** What a non-GLOBAL scope covers: whole communities, and single grids (a GRID scope). */
export interface ResolvedScope {
  communityIds: string[];
  gridIds: string[];
  /** The communities of `gridIds`: a grid leader acts *in* them without covering them. */
  gridCommunityIds: string[];
}

/**
 * Turns grant scopes into communities and grids from what the subgraph knows of the geography: organisation
 * from its own tables, every other subgraph from its read copy (`copyScopeResolver`). One statement per call.
 */
export interface ScopeResolver {
  resolve(db: DataSource, scopes: ReadonlyArray<Grant["scope"]>): Promise<ResolvedScope>;
}

/** Where a viewer may act with some roles: everywhere, or these communities and grids. */
export interface Reach {
  global: boolean;
  communityIds: string[];
  gridIds: string[];
  /** Communities the viewer acts in at all (covered ones and those of covered grids). */
  touchedCommunityIds: string[];
}

export const NOWHERE: Reach = Object.freeze({ global: false, communityIds: [], gridIds: [], touchedCommunityIds: [] }) as Reach;
export const EVERYWHERE: Reach = Object.freeze({ global: true, communityIds: [], gridIds: [], touchedCommunityIds: [] }) as Reach;

/** `read`: every grant counts. `write`: STREET grants do not (street staff read, communities act). */
export type ReachMode = "read" | "write";

/** The per-request part of the context the reach needs: who, the database, the resolver and a memo. */
export interface ScopeContext {
  viewer: Viewer;
  db: DataSource;
  scopes?: ScopeResolver;
  reachMemo?: Map<string, Promise<Reach>>;
}

/** The grants that give one of `roles` (ADMIN gives every role) and count in `mode`. */
export function grantsFor(viewer: Viewer, roles: readonly Role[] | "any", mode: ReachMode): Grant[] {
  return viewer.grants.filter(
    (grant) =>
      (roles === "any" || grant.role === "ADMIN" || roles.includes(grant.role)) && !(mode === "write" && grant.scope.kind === "STREET"),
  );
}

/**
 * Where the viewer may act holding one of `roles` ("any": any role at all). Memoised per request, so every
 * field and row of one answer is checked against one resolution (at most one statement per role set).
 */
export function reachOf(ctx: ScopeContext, roles: readonly Role[] | "any", mode: ReachMode = "read"): Promise<Reach> {
  const key = `${mode}:${roles === "any" ? "*" : [...roles].sort().join(",")}`;
  const memo = (ctx.reachMemo ??= new Map());
  let reach = memo.get(key);
  if (!reach) {
    reach = resolveReach(ctx, grantsFor(ctx.viewer, roles, mode), memo);
    memo.set(key, reach);
  }
  return reach;
}

/** The viewer's scopes that need the geography (GRID, ORG_UNIT, STREET), each once. */
function lookupScopes(viewer: Viewer): Array<Grant["scope"]> {
  const seen = new Map<string, Grant["scope"]>();
  for (const grant of viewer.grants) {
    if (grant.scope.kind === "GLOBAL" || grant.scope.kind === "COMMUNITY") continue;
    seen.set(scopeKey(grant.scope), grant.scope);
  }
  return [...seen.values()];
}
const scopeKey = (scope: Grant["scope"]) => `${scope.kind}:${scope.id}`;

/**
 * Every lookup scope of the viewer, resolved once per request, each on its own: whichever role set is asked
 * first, all later ones are answered from memory. So the first `reachOf` (or `prepareReach`, which the server
 * calls before any mutation runs) is the only one that touches the database: never inside a transaction,
 * where PGlite's single session is leased to the transaction and a second query would wait for ever.
 */
const scopeMemos = new WeakMap<Map<string, Promise<Reach>>, Promise<Map<string, ResolvedScope>>>();

function resolvedScopes(ctx: ScopeContext, reachMemo: Map<string, Promise<Reach>>): Promise<Map<string, ResolvedScope>> {
  let resolved = scopeMemos.get(reachMemo);
  if (!resolved) {
    const scopes = lookupScopes(ctx.viewer);
    if (scopes.length > 0 && !ctx.scopes)
      throw new Error("this subgraph has no ScopeResolver: GRID, ORG_UNIT and STREET grants cannot be resolved");
    resolved = (async () => {
      const answers = new Map<string, ResolvedScope>();
      for (const scope of scopes) answers.set(scopeKey(scope), await ctx.scopes!.resolve(ctx.db, [scope]));
      return answers;
    })();
    scopeMemos.set(reachMemo, resolved);
  }
  return resolved;
}

/** Resolves the viewer's scopes now (the server calls it before a mutation's resolvers open transactions). */
export async function prepareReach(ctx: ScopeContext): Promise<void> {
  if (lookupScopes(ctx.viewer).length > 0) await resolvedScopes(ctx, (ctx.reachMemo ??= new Map()));
}

async function resolveReach(ctx: ScopeContext, grants: Grant[], memo: Map<string, Promise<Reach>>): Promise<Reach> {
  if (grants.length === 0) return NOWHERE;
  if (grants.some((grant) => grant.scope.kind === "GLOBAL")) return EVERYWHERE;
  const communityIds = new Set<string>();
  const gridIds = new Set<string>();
  for (const grant of grants) if (grant.scope.kind === "COMMUNITY") communityIds.add(grant.scope.id!);
  const touched = new Set(communityIds);
  if (grants.some((grant) => grant.scope.kind !== "COMMUNITY")) {
    const answers = await resolvedScopes(ctx, memo);
    for (const grant of grants) {
      const resolved = answers.get(scopeKey(grant.scope));
      if (!resolved) continue;
      for (const id of resolved.communityIds) {
        communityIds.add(id);
        touched.add(id);
      }
      for (const id of resolved.gridIds) gridIds.add(id);
      for (const id of resolved.gridCommunityIds) touched.add(id);
    }
  }
  return { global: false, communityIds: [...communityIds], gridIds: [...gridIds], touchedCommunityIds: [...touched] };
}

/** Does `reach` cover `place`? A row without a community is covered only by a GLOBAL reach. */
export function reaches(reach: Reach, place: Place | null | undefined): boolean {
  if (reach.global) return true;
  if (!place?.communityId) return false;
  if (reach.communityIds.includes(place.communityId)) return true;
  return !!place.gridId && reach.gridIds.includes(place.gridId);
}

export const outOfScope = (what = "this"): never => {
  throw forbidden("OUT_OF_SCOPE", `不在你的管辖范围内 (${what} is outside your scope)`);
};

/** Refuses with FORBIDDEN / OUT_OF_SCOPE unless the viewer holds one of `roles` where `place` is. */
export async function checkInScope(
  ctx: ScopeContext,
  roles: readonly Role[] | "any",
  place: Place | null | undefined,
  mode: ReachMode = "read",
  what?: string,
): Promise<void> {
  if (!reaches(await reachOf(ctx, roles, mode), place)) outOfScope(what);
}

/**
 * A QueryBuilder condition keeping the rows `reach` covers, for `andWhere(sql, parameters)`; null when it
 * covers everything. `grid` names the row's grid column when rows can sit inside one grid.
 */
export function reachCondition(
  reach: Reach,
  columns: { community: string; grid?: string },
  prefix = "reach",
): { sql: string; parameters: Record<string, string[]> } | null {
  if (reach.global) return null;
  const parameters = { [`${prefix}Communities`]: reach.communityIds, [`${prefix}Grids`]: reach.gridIds };
  const byCommunity = `${columns.community} = ANY(:${prefix}Communities)`;
  if (!columns.grid || reach.gridIds.length === 0) return { sql: byCommunity, parameters };
  return { sql: `(${byCommunity} OR ${columns.grid} = ANY(:${prefix}Grids))`, parameters };
}

/** The communities of `reach` a list asked for `communityId` looks in: the one asked (if reached) or all reached. */
export function communitiesToList(reach: Reach, communityId: string | null | undefined): string[] | "all" {
  if (reach.global) return communityId ? [communityId] : "all";
  if (communityId) return reach.touchedCommunityIds.includes(communityId) ? [communityId] : [];
  return reach.touchedCommunityIds;
}
