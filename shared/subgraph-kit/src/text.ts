import { badUserInput } from "./errors.js";

export type TextCheck = { value: string } | { problem: string };

/**
 * Trims `raw` and checks it is then 1..max characters, counted as code points (as PostgreSQL's
 * char_length counts them, so 60 汉字 fit in 60); the problem names `field`.
 */
export function checkText(field: string, raw: string, max: number): TextCheck {
  const value = raw.trim();
  if (value.length === 0) return { problem: `${field} must not be blank` };
  if ([...value].length > max) return { problem: `${field} must be at most ${max} characters` };
  return { value };
}

/** The trimmed text of a required input field; BAD_USER_INPUT `{ field }` unless it is 1..max characters. */
export function requiredText(field: string, raw: string, max: number): string {
  const checked = checkText(field, raw, max);
  if ("problem" in checked) throw badUserInput(checked.problem, { field });
  return checked.value;
}

/** Like requiredText for an optional field: absent or blank is null. */
export function optionalText(field: string, raw: string | null | undefined, max: number): string | null {
  if (raw === null || raw === undefined || raw.trim() === "") return null;
  return requiredText(field, raw, max);
}
