/** Required text: trimmed, then 1..max characters (counted as code points, so 60 汉字 fit in 60). */
export function requiredText(raw: string, field: string, max: number): { value: string } | { problem: string } {
  const value = raw.trim();
  if (value.length === 0) return { problem: `${field} must not be blank` };
  if ([...value].length > max) return { problem: `${field} must be at most ${max} characters` };
  return { value };
}

/** Optional text: trimmed; blank becomes null; at most max characters. */
export function optionalText(
  raw: string | null | undefined,
  field: string,
  max: number,
): { value: string | null } | { problem: string } {
  const value = raw?.trim() ?? "";
  if (value.length === 0) return { value: null };
  if ([...value].length > max) return { problem: `${field} must be at most ${max} characters` };
  return { value };
}

export const TEAM_NAME_MAX = 60;
export const PARTNER_UNIT_MAX = 100;
