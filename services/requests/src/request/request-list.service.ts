import { Brackets, type SelectQueryBuilder } from "typeorm";
import { isInstantKey, pageArgs, pageOf, reachCondition, type SubgraphContext } from "@dongting/subgraph-kit";
import { anonymousSubmitterReach, readReach, readsAll, searchesTexts, visibleSubmitter } from "../access.js";
import { deadlineStateSql } from "../domain/deadline-state.js";
import { overdueSql } from "../domain/overdue.js";
import { likePattern } from "../domain/search-pattern.js";
import { ResidentRequest } from "./request.entity.js";
import type { RequestFilter } from "./request.input.js";
import type { ResidentRequestConnection } from "./request.type.js";
import { requestReachCondition } from "./request-reach.js";
import { ASSIGNED_TO_SQL, HANDLED_BY_UNIT_SQL, viewerIsUnitMember } from "../unit/unit-membership.js";

/** Stands for "nobody" as the member of a worklist: a caller without a person id has no units. */
const NO_ONE = "00000000-0000-0000-0000-000000000000";

interface Scope {
  /** The only submitter whose requests are listed, or null for all. */
  submitterId: string | null;
  /** A reader's reach as SQL (null: everywhere, or not a reader, who is held to their own requests). */
  reach: { sql: string; parameters: Record<string, string | string[]> } | null;
  /** Readers always see their own submissions too, wherever they are. */
  ownId: string | null;
  /** Whether the search looks into titles and descriptions too (codes always). */
  searchTexts: boolean;
  /** For `assignedToMe`: the person whose units' requests are listed (a nil id for a caller without one). */
  assigneeId: string;
  /**
   * With a submitter filter: where it may match that submitter's anonymous requests (null: everywhere), so the
   * match never tells anyone else who asked them (anonymousSubmitterReach).
   */
  anonymousReach?: { sql: string; parameters: Record<string, string[]> } | null;
}

function applyFilter(query: SelectQueryBuilder<ResidentRequest>, filter: RequestFilter, scope: Scope, at: Date) {
  const { submitterId, searchTexts, reach, ownId } = scope;
  if (reach) {
    query.andWhere(ownId ? `(${reach.sql} OR r.submitterId = :ownId)` : reach.sql, { ...reach.parameters, ownId });
  }
  if (filter.communityId) query.andWhere(`r.communityId = :communityId`, { communityId: filter.communityId });
  if (filter.status?.length) query.andWhere(`r.status IN (:...statuses)`, { statuses: filter.status });
  if (filter.urgency?.length) query.andWhere(`r.urgency IN (:...urgencies)`, { urgencies: filter.urgency });
  if (filter.level?.length) query.andWhere(`r.level IN (:...levels)`, { levels: filter.level });
  if (filter.gridId) query.andWhere(`r.gridId = :gridId`, { gridId: filter.gridId });
  if (submitterId) query.andWhere(`r.submitterId = :submitterId`, { submitterId });
  if (submitterId && scope.anonymousReach) {
    query.andWhere(`(r.anonymous = false OR ${scope.anonymousReach.sql})`, scope.anonymousReach.parameters);
  }
  if (filter.assignedToMe) query.andWhere(ASSIGNED_TO_SQL, { assignee: scope.assigneeId });
  if (filter.unitId) query.andWhere(HANDLED_BY_UNIT_SQL, { handlingUnit: filter.unitId });
  if (filter.overdue != null) {
    query.andWhere(filter.overdue ? overdueSql(":now") : `NOT ${overdueSql(":now")}`, { now: at });
  }
  if (filter.deadlineState?.length) {
    query.andWhere(`${deadlineStateSql(":now")} IN (:...deadlineStates)`, { now: at, deadlineStates: filter.deadlineState });
  }
  const search = filter.search?.trim();
  if (search && searchTexts) {
    query.andWhere(
      new Brackets((any) => any.where(`r.code ILIKE :search`).orWhere(`r.title ILIKE :search`).orWhere(`r.description ILIKE :search`)),
      { search: likePattern(search) },
    );
  } else if (search) {
    query.andWhere(`r.code ILIKE :search`, { search: likePattern(search) });
  }
}

/**
 * Newest first, keyset-paged on (submitted_at, id); readers see what their grants reach (and their own),
 * residents (and anyone without a reading role) only their own; `communityId` narrows either.
 */
export async function listRequests(
  ctx: SubgraphContext,
  filter: RequestFilter,
  pageSize: number,
  afterCursor: string | null | undefined,
): Promise<ResidentRequestConnection> {
  const { first, after } = pageArgs(pageSize, afterCursor, isInstantKey);
  // A worklist (my units' requests, or a unit's for its members) is open to its members whatever they read
  // otherwise: membership replaces the reach and the "only your own" (one statement to ask for a unit).
  const worklist = !!filter.assignedToMe || (!!filter.unitId && (await viewerIsUnitMember(ctx, filter.unitId)));
  const submitterId = visibleSubmitter(ctx.viewer, filter.submitterId, worklist);
  const reach = !worklist && readsAll(ctx.viewer) ? requestReachCondition(await readReach(ctx)) : null;
  const assigneeId = ctx.viewer.personId ?? NO_ONE;
  const anonymousReach = submitterId
    ? reachCondition(await anonymousSubmitterReach(ctx, submitterId), { community: "r.communityId", grid: "r.gridId" }, "anonymousReach")
    : null;
  const scope = { submitterId, reach, ownId: ctx.viewer.personId, searchTexts: searchesTexts(ctx.viewer), assigneeId, anonymousReach };
  const base = ctx.db.manager.createQueryBuilder(ResidentRequest, "r");
  applyFilter(base, filter, scope, ctx.clock.now());

  const page = base
    .clone()
    .orderBy("r.submittedAt", "DESC")
    .addOrderBy("r.id", "DESC")
    .limit(first + 1);
  if (after) page.andWhere(`(r.submittedAt, r.id) < (:afterAt, :afterId)`, { afterAt: new Date(after.sortKey), afterId: after.id });
  const [rows, totalCount] = await Promise.all([first === 0 ? Promise.resolve([]) : page.getMany(), base.getCount()]);
  const { edges, pageInfo } = pageOf(rows, first, (node) => node.submittedAt.toISOString());
  // With first 0 no row is read: whether any follow comes from the count.
  return { edges, pageInfo: first === 0 ? { ...pageInfo, hasNextPage: totalCount > 0 } : pageInfo, totalCount };
}
