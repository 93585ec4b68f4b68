// @ts-check
// The slice boundary rule: a service never imports another service, a frontend never imports a service or
// another frontend; both meet only through the graph and the shared/ packages. Relative imports may not
// leave their own package; package imports may not name another slice's package.
import { dirname, relative, resolve, sep } from "node:path";

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), "../..");
const SLICE_DIRS = ["services", "frontends"];

/** "services/station" for a file inside it, else null (shared/, gateway/ and infra/ are not slices). */
function sliceOf(file) {
  const parts = relative(ROOT, file).split(sep);
  return SLICE_DIRS.includes(parts[0]) && parts.length > 2 ? `${parts[0]}/${parts[1]}` : null;
}

/** Package names of services and frontends: "@dongting/station-service", "@dongting/station-frontend". */
const SLICE_PACKAGE = /^@dongting\/[\w-]+-(service|frontend)(\/|$)/;

/** @type {import("eslint").ESLint.Plugin} */
export const boundaries = {
  rules: {
    "slice-imports": {
      meta: {
        type: "problem",
        messages: { crossing: "{{from}} may not import {{target}}: slices meet only through the graph and shared/ packages" },
      },
      create(context) {
        const file = context.filename;
        const ownSlice = sliceOf(file);
        const check = (node, source) => {
          if (typeof source !== "string") return;
          if (source.startsWith(".")) {
            const targetSlice = sliceOf(resolve(dirname(file), source));
            const leavesOwn = ownSlice ? targetSlice !== ownSlice : targetSlice !== null;
            if (leavesOwn)
              context.report({ node, messageId: "crossing", data: { from: ownSlice ?? relative(ROOT, file), target: source } });
          } else if (SLICE_PACKAGE.test(source)) {
            context.report({ node, messageId: "crossing", data: { from: ownSlice ?? relative(ROOT, file), target: source } });
          }
        };
        return {
          ImportDeclaration: (node) => check(node, node.source.value),
          ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
          ExportAllDeclaration: (node) => check(node, node.source.value),
          ImportExpression: (node) => node.source.type === "Literal" && check(node, node.source.value),
        };
      },
    },
  },
};
