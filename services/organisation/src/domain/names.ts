/** Names are trimmed and must then be 1..max characters; returns the trimmed name or a problem. */
export function normaliseName(raw: string, max = 60): { name: string } | { problem: string } {
  const name = raw.trim();
  if (name.length === 0) return { problem: "name must not be blank" };
  if ([...name].length > max) return { problem: `name must be at most ${max} characters` };
  return { name };
}
