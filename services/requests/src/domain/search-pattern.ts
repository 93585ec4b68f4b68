/** Escapes LIKE wildcards so a search for "100%" finds that text literally. */
export function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
