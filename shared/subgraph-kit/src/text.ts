import { badUserInput } from "./errors.js";

export type TextCheck = { value: string } | { problem: string; reason: "TEXT_BLANK" | "TEXT_TOO_LONG" };

/**
 * Trims `raw` and checks it is then 1..max characters, counted as code points (as PostgreSQL's
 * char_length counts them, so 60 汉字 fit in 60); the problem names `field`.
 */
export function checkText(field: string, raw: string, max: number): TextCheck {
  const value = raw.trim();
  if (value.length === 0) return { problem: `${field} must not be blank`, reason: "TEXT_BLANK" };
  if ([...value].length > max) return { problem: `${field} must be at most ${max} characters`, reason: "TEXT_TOO_LONG" };
  return { value };
}

/** The trimmed text of a required input field; BAD_USER_INPUT `{ field }` unless it is 1..max characters. */
export function requiredText(field: string, raw: string, max: number): string {
  const checked = checkText(field, raw, max);
  if ("problem" in checked)
    throw badUserInput(checked.reason, checked.problem, {
      field,
      fields: [{ field, constraint: checked.reason === "TEXT_BLANK" ? "isNotEmpty" : "maxLength", message: checked.problem }],
    });
  return checked.value;
}

/** Like requiredText for an optional field: absent or blank is null. */
export function optionalText(field: string, raw: string | null | undefined, max: number): string | null {
  if (raw === null || raw === undefined || raw.trim() === "") return null;
  return requiredText(field, raw, max);
}
