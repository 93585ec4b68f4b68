import type { EntityManager } from "typeorm";
import { DEMO_COMMUNITIES, demoPersonId, demoTeamId, insertInChunks } from "@dongting/subgraph-kit/seed";
import { ForceKind, RequestEventType, RequestStatus } from "@dongting/domain/requests";
import { RequestEvent } from "../request/request-event.entity.js";
import { RequestUnit } from "../unit/request-unit.entity.js";
import { DEMO_UNITS, PROPERTY_UNIT, demoUnitId, type DemoUnitSpec } from "./demo-unit-catalogue.js";

/*
 * The seeded year's dispatches as the registry would have recorded them: a request already dispatched to a
 * body the registry knows (by the assignee's name, the cadre, the volunteer team) is handled by that unit,
 * leading, its assignment columns the unit's (as dispatchRequest fills them), its ASSIGNED entry naming the
 * unit. Public-service work on buildings and grounds goes to the community's 物业. Bodies outside the registry
 * (the police post, sanitation, unregistered teams) keep their free-text assignment, as assignRequest leaves
 * it. In Dongting every third 安全隐患 request under way is co-handled by the 七宝巡逻队 too.
 */

interface SeededRow {
  id: string;
  community_id: string;
  category: string;
  status: RequestStatus;
  force_kind: ForceKind;
  assignee_name: string;
  assignee_person_id: string | null;
  volunteer_team_id: string | null;
  assigned_at: Date;
  dispatched_by: string | null;
}

const BUILDING_WORK = ["设施维修", "环境卫生", "停车管理"];
const PATROL_UNIT = 113;
const STARTED: readonly RequestStatus[] = [RequestStatus.IN_PROGRESS, RequestStatus.RESOLVED, RequestStatus.CLOSED];
const communityNumber = new Map(DEMO_COMMUNITIES.map((community) => [community.id, community.n]));
const patrol = DEMO_UNITS.find((spec) => spec.n === PATROL_UNIT)!;

/** The unit standing for a seeded assignment, or null for a body outside the registry. */
function unitFor(row: SeededRow): DemoUnitSpec | null {
  const community = communityNumber.get(row.community_id);
  const candidates = DEMO_UNITS.filter((spec) => spec.community === community && spec.forceKind === row.force_kind);
  const unit = (() => {
    switch (row.force_kind) {
      case ForceKind.VOLUNTEER:
        return candidates.find((spec) => spec.team !== undefined && demoTeamId(spec.team) === row.volunteer_team_id);
      case ForceKind.CADRE:
        return candidates.find((spec) => spec.members.some((person) => demoPersonId(person) === row.assignee_person_id));
      case ForceKind.PUBLIC_SERVICE:
        return (
          candidates.find((spec) => spec.name === row.assignee_name) ??
          (community && BUILDING_WORK.includes(row.category) ? DEMO_UNITS.find((spec) => spec.n === PROPERTY_UNIT[community]) : undefined)
        );
      default:
        return candidates.find((spec) => spec.name === row.assignee_name || spec.takes?.includes(row.assignee_name));
    }
  })();
  // A retired unit kept only the work it finished.
  if (!unit || (unit.active === false && !([RequestStatus.RESOLVED, RequestStatus.CLOSED] as string[]).includes(row.status))) return null;
  return unit;
}

/** The member it went to: the seeded assignee when a member, else the members in turn. */
function memberFor(unit: DemoUnitSpec, assignee: string | null, turn: number): string {
  const named = unit.members.map(demoPersonId).find((person) => person === assignee);
  return named ?? demoPersonId(unit.members[turn % unit.members.length]);
}

/** `UPDATE ... FROM (VALUES ...)` over rows of text parameters, 500 rows a statement. */
async function updateFromValues(manager: EntityManager, rows: string[][], columns: string, sql: string): Promise<void> {
  for (let start = 0; start < rows.length; start += 500) {
    const chunk = rows.slice(start, start + 500);
    const width = chunk[0].length;
    const values = chunk.map((row, r) => `(${row.map((_, c) => `$${r * width + c + 1}`).join(", ")})`).join(", ");
    await manager.query(sql.replace("VALUES", `(VALUES ${values}) AS v(${columns})`), chunk.flat());
  }
}

export async function dispatchDemoRequests(manager: EntityManager, anchor: Date): Promise<void> {
  const seeded: SeededRow[] = await manager.query(
    `SELECT r."id", r."community_id", r."category", r."status", r."force_kind", r."assignee_name", r."assignee_person_id",
            r."volunteer_team_id", r."assigned_at",
            (SELECT e."actor_id" FROM "request_event" e WHERE e."request_id" = r."id" AND e."type" = 'ASSIGNED'
              ORDER BY e."seq" DESC LIMIT 1) AS "dispatched_by"
       FROM "resident_request" r
      WHERE r."force_kind" IS NOT NULL AND r."community_id" = ANY($1::uuid[])
      ORDER BY r."submitted_at", r."id"`,
    [DEMO_COMMUNITIES.map((community) => community.id)],
  );
  const handling: Array<Partial<RequestUnit>> = [];
  const assignments: string[][] = [];
  const coHandled: Array<Partial<RequestEvent>> = [];
  let safetyTurn = 0;
  seeded.forEach((row, turn) => {
    const unit = unitFor(row);
    if (!unit) return;
    const personId = memberFor(unit, row.assignee_person_id, turn);
    const at = new Date(row.assigned_at);
    handling.push({
      requestId: row.id,
      unitId: demoUnitId(unit.n),
      leading: true,
      personId,
      dispatchedAt: at,
      dispatchedBy: row.dispatched_by,
    });
    assignments.push([row.id, unit.name, personId, unit.team ? demoTeamId(unit.team) : ""]);
    const coHandle = unit.community === 1 && unit.n !== PATROL_UNIT && row.category === "安全隐患" && STARTED.includes(row.status);
    // A minute after the lead, before the work started (the seed starts work at least an hour's 2 % later).
    const joinedAt = new Date(at.getTime() + 60_000);
    if (!coHandle || safetyTurn++ % 3 !== 0 || joinedAt > anchor) return;
    const helper = demoPersonId(patrol.members[turn % patrol.members.length]);
    handling.push({
      requestId: row.id,
      unitId: demoUnitId(PATROL_UNIT),
      leading: false,
      personId: helper,
      dispatchedAt: joinedAt,
      dispatchedBy: row.dispatched_by,
    });
    coHandled.push({
      requestId: row.id,
      at: joinedAt,
      type: RequestEventType.DISPATCHED,
      note: `${patrol.name}（协办）：协助排查`,
      actorId: row.dispatched_by,
    });
  });
  await insertInChunks(manager, RequestUnit, handling);
  await insertInChunks(manager, RequestEvent, coHandled);
  await updateFromValues(
    manager,
    assignments,
    "id, name, person, team",
    `UPDATE "resident_request" r SET "assignee_name" = v.name, "assignee_person_id" = v.person::uuid,
            "volunteer_team_id" = NULLIF(v.team, '')::uuid
       FROM VALUES WHERE r."id" = v.id::uuid`,
  );
  await updateFromValues(
    manager,
    assignments.map(([id, name]) => [id, name]),
    "id, name",
    `UPDATE "request_event" e SET "note" = v.name FROM VALUES WHERE e."request_id" = v.id::uuid AND e."type" = 'ASSIGNED'`,
  );
}
