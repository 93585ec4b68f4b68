import type { EntityManager } from "typeorm";
import {
  isUuid,
  notFound,
  optionalText,
  recordHistory,
  refuseOnViolation,
  requireId,
  returnedRows,
  type Reach,
  type SubgraphContext,
} from "@dongting/subgraph-kit";
import { ALLOWED_FROM, RequestEventType, RequestStatus } from "@dongting/domain/requests";
import { reasonMessage } from "@dongting/domain/reasons/common";
import { REQUESTS_REASONS } from "@dongting/domain/reasons/requests";
import { checkMayDispatch, handleReach } from "../access.js";
import { firstMatchingRule } from "../domain/dispatch-rule.js";
import { refuse } from "../refusal.js";
import { RequestEvent } from "../request/request-event.entity.js";
import { ResidentRequest } from "../request/request.entity.js";
import { transition, type TransitionWork } from "../request/request-transition.service.js";
import { DispatchRule } from "../rule/dispatch-rule.entity.js";
import { RequestUnit } from "./request-unit.entity.js";
import { DISPATCH_NOTE_MAX } from "./service-unit.input.js";
import type { ServiceUnit } from "./service-unit.entity.js";
import { unitById } from "./unit.loader.js";

/** A unit handles a request once: the primary key decides when two dispatches of the same unit race. */
const ONCE_PER_REQUEST = {
  PK_request_unit: { reason: "UNIT_ALREADY_HANDLING", message: reasonMessage(REQUESTS_REASONS.UNIT_ALREADY_HANDLING) },
} as const;

/** The timeline's words for a dispatch: the unit, whether it leads (首接负责) or co-handles (协办), the note. */
const dispatchNote = (unit: ServiceUnit, leading: boolean, note: string | null) =>
  `${unit.name}（${leading ? "首接负责" : "协办"}）${note ? `：${note}` : ""}`;

/**
 * Adds `unit` to the units handling the request: leading when none leads yet, else co-handling. The
 * partial unique index on the leading unit is the arbiter, so of two first dispatches racing (even
 * without the request's row lock) one leads and the other joins as a co-handler; the same unit twice
 * breaks the primary key (UNIT_ALREADY_HANDLING). Returns whether the unit leads.
 */
async function addHandlingUnit(
  manager: EntityManager,
  requestId: string,
  unit: ServiceUnit,
  personId: string | null,
  at: Date,
  by: string | null,
): Promise<boolean> {
  const insert = (leading: boolean, onConflict: string) =>
    manager.query(
      `INSERT INTO "request_unit" ("request_id", "unit_id", "leading", "person_id", "dispatched_at", "dispatched_by")
       VALUES ($1, $2, ${leading}, $3, $4, $5) ${onConflict} RETURNING "leading"`,
      [requestId, unit.id, personId, at, by],
    );
  const led = returnedRows<{ leading: boolean }>(await insert(true, `ON CONFLICT ("request_id") WHERE "leading" DO NOTHING`));
  if (led.length > 0) return true;
  await insert(false, "");
  return false;
}

/** The leading unit answers the request's assignment (force kind, name, person, team) as assignRequest fills it. */
function leadWith(request: ResidentRequest, unit: ServiceUnit, personId: string | null, at: Date): void {
  Object.assign(request, {
    forceKind: unit.forceKind,
    assigneeName: unit.name,
    assigneePersonId: personId,
    volunteerTeamId: unit.volunteerTeamId,
    assignedAt: at,
  });
}

/** Which of `people` are members of the unit, and whether each leads it: one statement. */
async function membersAmong(manager: EntityManager, unitId: string, people: Array<string | null>): Promise<Map<string, boolean>> {
  const ids = people.filter((id): id is string => !!id && isUuid(id));
  if (ids.length === 0) return new Map();
  const rows: Array<{ person_id: string; leader: boolean }> = await manager.query(
    `SELECT "person_id", "leader" FROM "service_unit_member" WHERE "unit_id" = $1 AND "person_id" = ANY($2::uuid[])`,
    [unitId, ids],
  );
  return new Map(rows.map((row) => [row.person_id, row.leader]));
}

async function checkMember(manager: EntityManager, unitId: string, personId: string): Promise<void> {
  if (!(await membersAmong(manager, unitId, [personId])).has(personId)) {
    throw refuse("BAD_USER_INPUT", "PERSON_NOT_IN_UNIT", undefined, { field: "personId" });
  }
}

/** A unit takes new requests while active, and only its own community's. */
function checkUnitTakes(unit: ServiceUnit, request: ResidentRequest): void {
  if (!unit.active) throw refuse("CONFLICT", "UNIT_INACTIVE", undefined, { field: "unitId" });
  if (unit.communityId !== request.communityId) throw refuse("BAD_USER_INPUT", "UNIT_NOT_IN_COMMUNITY", undefined, { field: "unitId" });
}

/**
 * 派单: the first unit dispatched leads (首接负责) and fills the request's assignment; a later unit joins as a
 * co-handler; naming a unit already handling it with a member hands the request to that member (the unit's
 * leader may do so too). Whether the unit already handles it is read before the transaction: units never
 * leave a request, so a "yes" stays true, and a "no" that turns out wrong meets the primary key.
 */
export async function dispatchRequest(
  ctx: SubgraphContext,
  id: string,
  unitId: string,
  personId: string | null,
  rawNote: string | null | undefined,
): Promise<ResidentRequest> {
  requireId("ResidentRequest", id);
  const note = optionalText("note", rawNote, DISPATCH_NOTE_MAX);
  const unit = await unitById(ctx).load(unitId);
  if (!unit) throw refuse("BAD_USER_INPUT", "UNKNOWN_UNIT", unitId, { field: "unitId" });
  const reach = await handleReach(ctx);
  const [{ handling }] = await ctx.db.query(
    `SELECT EXISTS (SELECT 1 FROM "request_unit" WHERE "request_id" = $1 AND "unit_id" = $2) AS "handling"`,
    [id, unit.id],
  );
  return handling ? reassign(ctx, id, unit, personId, note, reach) : dispatchTo(ctx, id, unit, personId, note, reach);
}

