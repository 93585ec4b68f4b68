import { formatLocalPattern } from "@dongting/domain/local-time";

/** The calendar year in the community's local time at `instant`: request numbers restart with it. */
export const localYear = (instant: Date): number => Number(formatLocalPattern(instant, "yyyy"));

/** DT-2026-000123: the year of submission and that year's running number. */
export function formatRequestCode(year: number, number: number): string {
  if (!Number.isInteger(number) || number < 1 || number > 999_999) {
    throw new RangeError(`request number ${number} does not fit six digits`);
  }
  return `DT-${year}-${number.toString().padStart(6, "0")}`;
}
