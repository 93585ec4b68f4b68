import type { DataSource, EntityManager } from "typeorm";
import { DEMO_PEOPLE_COUNT, demoPersonId, demoPersonName, demoPersonPhone } from "@dongting/subgraph-kit";
import { CompoundForm, OrgUnitKind } from "../domain/org-unit-kind.js";
import { OrgUnit } from "../org-unit/org-unit.entity.js";
import { CommunityRole } from "../person/community-role.js";
import { Person } from "../person/person.entity.js";

const ENTITY_COMPOUNDS = ["东亭小区", "东湖名居", "水果湖花园", "东亭二路小区", "省委宿舍", "武汉大学教工小区", "东亭路小区", "湖北日报宿舍", "省财政厅宿舍", "东亭新村"];
const FUNCTIONAL_COMPOUNDS = ["物业服务功能党支部", "志愿服务功能党支部", "商户联合功能党支部", "新就业群体功能党支部"];

async function insertUnit(manager: EntityManager, unit: Partial<OrgUnit>): Promise<OrgUnit> {
  return manager.save(manager.create(OrgUnit, { form: null, parentId: null, ...unit }));
}

/** The Dongting party tree: the street committee, the community committee, its 14 compound organisations. */
async function seedTree(manager: EntityManager) {
  const street = await insertUnit(manager, { name: "中南路街道党工委", kind: OrgUnitKind.STREET_WORKING_COMMITTEE });
  const community = await insertUnit(manager, { name: "东亭社区党委", kind: OrgUnitKind.COMMUNITY_COMMITTEE, parentId: street.id });
  for (const [index, name] of ENTITY_COMPOUNDS.entries()) {
    const compound = await insertUnit(manager, {
      name: `${name}党支部`,
      kind: OrgUnitKind.COMPOUND_ORGANISATION,
      form: CompoundForm.ENTITY,
      parentId: community.id,
    });
    const group = await insertUnit(manager, { name: `${name}${index + 1}栋党小组`, kind: OrgUnitKind.BUILDING_GROUP, parentId: compound.id });
    await insertUnit(manager, { name: `${name}${index + 1}栋党员中心户`, kind: OrgUnitKind.CENTRAL_HOUSEHOLD, parentId: group.id });
  }
  for (const name of FUNCTIONAL_COMPOUNDS) {
    await insertUnit(manager, { name, kind: OrgUnitKind.COMPOUND_ORGANISATION, form: CompoundForm.FUNCTIONAL, parentId: community.id });
  }
}

async function seedPeople(manager: EntityManager) {
  const people = Array.from({ length: DEMO_PEOPLE_COUNT }, (_, i) => {
    const index = i + 1;
    return {
      id: demoPersonId(index),
      name: demoPersonName(index),
      phone: demoPersonPhone(index),
      roles: index === 6 ? [CommunityRole.GRID_LEADER] : index % 50 === 0 ? [CommunityRole.BUILDING_LEADER] : [],
    };
  });
  for (let i = 0; i < people.length; i += 200) await manager.insert(Person, people.slice(i, i + 200));
}

/** Loads the Dongting demo community into an empty database; does nothing when data exists. */
export async function seedDongting(db: DataSource): Promise<void> {
  if ((await db.manager.count(OrgUnit)) > 0) return;
  await db.transaction(async (manager) => {
    await seedTree(manager);
    await seedPeople(manager);
  });
}