function dispatchTo(ctx: SubgraphContext, id: string, unit: ServiceUnit, personId: string | null, note: string | null, reach: Reach) {
  const detail: Record<string, unknown> = { unitId: unit.id, unit: unit.name, personId, note };
  const work: TransitionWork = {
    action: { kind: "DISPATCH" },
    detail,
    authorise: async (request, manager) => {
      checkMayDispatch(ctx.viewer, reach, request, { reassigning: false, leadsUnit: false });
      checkUnitTakes(unit, request);
      if (personId) await checkMember(manager, unit.id, personId);
    },
    apply: async (request, at, manager) => {
      const leading = await addHandlingUnit(manager, request.id, unit, personId, at, ctx.viewer.personId);
      if (leading) leadWith(request, unit, personId, at);
      detail.leading = leading;
      // The transition writes the timeline after this: its note says whether the unit leads or co-handles.
      work.note = dispatchNote(unit, leading, note);
    },
  };
  return refuseOnViolation(() => transition(ctx, id, work), ONCE_PER_REQUEST);
}

/** Within a unit already handling the request: hand it to another member (REASSIGNED on the timeline). */
function reassign(ctx: SubgraphContext, id: string, unit: ServiceUnit, personId: string | null, note: string | null, reach: Reach) {
  return ctx.db.transaction(async (manager) => {
    const request = await manager.findOne(ResidentRequest, { where: { id }, lock: { mode: "pessimistic_write" } });
    if (!request) throw notFound("ResidentRequest", id);
    const members = await membersAmong(manager, unit.id, [ctx.viewer.personId, personId]);
    const leadsUnit = ctx.viewer.personId !== null && members.get(ctx.viewer.personId) === true;
    checkMayDispatch(ctx.viewer, reach, request, { reassigning: true, leadsUnit });
    // A reopened request is back to ACCEPTED with its units kept: naming one of them sends the work out again.
    const redispatch = request.status === RequestStatus.ACCEPTED;
    if (!personId && !redispatch) throw refuse("CONFLICT", "UNIT_ALREADY_HANDLING");
    if (personId && !members.has(personId)) throw refuse("BAD_USER_INPUT", "PERSON_NOT_IN_UNIT", undefined, { field: "personId" });
    if (!ALLOWED_FROM.DISPATCH.includes(request.status)) {
      throw refuse("CONFLICT", "STATUS_FORBIDS_ACTION", `cannot reassign a request that is ${request.status}`, { status: request.status });
    }
    const handled = await manager.findOneByOrFail(RequestUnit, { requestId: id, unitId: unit.id });
    const at = ctx.clock.now();
    const assignee = personId ?? handled.personId;
    await manager.update(RequestUnit, { requestId: id, unitId: unit.id }, { personId: assignee });
    if (handled.leading) request.assigneePersonId = assignee;
    if (redispatch) request.status = RequestStatus.ASSIGNED;
    await manager.update(ResidentRequest, { id }, { assigneePersonId: request.assigneePersonId, status: request.status });
    const type = redispatch ? RequestEventType.DISPATCHED : RequestEventType.REASSIGNED;
    await manager.insert(RequestEvent, {
      requestId: id,
      at,
      type,
      note: `${unit.name}${note ? `：${note}` : ""}`,
      actorId: ctx.viewer.personId,
    });
    await recordHistory(manager, ctx.viewer, {
      subjectType: "ResidentRequest",
      subjectId: id,
      action: type,
      detail: { unitId: unit.id, from: handled.personId, to: assignee, note, status: request.status },
    });
    return request;
  });
}

/**
 * At acceptance (acceptRequest's transaction): when the community's first matching rule is automatic, the
 * request goes to its unit at once, leading, and moves on to ASSIGNED as decide's DISPATCH moves it.
 */
export async function dispatchByRule(ctx: SubgraphContext, request: ResidentRequest, at: Date, manager: EntityManager): Promise<void> {
  const rules = await manager.find(DispatchRule, { where: { communityId: request.communityId }, relations: { unit: true } });
  const rule = firstMatchingRule(
    rules.map((candidate) => ({ ...candidate, unit: candidate.unit!, unitActive: candidate.unit!.active })),
    request,
  );
  if (!rule?.automatic) return;
  // The timeline orders by (at, seq) and the transition writes ACCEPTED after this: a millisecond later,
  // the dispatch reads after the acceptance that caused it.
  const dispatchedAt = new Date(at.getTime() + 1);
  const leading = await addHandlingUnit(manager, request.id, rule.unit, null, dispatchedAt, ctx.viewer.personId);
  if (leading) leadWith(request, rule.unit, null, dispatchedAt);
  if (request.status === RequestStatus.ACCEPTED) request.status = RequestStatus.ASSIGNED;
  await manager.insert(RequestEvent, {
    requestId: request.id,
    at: dispatchedAt,
    type: RequestEventType.DISPATCHED,
    note: `${dispatchNote(rule.unit, leading, null)}：按派单规则 ${rule.position} 自动派单`,
    actorId: ctx.viewer.personId,
  });
  await recordHistory(manager, ctx.viewer, {
    subjectType: "ResidentRequest",
    subjectId: request.id,
    action: RequestEventType.DISPATCHED,
    detail: { unitId: rule.unit.id, unit: rule.unit.name, ruleId: rule.id, automatic: true, leading },
  });
}
