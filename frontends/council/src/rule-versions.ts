/** Which two versions of a rule the diff compares first: the one before the latest, and the latest. */
export function defaultComparison(numbers: readonly number[]): { from: number; to: number } | null {
  if (numbers.length < 2) return null;
  const sorted = [...numbers].sort((a, b) => a - b);
  return { from: sorted[sorted.length - 2]!, to: sorted[sorted.length - 1]! };
}
