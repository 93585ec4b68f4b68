import { randomUUID } from "node:crypto";
import type { EntityManager } from "typeorm";
import { isViolation, PG_ERROR, recordHistory, requiredText, type SubgraphContext } from "@dongting/subgraph-kit";
import { REQUEST_DESCRIPTION_MAX, REQUEST_TITLE_MAX, RequestEventType, RequestStatus } from "@dongting/domain/requests";
import { checkMayHandle, submitterFor } from "../access.js";
import { deadlineRuleOf } from "../category/category-deadlines.js";
import { RequestCategory } from "../category/category.entity.js";
import { deadlinesFrom } from "../domain/deadlines.js";
import { formatRequestCode, localYear } from "../domain/request-code.js";
import { refuse } from "../refusal.js";
import { RequestCodeCounter } from "./request-code-counter.entity.js";
import { RequestEvent } from "./request-event.entity.js";
import { ResidentRequest } from "./request.entity.js";
import type { SubmitRequestInput } from "./request.input.js";
import { placeOfNewRequest } from "./request-place.js";

const CLIENT_KEY_CONSTRAINT = "resident_request_client_key";

function findByClientKey(manager: EntityManager, submitterId: string, clientRequestId: string) {
  return manager.findOne(ResidentRequest, { where: { submitterId, clientRequestId } });
}

/**
 * Issues the next number of the community's `year`. The row stays locked until the transaction ends, so
 * concurrent submissions in one community queue here and numbers follow commit order.
 */
async function lockYearCounter(manager: EntityManager, communityId: string, year: number): Promise<number> {
  await manager.query(
    `INSERT INTO "request_code_counter" ("community_id", "year", "last_number") VALUES ($1, $2, 0) ON CONFLICT ("community_id", "year") DO NOTHING`,
    [communityId, year],
  );
  const [row] = await manager.query(
    `SELECT "last_number" FROM "request_code_counter" WHERE "community_id" = $1 AND "year" = $2 FOR UPDATE`,
    [communityId, year],
  );
  return Number(row.last_number);
}

export async function submitRequest(ctx: SubgraphContext, input: SubmitRequestInput): Promise<ResidentRequest> {
  const title = requiredText("title", input.title, REQUEST_TITLE_MAX);
  const description = requiredText("description", input.description, REQUEST_DESCRIPTION_MAX);
  const submitterId = submitterFor(ctx.viewer, input.submitterId);
  const clientRequestId = input.clientRequestId;
  // Place and scope first, outside the transaction: the copy and the grants are read, nothing is written.
  const place = await placeOfNewRequest(ctx, input);
  const { communityId } = place;
  // Entering a request for someone else is handling: only where the handler acts.
  if (submitterId !== ctx.viewer.personId) await checkMayHandle(ctx, place);

  try {
    return await ctx.db.transaction(async (manager) => {
      const known = await findByClientKey(manager, submitterId, clientRequestId);
      if (known) return known;
      const category = await manager.findOne(RequestCategory, { where: { name: input.category.trim() } });
      if (!category) throw refuse("BAD_USER_INPUT", "UNKNOWN_CATEGORY", `"${input.category}"`, { field: "category" });
      const rule = await deadlineRuleOf(manager, category.id, category.defaultUrgency);

      let year = localYear(ctx.clock.now());
      let lastNumber = await lockYearCounter(manager, communityId, year);
      // Read the time only once we hold the year's lock, so submission times follow code order.
      const submittedAt = ctx.clock.now();
      if (localYear(submittedAt) !== year) {
        year = localYear(submittedAt);
        lastNumber = await lockYearCounter(manager, communityId, year);
      }
      // Whoever held the lock before us may have committed the same key meanwhile.
      const committedMeanwhile = await findByClientKey(manager, submitterId, clientRequestId);
      if (committedMeanwhile) return committedMeanwhile;

      const number = lastNumber + 1;
      await manager.update(RequestCodeCounter, { communityId, year }, { lastNumber: number });
      const request = manager.create(ResidentRequest, {
        id: randomUUID(),
        code: formatRequestCode(place.communityCode, year, number),
        title,
        description,
        channel: input.channel,
        category: category.name,
        status: RequestStatus.SUBMITTED,
        level: null,
        urgency: null,
        submittedAt,
        // From the category's default urgency, until grading regrades them (never restarting the clock): an
        // untriaged request already has to be answered, and resolved, in time.
        ...deadlinesFrom(rule, submittedAt),
        submitterId,
        anonymous: input.anonymous ?? false,
        clientRequestId,
        communityId,
        gridId: place.gridId,
        neighbourhoodId: place.neighbourhoodId,
        patrolShiftId: input.patrolShiftId ?? null,
      });
      await manager.insert(ResidentRequest, request);
      await manager.insert(RequestEvent, {
        requestId: request.id,
        at: submittedAt,
        type: RequestEventType.SUBMITTED,
        note: null,
        actorId: ctx.viewer.personId,
      });
      await recordHistory(manager, ctx.viewer, {
        subjectType: "ResidentRequest",
        subjectId: request.id,
        action: RequestEventType.SUBMITTED,
        detail: {
          code: request.code,
          submitterId,
          communityId,
          channel: request.channel,
          category: request.category,
          anonymous: request.anonymous,
          deadlines: { respondBy: request.respondBy, resolveBy: request.resolveBy, workingTime: rule.workingTime },
        },
      });
      return request;
    });
  } catch (error) {
    // Two submissions with one key that took different year counters (around New Year) meet here.
    if (!isViolation(error, PG_ERROR.UNIQUE_VIOLATION, CLIENT_KEY_CONSTRAINT)) throw error;
    const first = await findByClientKey(ctx.db.manager, submitterId, clientRequestId);
    if (!first) throw error;
    return first;
  }
}
