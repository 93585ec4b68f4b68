import type { EntityManager } from "typeorm";
import { DEMO_COMMUNITIES, demoCommunityId, demoGridId, demoPersonId, demoTeamId, insertInChunks } from "@dongting/subgraph-kit/seed";
import { DispatchRule } from "../rule/dispatch-rule.entity.js";
import { ServiceUnitMember } from "../unit/service-unit-member.entity.js";
import { ServiceUnit } from "../unit/service-unit.entity.js";
import { DEMO_RULES, DEMO_UNITS, demoRuleId, demoUnitId, type DemoUnitSpec } from "./demo-unit-catalogue.js";
import { dispatchDemoRequests } from "./demo-dispatch.js";

export { DEMO_RULES, DEMO_UNITS, demoRuleId, demoUnitId };

/** The demo work forces (see demo-unit-catalogue.ts) and the seeded requests they took. */
const specOf = (n: number): DemoUnitSpec => DEMO_UNITS.find((spec) => spec.n === n)!;

/**
 * Registers the demo units, their members and rules as they stood at `anchor` (created a year before it),
 * then hands the seeded requests already dispatched to the units that stand for their assignees.
 */
export async function seedDemoUnits(manager: EntityManager, anchor: Date): Promise<void> {
  const createdAt = new Date(anchor.getTime() - 400 * 24 * 3_600_000);
  const units: Array<Partial<ServiceUnit>> = DEMO_UNITS.map((spec) => ({
    id: demoUnitId(spec.n),
    name: spec.name,
    forceKind: spec.forceKind,
    communityId: DEMO_COMMUNITIES[spec.community - 1].id,
    volunteerTeamId: spec.team ? demoTeamId(spec.team) : null,
    active: spec.active ?? true,
    createdAt,
  }));
  const members: Array<Partial<ServiceUnitMember>> = DEMO_UNITS.flatMap((spec) =>
    spec.members.map((person) => ({ unitId: demoUnitId(spec.n), personId: demoPersonId(person), leader: person === spec.leader })),
  );
  const rules: Array<Partial<DispatchRule>> = DEMO_RULES.map((rule) => ({
    id: demoRuleId(rule.n),
    position: rule.position,
    communityId: demoCommunityId(specOf(rule.unit).community),
    category: rule.category,
    gridId: rule.grid ? demoGridId(rule.grid) : null,
    unitId: demoUnitId(rule.unit),
    urgency: rule.urgency,
    automatic: rule.automatic,
  }));
  await insertInChunks(manager, ServiceUnit, units);
  await insertInChunks(manager, ServiceUnitMember, members);
  await insertInChunks(manager, DispatchRule, rules);
  await dispatchDemoRequests(manager, anchor);
}
