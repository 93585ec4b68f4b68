import {
  badUserInput,
  checkInScope,
  conflict,
  notFound,
  optionalText,
  recordHistories,
  refuseOnViolation,
  requiredText,
  requireId,
  type SubgraphContext,
} from "@dongting/subgraph-kit";
import { refusalMessage } from "@dongting/domain/organisation";
import { DUTIES_MAX, DUTY_MAX, TRANSFER_NOTE_MAX, WORK_UNIT_MAX, recordDateProblem } from "@dongting/domain/organisation-people";
import { localInstant } from "@dongting/domain/local-time";
import { ACCESS } from "../access.js";
import { findUnit } from "../org-unit/org-unit.service.js";
import { lockPartyTree } from "../org-unit/tree-lock.js";
import { checkTreeScope } from "../org-unit/tree-scope.js";
import { Person } from "../person/person.entity.js";
import { PartyMembership } from "./party-membership.entity.js";
import { SunkDownReport } from "./sunk-down-report.entity.js";

/** A record's date: a real YYYY-MM-DD, not after today in the community; else BAD_USER_INPUT naming `field`. */
function checkRecordDate(ctx: SubgraphContext, field: string, value: string): string {
  const problem = recordDateProblem(value, ctx.clock.now());
  if (problem === "DATE_INVALID") throw badUserInput("DATE_INVALID", refusalMessage("DATE_INVALID", `${field}: ${value}`), { field });
  if (problem === "DATE_IN_FUTURE") throw badUserInput("DATE_IN_FUTURE", refusalMessage("DATE_IN_FUTURE", `${field}: ${value}`), { field });
  return value;
}

const notAMember = (person: Person) =>
  badUserInput("NOT_A_PARTY_MEMBER", refusalMessage("NOT_A_PARTY_MEMBER", `${person.name} has no party membership`), { field: "personId" });

/**
 * 组织关系转接: moves a member's party membership from their branch to another on a date, with a note,
 * recorded in both branches' histories (TRANSFERRED_OUT on the source, TRANSFERRED_IN on the target). The
 * viewer must keep party records at both ends. Runs under the party tree's lock and reads the membership
 * inside it, so of two transfers racing for one member the second sees the first's result (a second
 * transfer to the same branch is refused SAME_BRANCH, never recorded twice).
 */
export async function transferPartyMembership(
  ctx: SubgraphContext,
  personId: string,
  toOrgUnitId: string,
  on: string,
  rawNote: string | null | undefined,
): Promise<Person> {
  requireId("Person", personId);
  requireId("OrgUnit", toOrgUnitId);
  const date = checkRecordDate(ctx, "on", on);
  const note = optionalText("note", rawNote, TRANSFER_NOTE_MAX);
  return ctx.db.transaction(async (manager) => {
    await lockPartyTree(manager);
    const person = await manager.findOneBy(Person, { id: personId });
    if (!person) throw notFound("Person", personId);
    const target = await findUnit(manager, toOrgUnitId);
    const current = await manager.findOne(PartyMembership, { where: { personId }, lock: { mode: "pessimistic_write" } });
    await checkTreeScope(ctx, manager, current ? [current.orgUnitId, target.id] : [target.id], ACCESS.keepPartyRecords);
    if (!current) throw notAMember(person);
    if (current.orgUnitId === target.id) {
      throw conflict("SAME_BRANCH", refusalMessage("SAME_BRANCH", `${person.name} already belongs to「${target.name}」`));
    }
    const outside: Array<{ name: string }> = await manager.query(
      `SELECT u."name" FROM "org_unit" u WHERE u."secretary_id" = $1 AND NOT (u."path" @> $2::ltree) ORDER BY u."name" LIMIT 1`,
      [personId, target.path],
    );
    if (outside.length > 0) {
      const detail = `${person.name} is the secretary of「${outside[0].name}」, which「${target.name}」is not part of`;
      throw conflict("SECRETARY_WOULD_LEAVE_UNIT", refusalMessage("SECRETARY_WOULD_LEAVE_UNIT", detail), { unitName: outside[0].name });
    }
    const source = await findUnit(manager, current.orgUnitId);
    // The membership's date becomes the transfer's: the member belongs to the new branch from that day.
    await manager.update(PartyMembership, { personId }, { orgUnitId: target.id, joinedAt: localInstant(date) });
    const common = { personId, personName: person.name, on: date, note, kind: current.kind };
    await recordHistories(manager, ctx.viewer.personId, [
      {
        subjectType: "OrgUnit",
        subjectId: source.id,
        action: "TRANSFERRED_OUT",
        detail: { ...common, toUnitId: target.id, toUnitName: target.name },
      },
      {
        subjectType: "OrgUnit",
        subjectId: target.id,
        action: "TRANSFERRED_IN",
        detail: { ...common, fromUnitId: source.id, fromUnitName: source.name },
      },
      {
        subjectType: "Person",
        subjectId: personId,
        action: "PARTY_MEMBERSHIP_TRANSFERRED",
        detail: { fromUnitId: source.id, toUnitId: target.id, on: date },
      },
    ]);
    return person;
  });
}

/**
 * 下沉党员报到: a party member from a work unit reports to the community on a day with the duties they
 * take on; kept with the member's branch. One report per person and day (a unique index: two racing
 * reports, one CONFLICT SUNK_DOWN_REPORT_EXISTS).
 */
export async function recordSunkDownReport(
  ctx: SubgraphContext,
  personId: string,
  rawWorkUnit: string,
  reportedOn: string,
  rawDuties: readonly string[],
): Promise<SunkDownReport> {
  requireId("Person", personId);
  const workUnit = requiredText("workUnit", rawWorkUnit, WORK_UNIT_MAX);
  const date = checkRecordDate(ctx, "reportedOn", reportedOn);
  const duties = [...new Set(rawDuties.map((duty, i) => requiredText(`duties[${i}]`, duty, DUTY_MAX)))];
  if (duties.length === 0 || duties.length > DUTIES_MAX) {
    throw badUserInput("DUTIES_REQUIRED", refusalMessage("DUTIES_REQUIRED", `${duties.length} duties given`), { field: "duties" });
  }
  return refuseOnViolation(
    () =>
      ctx.db.transaction(async (manager) => {
        const person = await manager.findOneBy(Person, { id: personId });
        if (!person) throw notFound("Person", personId);
        // FOR SHARE: a transfer in flight (which locks the row FOR UPDATE) finishes first, so the report goes to the branch it leaves the member in.
        const membership = await manager.findOne(PartyMembership, { where: { personId }, lock: { mode: "pessimistic_read" } });
        if (!membership) {
          await checkInScope(ctx, ACCESS.keepPartyRecords, { communityId: person.communityId }, "write", "this person");
          throw notAMember(person);
        }
        await checkTreeScope(ctx, manager, [membership.orgUnitId], ACCESS.keepPartyRecords);
        const report = manager.create(SunkDownReport, { personId, orgUnitId: membership.orgUnitId, workUnit, reportedOn: date, duties });
        await manager.save(report);
        await recordHistories(manager, ctx.viewer.personId, [
          {
            subjectType: "OrgUnit",
            subjectId: membership.orgUnitId,
            action: "SUNK_DOWN_REPORTED",
            detail: { personId, personName: person.name, workUnit, reportedOn: date, duties },
          },
        ]);
        return report;
      }),
    {
      sunk_down_report_person_day_key: {
        reason: "SUNK_DOWN_REPORT_EXISTS",
        message: refusalMessage("SUNK_DOWN_REPORT_EXISTS", `a report on ${date} exists`),
      },
    },
  );
}
