/** Trims free text and checks it is 1..max characters; returns the text or a problem for `field`. */
export function requiredText(raw: string, field: string, max: number): { text: string } | { field: string; problem: string } {
  const text = raw.trim();
  if (text.length === 0) return { field, problem: `${field} must not be blank` };
  if ([...text].length > max) return { field, problem: `${field} must be at most ${max} characters` };
  return { text };
}

/** Optional free text: blank becomes null. */
export function optionalText(raw: string | null | undefined, field: string, max: number): { text: string | null } | { field: string; problem: string } {
  if (raw === null || raw === undefined || raw.trim() === "") return { text: null };
  return requiredText(raw, field, max);
}
