import type { Locale, Role } from "@dongting/ui-kit";

/** Demo identities offered on the sign-in screen while the gateway runs with AUTH_MODE=dev. */
export interface Persona {
  id: string;
  roles: Role[];
  name: Record<Locale, string>;
  description: Record<Locale, string>;
}

export const PERSONAS: readonly Persona[] = [
  {
    id: "party-secretary",
    roles: ["PARTY_COMMITTEE"],
    name: { "zh-CN": "党委书记", "en-US": "Party secretary" },
    description: {
      "zh-CN": "管理党组织架构，统筹社区治理全局",
      "en-US": "Manages the party organisation tree and oversees community governance",
    },
  },
  {
    id: "community-staff",
    roles: ["COMMUNITY_STAFF"],
    name: { "zh-CN": "社区工作人员", "en-US": "Community staff" },
    description: {
      "zh-CN": "受理、派单、跟踪“民呼我应”居民诉求",
      "en-US": "Triages, dispatches and follows up resident requests",
    },
  },
  {
    id: "station-staff",
    roles: ["STATION_STAFF"],
    name: { "zh-CN": "驿站工作人员", "en-US": "Station staff" },
    description: {
      "zh-CN": "管理乐享驿站功能区与预约",
      "en-US": "Runs the Lexiang station's zones and bookings",
    },
  },
  {
    id: "resident",
    roles: ["RESIDENT"],
    name: { "zh-CN": "居民", "en-US": "Resident" },
    description: {
      "zh-CN": "提交诉求、预约驿站功能区",
      "en-US": "Submits requests and books station zones",
    },
  },
  {
    id: "volunteer",
    roles: ["VOLUNTEER"],
    name: { "zh-CN": "志愿者", "en-US": "Volunteer" },
    description: {
      "zh-CN": "加入志愿服务队，参加值班与签到",
      "en-US": "Joins volunteer teams, signs up for shifts and checks in",
    },
  },
];

export function findPersona(id: string | null | undefined): Persona | undefined {
  return PERSONAS.find((p) => p.id === id);
}
