export const TITLE_MAX = 80;
export const DESCRIPTION_MAX = 2000;

/** Escapes LIKE wildcards so a search for "100%" finds that text literally. */
export function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
