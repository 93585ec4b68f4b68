import type { Locale, Role } from "./remote-props";

/**
 * The demo identities offered by the shell's development sign-in (AUTH_MODE=dev). Each is a person
 * the organisation seed registers (ids `00000000-0000-4000-8000-00000000000N`, the same as
 * `DEMO_PERSONAS` in the subgraph kit), so a persona's token carries a real person id.
 * Browser tests sign in with these keys (`signIn(page, "station-staff")`).
 *
 * The shell signs in with the person id only: the gateway issues the person's stored grants (each persona holds
 * one, scoped: the 网格长 grid 1 only, the street staff member the whole street). `roles` is the role of that
 * grant, kept for display and tests; it is not sent.
 */
export type PersonaKey =
  "party-secretary" | "community-staff" | "station-staff" | "resident" | "volunteer" | "grid-leader" | "street-staff";

export interface Persona {
  key: PersonaKey;
  /** The seeded person this persona signs in as. */
  personId: string;
  /** The role(s) of the persona's stored grants (display and tests only; the token carries the grants). */
  roles: Role[];
  /** The person's name in the demo seed; the shell's header shows the name read from the graph. */
  seedName: string;
  title: Record<Locale, string>;
  description: Record<Locale, string>;
}

const demoPersonId = (index: number) => `00000000-0000-4000-8000-${index.toString(16).padStart(12, "0")}`;

export const PERSONAS: readonly Persona[] = [
  {
    key: "party-secretary",
    personId: demoPersonId(1),
    roles: ["PARTY_COMMITTEE"],
    seedName: "王建国",
    title: { "zh-CN": "党委书记", "en-US": "Party secretary" },
    description: {
      "zh-CN": "管理党组织架构，统筹社区治理全局",
      "en-US": "Manages the party organisation tree and oversees community governance",
    },
  },
  {
    key: "community-staff",
    personId: demoPersonId(2),
    roles: ["COMMUNITY_STAFF"],
    seedName: "李敏",
    title: { "zh-CN": "社区工作人员", "en-US": "Community staff" },
    description: {
      "zh-CN": "受理、派单、跟踪“民呼我应”居民诉求",
      "en-US": "Triages, dispatches and follows up resident requests",
    },
  },
  {
    key: "station-staff",
    personId: demoPersonId(3),
    roles: ["STATION_STAFF"],
    seedName: "张丽",
    title: { "zh-CN": "驿站工作人员", "en-US": "Station staff" },
    description: {
      "zh-CN": "管理乐享驿站功能区与预约",
      "en-US": "Runs the Lexiang station's zones and bookings",
    },
  },
  {
    key: "resident",
    personId: demoPersonId(4),
    roles: ["RESIDENT"],
    seedName: "陈晓",
    title: { "zh-CN": "居民", "en-US": "Resident" },
    description: {
      "zh-CN": "提交诉求、预约驿站功能区",
      "en-US": "Submits requests and books station zones",
    },
  },
  {
    key: "volunteer",
    personId: demoPersonId(5),
    roles: ["VOLUNTEER"],
    seedName: "刘洋",
    title: { "zh-CN": "志愿者", "en-US": "Volunteer" },
    description: {
      "zh-CN": "加入志愿服务队，参加值班与签到",
      "en-US": "Joins volunteer teams, signs up for shifts and checks in",
    },
  },
  {
    key: "grid-leader",
    personId: demoPersonId(6),
    roles: ["GRID_LEADER"],
    seedName: "赵强",
    title: { "zh-CN": "网格长", "en-US": "Grid leader" },
    description: {
      "zh-CN": "处置本网格的居民诉求，联系小邻里与楼栋",
      "en-US": "Handles the requests of his grid and keeps in touch with its neighbourhoods",
    },
  },
  {
    key: "street-staff",
    personId: demoPersonId(7),
    roles: ["COMMUNITY_STAFF"],
    seedName: "孙建华",
    title: { "zh-CN": "街道工作人员", "en-US": "Street staff" },
    description: {
      "zh-CN": "查看水果湖街道各社区的诉求与排名（只读为主）",
      "en-US": "Follows the requests and ranking of every community of the street (mostly read-only)",
    },
  },
];

export function findPersona(key: string | null | undefined): Persona | undefined {
  return PERSONAS.find((persona) => persona.key === key);
}

export function isPersonaKey(value: unknown): value is PersonaKey {
  return typeof value === "string" && PERSONAS.some((persona) => persona.key === value);
}
