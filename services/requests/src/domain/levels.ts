import { HandlingLevel } from "./request-enums.js";

/** 四级, lowest first: small matters stay in the grid, big ones go up. */
export const LEVEL_ORDER: readonly HandlingLevel[] = [
  HandlingLevel.GRID,
  HandlingLevel.COMMUNITY,
  HandlingLevel.STREET,
  HandlingLevel.DISTRICT,
];

/**
 * One step up; null at DISTRICT (nowhere higher). A request not yet graded is where every demand
 * lands first, the grid, so it goes up to COMMUNITY.
 */
export function nextLevel(level: HandlingLevel | null): HandlingLevel | null {
  const rank = level === null ? 0 : LEVEL_ORDER.indexOf(level);
  return LEVEL_ORDER[rank + 1] ?? null;
}

export function higherLevel(a: HandlingLevel, b: HandlingLevel | null): HandlingLevel {
  return b !== null && LEVEL_ORDER.indexOf(b) > LEVEL_ORDER.indexOf(a) ? b : a;
}
