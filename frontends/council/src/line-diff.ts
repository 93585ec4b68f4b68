/**
 * A line diff between two versions of a rule's text, for the rules library (no diff library is installed;
 * the texts are a few dozen lines, so the classic longest-common-subsequence table is plenty).
 */

export type DiffOp = "same" | "added" | "removed";

export interface DiffLine {
  op: DiffOp;
  text: string;
  /** 1-based line number in the older text (absent for an added line). */
  oldNumber?: number;
  /** 1-based line number in the newer text (absent for a removed line). */
  newNumber?: number;
}

/** Lines of a text: CRLF and CR read as LF, and a final newline adds no empty last line. */
export function splitLines(text: string): string[] {
  if (text === "") return [];
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/** Beyond this many cells the table is not built: the middle is shown as removed then added. */
const MAX_CELLS = 4_000_000;

/**
 * The lines of `before` and `after` in order, each kept, removed or added; removals come before the
 * additions that replace them. Common head and tail are matched first, the rest by LCS.
 */
export function diffLines(before: string, after: string): DiffLine[] {
  const a = splitLines(before);
  const b = splitLines(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;

  const out: DiffLine[] = [];
  for (let i = 0; i < head; i++) out.push({ op: "same", text: a[i]!, oldNumber: i + 1, newNumber: i + 1 });

  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  for (const line of diffMiddle(midA, midB)) {
    out.push({
      ...line,
      ...(line.oldNumber !== undefined ? { oldNumber: line.oldNumber + head } : {}),
      ...(line.newNumber !== undefined ? { newNumber: line.newNumber + head } : {}),
    });
  }

  for (let i = tail; i > 0; i--) {
    out.push({ op: "same", text: a[a.length - i]!, oldNumber: a.length - i + 1, newNumber: b.length - i + 1 });
  }
  return out;
}

function diffMiddle(a: string[], b: string[]): DiffLine[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0 || (n + 1) * (m + 1) > MAX_CELLS) {
    return [
      ...a.map((text, i): DiffLine => ({ op: "removed", text, oldNumber: i + 1 })),
      ...b.map((text, j): DiffLine => ({ op: "added", text, newNumber: j + 1 })),
    ];
  }
  // lcs[i][j]: length of the LCS of a[i..] and b[j..], in one flat array.
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i] === b[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push({ op: "same", text: a[i]!, oldNumber: i + 1, newNumber: j + 1 });
      i++;
      j++;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) {
      out.push({ op: "removed", text: a[i]!, oldNumber: i + 1 });
      i++;
    } else {
      out.push({ op: "added", text: b[j]!, newNumber: j + 1 });
      j++;
    }
  }
  for (; i < n; i++) out.push({ op: "removed", text: a[i]!, oldNumber: i + 1 });
  for (; j < m; j++) out.push({ op: "added", text: b[j]!, newNumber: j + 1 });
  return out;
}

export interface DiffStats {
  added: number;
  removed: number;
  same: number;
}

export function diffStats(lines: readonly DiffLine[]): DiffStats {
  const stats: DiffStats = { added: 0, removed: 0, same: 0 };
  for (const line of lines) stats[line.op] += 1;
  return stats;
}
