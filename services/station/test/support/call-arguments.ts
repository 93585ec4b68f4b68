/**
 * The top-level arguments of every call of `name(...)` in TypeScript source, as source text: enough of a
 * scanner to skip strings, template literals (with nested `${...}`) and brackets. Declarations
 * (`function name(`) are not calls and are left out.
 */
export function callArguments(source: string, name: string): string[][] {
  const calls: string[][] = [];
  const pattern = new RegExp(`(?<![\\w.$])${name}\\s*\\(`, "g");
  for (const match of source.matchAll(pattern)) {
    if (/function\s+$/.test(source.slice(Math.max(0, match.index - 20), match.index))) continue;
    calls.push(splitArguments(source, match.index + match[0].length));
  }
  return calls;
}

function splitArguments(source: string, start: number): string[] {
  const args: string[] = [];
  let depth = 0;
  let current = "";
  let i = start;
  while (i < source.length) {
    const char = source[i];
    if (char === '"' || char === "'" || char === "`") {
      const end = skipString(source, i);
      current += source.slice(i, end);
      i = end;
      continue;
    }
    if ("([{".includes(char)) depth++;
    if (")]}".includes(char)) {
      if (depth === 0) break;
      depth--;
    }
    if (char === "," && depth === 0) {
      args.push(current.trim());
      current = "";
    } else {
      current += char;
    }
    i++;
  }
  if (current.trim()) args.push(current.trim());
  return args;
}

/** The index just past the string or template literal opening at `start`. */
function skipString(source: string, start: number): number {
  const quote = source[start];
  let i = start + 1;
  while (i < source.length && source[i] !== quote) {
    if (source[i] === "\\") i++;
    else if (quote === "`" && source[i] === "$" && source[i + 1] === "{") {
      i = skipExpression(source, i + 2);
      continue;
    }
    i++;
  }
  return i + 1;
}

/** The index just past the `}` closing a template expression that starts at `start`. */
function skipExpression(source: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < source.length) {
    const char = source[i];
    if (char === '"' || char === "'" || char === "`") {
      i = skipString(source, i);
      continue;
    }
    if (char === "{") depth++;
    if (char === "}") {
      if (depth === 0) return i + 1;
      depth--;
    }
    i++;
  }
  return i;
}
