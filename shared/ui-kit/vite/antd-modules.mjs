// @ts-check
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * antd shared one component module at a time. Sharing `antd` whole would put all of it (530 KB gzip) in
 * the shell's first load; bundling it into each frontend gives every remote its own copy of antd's core
 * (contexts, cssinjs, theme: ~90 KB br each). Instead every frontend imports `antd/es/<component>`,
 * each such path is a shared singleton, and the host provides all of them from one build: the shell
 * downloads only the components it renders, a remote only those the shell has not yet loaded, and
 * the whole page holds one copy of antd's internals (one ConfigProvider context, one style cache).
 */

const require = createRequire(import.meta.url);
const EXPORT_LINE = /^export \{ default as (\w+) \} from '\.\/([\w-]+)';$/gm;

/** antd's named exports and the module each one is the default export of: `Button` -> `antd/es/button`. */
function readAntdExports() {
  const esIndex = join(dirname(require.resolve("antd/package.json")), "es", "index.js");
  const source = readFileSync(esIndex, "utf8");
  const modules = new Map([...source.matchAll(EXPORT_LINE)].map(([, name, dir]) => [name, `antd/es/${dir}`]));
  if (modules.size < 50) throw new Error(`antd's es/index.js no longer lists its components as default re-exports (${modules.size} found)`);
  return modules;
}

const ANTD_EXPORTS = readAntdExports();

/** Every antd component module: the host provides them all, whichever a remote turns out to need. */
export const ANTD_SHARED_MODULES = Object.freeze([...new Set(ANTD_EXPORTS.values())].sort());

const UI_KIT_SOURCES = resolve(dirname(fileURLToPath(import.meta.url)), "..", "src");
const ANTD_IMPORT = /import\s*\{([^}]*)\}\s*from\s*["']antd["']/g;

/**
 * The antd modules a frontend's sources (and the ui-kit's, compiled into every frontend) import. A
 * remote consumes only these: the runtime loads every share a remote lists when the remote starts,
 * so listing all of antd would fetch every component on the first remote opened.
 * @param {string} frontendRoot
 */
export function antdModulesUsedBy(frontendRoot) {
  const used = new Set();
  for (const file of [...sourceFiles(join(frontendRoot, "src")), ...sourceFiles(UI_KIT_SOURCES)]) {
    for (const [, names] of readFileSync(file, "utf8").matchAll(ANTD_IMPORT)) {
      for (const entry of names.split(",").map((part) => part.trim())) {
        if (entry.startsWith("type ")) continue;
        const module = ANTD_EXPORTS.get(entry.split(/\s+as\s+/)[0]);
        if (module) used.add(module);
      }
    }
  }
  return [...used].sort();
}

/**
 * A folder's TypeScript sources, tests left out. A missing folder (a config loaded from elsewhere, as by
 * knip) has none: a build from there still fails on the first antd import missing from the share map.
 * @param {string} dir @returns {string[]}
 */
function sourceFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Rewrites `import { Button, Table as T } from "antd"` into one default import per module
 * (`import Button from "antd/es/button"`), so each reaches the share scope under its own key. It runs
 * after TypeScript is stripped, so only value imports are left; the imports stay on their line. A
 * module missing from `shared` fails the build: bundled locally, it would read its own copy of
 * antd's contexts and ignore the page's ConfigProvider.
 * @param {readonly string[]} shared
 * @returns {import("vite").Plugin}
 */
export function antdPerModule(shared) {
  const sharedModules = new Set(shared);
  return {
    name: "dongting:antd-per-module",
    transform(code, id) {
      if (id.includes("/node_modules/") || !/from\s*["']antd["']/.test(code)) return null;
      const program = this.parse(code);
      const edits = [];
      for (const node of program.body) {
        if (node.type !== "ImportDeclaration" || node.source.value !== "antd") continue;
        edits.push({
          start: node.start,
          end: node.end,
          text: node.specifiers.map((specifier) => importOfModule(specifier, sharedModules, id)).join(" "),
        });
      }
      if (edits.length === 0) return null;
      let rewritten = code;
      for (const edit of edits.reverse()) rewritten = rewritten.slice(0, edit.start) + edit.text + rewritten.slice(edit.end);
      return { code: rewritten, map: null };
    },
  };
}

/**
 * The federation plugin's stand-in for a shared antd module (`loadShare__antd/es/…`) awaits the share
 * scope at the top, so the bundler keeps it even where no binding of it is used: a barrel such as the
 * ui-kit's index would fetch every antd component the barrel touches. Declared free of side effects,
 * an unused one is left out.
 * @returns {import("vite").Plugin}
 */
export function antdSharesSideEffectFree() {
  return {
    name: "dongting:antd-shares-side-effect-free",
    transform(code, id) {
      return /loadShare__antd_mf_1_es_mf_1_/.test(id) ? { code, map: null, moduleSideEffects: false } : null;
    },
  };
}

/** @param {any} specifier @param {Set<string>} sharedModules @param {string} id */
function importOfModule(specifier, sharedModules, id) {
  if (specifier.type !== "ImportSpecifier") throw new Error(`only named imports of antd are supported (found ${specifier.type})`);
  const name = specifier.imported.name ?? specifier.imported.value;
  const module = ANTD_EXPORTS.get(name);
  if (!module) throw new Error(`antd has no component module for the export "${name}" (${id})`);
  if (!sharedModules.has(module)) throw new Error(`${module} is imported by ${id} but not in the frontend's share map`);
  return `import ${specifier.local.name} from "${module}";`;
}
