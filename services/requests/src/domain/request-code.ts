import { formatLocalPattern } from "@dongting/domain/local-time";

/** The calendar year in the community's local time at `instant`: request numbers restart with it. */
export const localYear = (instant: Date): number => Number(formatLocalPattern(instant, "yyyy"));

/**
 * A community's code (the prefix): two to eight capital letters (DT, SG, a district's DAAE), as organisation's
 * community table holds them. The CHECK on resident_request.code holds the same with the year and the number.
 */
const PREFIX = /^[A-Z]{2,8}$/;
export const REQUEST_CODE_PATTERN = "^[A-Z]{2,8}-[0-9]{4}-[0-9]{6}$";
/** Eight letters, a dash, four digits, a dash, six digits. */
export const REQUEST_CODE_MAX = 20;

/** DT-2026-000123: the community's code, the year of submission and that year's running number in the community. */
export function formatRequestCode(prefix: string, year: number, number: number): string {
  if (!PREFIX.test(prefix)) throw new RangeError(`"${prefix}" is not a community code`);
  if (!Number.isInteger(number) || number < 1 || number > 999_999) {
    throw new RangeError(`request number ${number} does not fit six digits`);
  }
  return `${prefix}-${year}-${number.toString().padStart(6, "0")}`;
}
