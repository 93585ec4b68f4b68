/** `'A','B'` for a CHECK constraint listing an enumeration's values. */
export function sqlValueList(values: Record<string, string>): string {
  return Object.values(values)
    .map((value) => `'${value}'`)
    .join(",");
}
