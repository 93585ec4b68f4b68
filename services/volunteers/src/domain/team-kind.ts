/** Kinds of volunteer team in Dongting; values equal names (stored as varchar with a CHECK). */
export enum TeamKind {
  PATROL = "PATROL",
  YOUTH = "YOUTH",
  WORKERS_SERVICE = "WORKERS_SERVICE",
  RED_NEIGHBOUR = "RED_NEIGHBOUR",
  ELDERLY_CARE = "ELDERLY_CARE",
  CULTURE = "CULTURE",
  OTHER = "OTHER",
}

export const TEAM_KINDS = Object.values(TeamKind);
