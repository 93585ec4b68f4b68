import {
  conflict,
  notFound,
  recordHistories,
  recordHistory,
  requireId,
  type HistoryItem,
  type SubgraphContext,
} from "@dongting/subgraph-kit";
import { refusalMessage } from "@dongting/domain/organisation";
import type { MembershipKind } from "../domain/membership-kind.js";
import { findUnit } from "../org-unit/org-unit.service.js";
import { lockPartyTree } from "../org-unit/tree-lock.js";
import { checkTreeScope } from "../org-unit/tree-scope.js";
import { Person } from "../person/person.entity.js";
import { PartyMembership } from "./party-membership.entity.js";

/**
 * Makes the person a party member of the unit (a member belongs to one unit, so an existing membership
 * is transferred). Refused with CONFLICT while the person is the secretary of a unit the new one is not in.
 */
export async function assignPartyMembership(
  ctx: SubgraphContext,
  personId: string,
  orgUnitId: string,
  kind: MembershipKind,
): Promise<Person> {
  requireId("Person", personId);
  requireId("OrgUnit", orgUnitId);
  return ctx.db.transaction(async (manager) => {
    await lockPartyTree(manager);
    const person = await manager.findOneBy(Person, { id: personId });
    if (!person) throw notFound("Person", personId);
    const unit = await findUnit(manager, orgUnitId);
    const current = await manager.findOneBy(PartyMembership, { personId });
    // Both ends of a transfer: a branch secretary neither takes members from a sibling branch nor gives them.
    await checkTreeScope(ctx, manager, current ? [unit.id, current.orgUnitId] : [unit.id]);
    if (current && current.orgUnitId === orgUnitId && current.kind === kind) return person;

    if (current && current.orgUnitId === orgUnitId) {
      await manager.update(PartyMembership, { personId }, { kind });
      await recordHistory(manager, ctx.viewer, {
        subjectType: "OrgUnit",
        subjectId: orgUnitId,
        action: "MEMBERSHIP_KIND_SET",
        detail: { personId, personName: person.name, from: current.kind, kind },
      });
      return person;
    }

    const outside: Array<{ name: string }> = await manager.query(
      `SELECT u."name" FROM "org_unit" u WHERE u."secretary_id" = $1 AND NOT (u."path" @> $2::ltree) ORDER BY u."name" LIMIT 1`,
      [personId, unit.path],
    );
    if (outside.length > 0) {
      const detail = `${person.name} is the secretary of「${outside[0].name}」, which「${unit.name}」is not part of`;
      throw conflict("SECRETARY_WOULD_LEAVE_UNIT", refusalMessage("SECRETARY_WOULD_LEAVE_UNIT", detail), { unitName: outside[0].name });
    }

    await manager.upsert(PartyMembership, { personId, orgUnitId, kind, joinedAt: ctx.clock.now() }, ["personId"]);
    const changes: HistoryItem[] = [];
    if (current) {
      const previousUnit = await findUnit(manager, current.orgUnitId);
      changes.push({
        subjectType: "OrgUnit",
        subjectId: previousUnit.id,
        action: "MEMBER_LEFT",
        detail: { personId, personName: person.name, toUnitId: unit.id, toUnitName: unit.name },
      });
    }
    changes.push({
      subjectType: "OrgUnit",
      subjectId: orgUnitId,
      action: "MEMBER_JOINED",
      detail: { personId, personName: person.name, kind, fromUnitId: current?.orgUnitId ?? null },
    });
    await recordHistories(manager, ctx.viewer.personId, changes);
    return person;
  });
}
