/** Where a demand came in (群众需求全收集: every channel). */
export enum RequestChannel {
  WECHAT = "WECHAT",
  GRID_GROUP = "GRID_GROUP",
  SECRETARY_MAILBOX = "SECRETARY_MAILBOX",
  PATROL = "PATROL",
  COUNCIL = "COUNCIL",
  HOTLINE = "HOTLINE",
  WALK_IN = "WALK_IN",
}

/** 四级: who handles the request, lowest first. */
export enum HandlingLevel {
  GRID = "GRID",
  COMMUNITY = "COMMUNITY",
  STREET = "STREET",
  DISTRICT = "DISTRICT",
}

/** 三色: urgency, which sets the deadlines. */
export enum Urgency {
  GREEN = "GREEN",
  YELLOW = "YELLOW",
  RED = "RED",
}

export enum RequestStatus {
  SUBMITTED = "SUBMITTED",
  ACCEPTED = "ACCEPTED",
  ASSIGNED = "ASSIGNED",
  IN_PROGRESS = "IN_PROGRESS",
  RESOLVED = "RESOLVED",
  CLOSED = "CLOSED",
  REJECTED = "REJECTED",
}

/** 工作力量: who is dispatched. */
export enum ForceKind {
  CADRE = "CADRE",
  COMMUNITY_STAFF = "COMMUNITY_STAFF",
  PUBLIC_SERVICE = "PUBLIC_SERVICE",
  CO_BUILDING_UNIT = "CO_BUILDING_UNIT",
  VOLUNTEER = "VOLUNTEER",
  CONVENIENCE_SERVICE = "CONVENIENCE_SERVICE",
}

/** The `type` of a RequestEvent. */
export enum RequestEventType {
  SUBMITTED = "SUBMITTED",
  ACCEPTED = "ACCEPTED",
  ASSIGNED = "ASSIGNED",
  STARTED = "STARTED",
  ESCALATED = "ESCALATED",
  RESOLVED = "RESOLVED",
  RATED = "RATED",
  REVIEWED = "REVIEWED",
  CLOSED = "CLOSED",
  REJECTED = "REJECTED",
  REOPENED = "REOPENED",
}

/** `'A','B'` for a CHECK constraint listing an enum's values. */
export function sqlValueList(values: Record<string, string>): string {
  return Object.values(values)
    .map((value) => `'${value}'`)
    .join(",");
}
