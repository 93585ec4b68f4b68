export const TITLE_MAX = 80;
export const DESCRIPTION_MAX = 2000;

export type TextCheck = { value: string } | { problem: string };

/** Trims `raw` and checks it is 1..max characters (code points, as PostgreSQL's char_length counts). */
export function checkText(field: string, raw: string, max: number): TextCheck {
  const value = raw.trim();
  if (value.length === 0) return { problem: `${field} must not be blank` };
  if ([...value].length > max) return { problem: `${field} must be at most ${max} characters` };
  return { value };
}

/** Escapes LIKE wildcards so a search for "100%" finds that text literally. */
export function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
