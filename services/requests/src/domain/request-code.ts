/** The community's local time is Asia/Shanghai: UTC+8 all year (no daylight saving). */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The calendar year in Shanghai at `instant`. */
export function shanghaiYear(instant: Date): number {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).getUTCFullYear();
}

/** DT-2026-000123: the year of submission and that year's running number. */
export function formatRequestCode(year: number, number: number): string {
  if (!Number.isInteger(number) || number < 1 || number > 999_999) {
    throw new RangeError(`request number ${number} does not fit six digits`);
  }
  return `DT-${year}-${number.toString().padStart(6, "0")}`;
}
