/** Names are trimmed and must then be 1..max characters; returns the trimmed name or a problem. */
export function normaliseName(raw: string, max = 60): { name: string } | { problem: string } {
  const name = raw.trim();
  if (name.length === 0) return { problem: "name must not be blank" };
  if ([...name].length > max) return { problem: `name must be at most ${max} characters` };
  return { name };
}

const CODE = /^[A-Za-z0-9-]{1,20}$/;

/** Grid codes such as DT-01: trimmed, upper-cased, 1..20 letters, digits or hyphens. */
export function normaliseCode(raw: string): { code: string } | { problem: string } {
  const code = raw.trim().toUpperCase();
  if (!CODE.test(code)) return { problem: "code must be 1..20 letters, digits or hyphens" };
  return { code };
}
