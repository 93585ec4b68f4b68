/** Names of units, grids, neighbourhoods, buildings and people: 1..60 characters once trimmed. */
export const NAME_MAX = 60;

const CODE = /^[A-Za-z0-9-]{1,20}$/;

/** Grid codes such as DT-01: trimmed, upper-cased, 1..20 letters, digits or hyphens. */
export function normaliseCode(raw: string): { code: string } | { problem: string } {
  const code = raw.trim().toUpperCase();
  if (!CODE.test(code)) return { problem: "code must be 1..20 letters, digits or hyphens" };
  return { code };
}
