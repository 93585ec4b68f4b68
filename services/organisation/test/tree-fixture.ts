import { demoPersonId } from "@dongting/subgraph-kit/seed";
import type { TestSubgraph } from "@dongting/subgraph-kit/testing";
import { committee } from "./helpers.js";

/**
 * A small party tree over the API (two roots, all five levels) with members inserted directly:
 *
 *   S1 水果湖街道党工委                 members: -
 *     C1 东亭社区党委                   m1 王一 (secretary), m2 李二
 *       A 东亭小区党支部 (ENTITY)       m3 张三
 *         G1 东亭小区1栋党小组           m4 刘四, m5 陈五 (SUNK_DOWN)
 *           H1 张伟党员中心户            m6 杨六
 *           H2 李娜党员中心户            m7 黄七, m8 赵八
 *         G2 东亭小区2栋党小组           -
 *       B 物业服务功能党支部 (FUNCTIONAL) -
 *         G3 物业第一党小组              m9 周九 (SUNK_DOWN)
 *     C2 东湖社区党委                   -
 *   S2 中南路街道党工委                 -
 *     C3 丁字桥社区党委                 m10 吴十
 */
export const MEMBER_NAMES = ["王一", "李二", "张三", "刘四", "陈五", "杨六", "黄七", "赵八", "周九", "吴十"];
export const memberId = (m: number, personBase = 9000) => demoPersonId(personBase + m);

export type Tree = Record<"S1" | "C1" | "A" | "G1" | "H1" | "H2" | "G2" | "B" | "G3" | "C2" | "S2" | "C3", string>;

const CREATE = `mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }`;

/** Builds the tree; `personBase` numbers its members (m1 = person personBase + 1) so one database can hold several trees. */
export async function buildTree(subgraph: TestSubgraph, options: { members?: boolean; personBase?: number } = {}): Promise<Tree> {
  const base = options.personBase ?? 9000;
  const create = async (name: string, kind: string, parentId?: string, form?: string) => {
    const answer = await subgraph.request(CREATE, { input: { name, kind, parentId, form } }, committee);
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    return answer.data!.createOrgUnit.id as string;
  };
  const S1 = await create("水果湖街道党工委", "STREET_WORKING_COMMITTEE");
  const S2 = await create("中南路街道党工委", "STREET_WORKING_COMMITTEE");
  const C1 = await create("东亭社区党委", "COMMUNITY_COMMITTEE", S1);
  const C2 = await create("东湖社区党委", "COMMUNITY_COMMITTEE", S1);
  const C3 = await create("丁字桥社区党委", "COMMUNITY_COMMITTEE", S2);
  const A = await create("东亭小区党支部", "COMPOUND_ORGANISATION", C1, "ENTITY");
  const B = await create("物业服务功能党支部", "COMPOUND_ORGANISATION", C1, "FUNCTIONAL");
  const G1 = await create("东亭小区1栋党小组", "BUILDING_GROUP", A);
  const G2 = await create("东亭小区2栋党小组", "BUILDING_GROUP", A);
  const G3 = await create("物业第一党小组", "BUILDING_GROUP", B);
  const H1 = await create("张伟党员中心户", "CENTRAL_HOUSEHOLD", G1);
  const H2 = await create("李娜党员中心户", "CENTRAL_HOUSEHOLD", G1);
  const tree: Tree = { S1, C1, A, G1, H1, H2, G2, B, G3, C2, S2, C3 };

  await subgraph.db.query(
    `INSERT INTO person (id, name, phone, community_id) SELECT unnest($1::uuid[]), unnest($2::varchar[]), '13800000000', '00000000-0000-4000-a005-000000000001'`,
    [MEMBER_NAMES.map((_, i) => memberId(i + 1, base)), MEMBER_NAMES],
  );
  if (options.members !== false) {
    const placement: Array<[number, keyof Tree, string]> = [
      [1, "C1", "DIRECT"],
      [2, "C1", "DIRECT"],
      [3, "A", "DIRECT"],
      [4, "G1", "DIRECT"],
      [5, "G1", "SUNK_DOWN"],
      [6, "H1", "DIRECT"],
      [7, "H2", "DIRECT"],
      [8, "H2", "DIRECT"],
      [9, "G3", "SUNK_DOWN"],
      [10, "C3", "DIRECT"],
    ];
    await subgraph.db.query(
      `INSERT INTO party_membership (person_id, org_unit_id, kind, joined_at)
       SELECT unnest($1::uuid[]), unnest($2::uuid[]), unnest($3::varchar[]), '2020-07-01T00:00:00+08:00'`,
      [placement.map(([m]) => memberId(m, base)), placement.map(([, unit]) => tree[unit]), placement.map(([, , kind]) => kind)],
    );
    await subgraph.db.query(`UPDATE org_unit SET secretary_id = $1 WHERE id = $2`, [memberId(1, base), C1]);
  }
  return tree;
}
