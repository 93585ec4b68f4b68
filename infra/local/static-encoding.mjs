// Which precompressed sibling of a built file to send (the frontends' builds write x.js.br and x.js.gz
// next to x.js, see shared/ui-kit/vite/remote-config.mjs). Kept apart from static-server.mjs, which
// starts servers when imported, so the choice can be tested on its own.

/** Preferred first: brotli is ~15-20% smaller than gzip on our bundles. */
const CODINGS = [
  { coding: "br", suffix: ".br" },
  { coding: "gzip", suffix: ".gz" },
];

/**
 * The codings an `accept-encoding` header allows: listed without `q=0` (RFC 9110 12.5.3), or covered
 * by `*` when the coding itself is not named.
 * @param {string | undefined} header
 * @returns {Set<string>}
 */
function acceptedCodings(header) {
  const allowed = new Set();
  const refused = new Set();
  let star = false;
  for (const part of (header ?? "").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const zero = q !== undefined && Number(q.slice(2)) === 0;
    if (name === "*") star = !zero;
    else (zero ? refused : allowed).add(name);
  }
  if (star) for (const { coding } of CODINGS) if (!refused.has(coding)) allowed.add(coding);
  return allowed;
}

/**
 * The sibling to serve for `file`, or null for the plain file.
 * @param {string | undefined} acceptEncoding the request's `accept-encoding`
 * @param {string} file the plain file's path
 * @param {(path: string) => boolean} exists
 * @returns {{ coding: string, path: string } | null}
 */
export function chooseEncoding(acceptEncoding, file, exists) {
  const allowed = acceptedCodings(acceptEncoding);
  for (const { coding, suffix } of CODINGS) {
    if (allowed.has(coding) && exists(file + suffix)) return { coding, path: file + suffix };
  }
  return null;
}
