/** A LIKE pattern matching names that contain `search` (trimmed), or null when there is nothing to search. */
export function containsPattern(search: string | null | undefined): string | null {
  const needle = search?.trim();
  if (!needle) return null;
  return `%${needle.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
