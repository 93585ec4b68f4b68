import { isLocalDate, toLocal } from "./local-time.js";

/*
 * People and party records (issue 13 point 6): the rules the organisation service enforces and its
 * frontend checks early. ID numbers, report and transfer dates, the limits of sunk-down reports and coverage.
 */

/** GB 11643-1999 weights of the first 17 digits, and the check character for each remainder mod 11. */
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_CHECK = "10X98765432";
const ID_SHAPE = /^[1-9]\d{16}[\dX]$/;

/** The check character of the first 17 digits of an 18-digit 居民身份证号. */
export function idNumberCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11];
}

/**
 * An ID number as typed (spaces allowed, a lower-case x) -> the 18 characters stored; blank -> null;
 * null when it is not an 18-digit number with a real birth date (digits 7..14) and a matching check character.
 */
export function normaliseIdNumber(raw: string | null | undefined): { idNumber: string | null } | { invalid: true } {
  const compact = (raw ?? "").replace(/\s/g, "").toUpperCase();
  if (compact === "") return { idNumber: null };
  if (!ID_SHAPE.test(compact)) return { invalid: true };
  const birth = `${compact.slice(6, 10)}-${compact.slice(10, 12)}-${compact.slice(12, 14)}`;
  if (!isLocalDate(birth) || birth < "1900-01-01") return { invalid: true };
  if (idNumberCheckCharacter(compact.slice(0, 17)) !== compact[17]) return { invalid: true };
  return { idNumber: compact };
}

export const isValidIdNumber = (raw: string): boolean => {
  const result = normaliseIdNumber(raw);
  return "idNumber" in result && result.idNumber !== null;
};

/** 420106199001011234 -> 420106********1234: the region code and the last four, never the birth date. */
export function maskIdNumber(idNumber: string): string {
  return idNumber.length === 18 ? `${idNumber.slice(0, 6)}********${idNumber.slice(14)}` : "****";
}

/** How much an ID number may be typed with (spaces) before it is normalised. */
export const ID_NUMBER_INPUT_MAX = 40;

/** A transfer or report date: a real "YYYY-MM-DD" not after today in the community (null when it is fine). */
export function recordDateProblem(value: string, now: Date): "DATE_INVALID" | "DATE_IN_FUTURE" | null {
  if (!isLocalDate(value)) return "DATE_INVALID";
  return value > toLocal(now).date ? "DATE_IN_FUTURE" : null;
}

/** 下沉党员报到: the work unit's name, each service duty, and how many duties one report lists. */
export const WORK_UNIT_MAX = 100;
export const DUTY_MAX = 50;
export const DUTIES_MAX = 10;

/** A transfer's note. */
export const TRANSFER_NOTE_MAX = 200;

/** How many grids and buildings one party unit may be linked to (a building group covers a few buildings). */
export const COVERAGE_MAX = 200;

/** How many party units a grid's or building's `partyUnits` lists (the first by name): a declared maximum. */
export const PARTY_UNITS_PER_PLACE_MAX = 20;
