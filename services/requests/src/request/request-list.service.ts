import { Brackets, type SelectQueryBuilder } from "typeorm";
import {
  checkPageSize,
  decodeKeysetCursor,
  forbidden,
  isInstantKey,
  pageOf,
  type SubgraphContext,
  type Viewer,
} from "@dongting/subgraph-kit";
import { now } from "../clock.js";
import { overdueSql } from "../domain/overdue.js";
import { likePattern } from "../domain/request-text.js";
import { readsAll } from "./request.access.js";
import { ResidentRequest } from "./request.entity.js";
import type { RequestFilter } from "./request.input.js";
import type { ResidentRequestConnection } from "./request.types.js";

/** Residents (and anyone without a reading role) see only the requests they submitted. */
export function visibleSubmitter(viewer: Viewer, requested: string | null | undefined): string | null {
  if (readsAll(viewer)) return requested ?? null;
  if (requested && requested !== viewer.personId) throw forbidden("只能查看自己的诉求 (you may read only your own requests)");
  // A signed-in caller without a person id and without a reading role sees nothing.
  return viewer.personId ?? "00000000-0000-0000-0000-000000000000";
}

function applyFilter(query: SelectQueryBuilder<ResidentRequest>, filter: RequestFilter, submitterId: string | null, at: Date) {
  if (filter.status?.length) query.andWhere(`r.status IN (:...statuses)`, { statuses: filter.status });
  if (filter.urgency?.length) query.andWhere(`r.urgency IN (:...urgencies)`, { urgencies: filter.urgency });
  if (filter.level?.length) query.andWhere(`r.level IN (:...levels)`, { levels: filter.level });
  if (filter.gridId) query.andWhere(`r.gridId = :gridId`, { gridId: filter.gridId });
  if (submitterId) query.andWhere(`r.submitterId = :submitterId`, { submitterId });
  if (filter.overdue != null) {
    query.andWhere(filter.overdue ? overdueSql(":now") : `NOT ${overdueSql(":now")}`, { now: at });
  }
  const search = filter.search?.trim();
  if (search) {
    query.andWhere(
      new Brackets((any) => any.where(`r.code ILIKE :search`).orWhere(`r.title ILIKE :search`).orWhere(`r.description ILIKE :search`)),
      { search: likePattern(search) },
    );
  }
}

/** Newest first, keyset-paged on (submitted_at, id). */
export async function listRequests(
  ctx: SubgraphContext,
  filter: RequestFilter,
  first: number,
  after: string | null | undefined,
): Promise<ResidentRequestConnection> {
  checkPageSize(first);
  const submitterId = visibleSubmitter(ctx.viewer, filter.submitterId);
  const base = ctx.db.manager.createQueryBuilder(ResidentRequest, "r");
  applyFilter(base, filter, submitterId, now());

  const page = base
    .clone()
    .orderBy("r.submittedAt", "DESC")
    .addOrderBy("r.id", "DESC")
    .limit(first + 1);
  if (after) {
    const cursor = decodeKeysetCursor(after, isInstantKey);
    page.andWhere(`(r.submittedAt, r.id) < (:afterAt, :afterId)`, { afterAt: new Date(cursor.sortKey), afterId: cursor.id });
  }
  const [rows, totalCount] = await Promise.all([first === 0 ? Promise.resolve([]) : page.getMany(), base.getCount()]);
  const { edges, pageInfo } = pageOf(rows, first, (node) => node.submittedAt.toISOString());
  // With first 0 no row is read: whether any follow comes from the count.
  return { edges, pageInfo: first === 0 ? { ...pageInfo, hasNextPage: totalCount > 0 } : pageInfo, totalCount };
}
