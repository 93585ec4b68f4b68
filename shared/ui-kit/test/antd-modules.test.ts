import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseAst, type Plugin } from "vite";
import { afterAll, describe, expect, it } from "vitest";
import { ANTD_SHARED_MODULES, antdModulesUsedBy, antdPerModule, antdSharesSideEffectFree } from "../vite/antd-modules.mjs";

const frontend = mkdtempSync(join(tmpdir(), "antd-modules-"));
afterAll(() => rmSync(frontend, { recursive: true, force: true }));

type TransformHook = (this: { parse: typeof parseAst }, code: string, id: string) => { code: string; moduleSideEffects?: boolean } | null;
const transform = (plugin: Plugin, code: string, id = "/work/frontends/x/src/Page.js") =>
  (plugin.transform as TransformHook).call({ parse: parseAst }, code, id);

describe("antd shared one module at a time", () => {
  it("lists every component module of antd for the host to provide", () => {
    expect(ANTD_SHARED_MODULES).toContain("antd/es/button");
    expect(ANTD_SHARED_MODULES).toContain("antd/es/config-provider");
    expect(ANTD_SHARED_MODULES).toContain("antd/es/date-picker");
    expect(ANTD_SHARED_MODULES.length).toBeGreaterThan(50);
    expect(new Set(ANTD_SHARED_MODULES).size).toBe(ANTD_SHARED_MODULES.length);
  });

  it("finds the modules a frontend's sources import, value imports only, the ui-kit's included", () => {
    mkdirSync(join(frontend, "src", "pages"), { recursive: true });
    writeFileSync(
      join(frontend, "src", "pages", "Page.tsx"),
      'import {\n  Button,\n  Table as DataTable,\n  type TableProps,\n} from "antd";\nimport type { ModalProps } from "antd";\n',
    );
    writeFileSync(join(frontend, "src", "Page.test.tsx"), 'import { Calendar } from "antd";\n');
    const used = antdModulesUsedBy(frontend);
    expect(used).toEqual(expect.arrayContaining(["antd/es/button", "antd/es/table", "antd/es/config-provider", "antd/es/result"]));
    expect(used).not.toContain("antd/es/modal");
    expect(used).not.toContain("antd/es/calendar");
  });

  it("rewrites named imports of antd into one default import per module, on the same line", () => {
    const plugin = antdPerModule(["antd/es/button", "antd/es/table"]);
    const code = 'import { Button, Table as DataTable } from "antd";\nexport const x = [Button, DataTable];\n';
    const result = transform(plugin, code);
    expect(result?.code).toBe(
      'import Button from "antd/es/button"; import DataTable from "antd/es/table";\nexport const x = [Button, DataTable];\n',
    );
    expect(transform(plugin, 'import { useMemo } from "react";\n')).toBeNull();
    expect(transform(plugin, 'import { Button } from "antd";\n', "/work/node_modules/lib/index.js")).toBeNull();
  });

  it("fails the build for a module missing from the share map or a default or namespace import", () => {
    const plugin = antdPerModule(["antd/es/button"]);
    expect(() => transform(plugin, 'import { Table } from "antd";\n')).toThrow(
      /antd\/es\/table is imported by .* but not in the frontend's share map/,
    );
    expect(() => transform(plugin, 'import { NoSuchThing } from "antd";\n')).toThrow(/no component module for the export "NoSuchThing"/);
    expect(() => transform(plugin, 'import * as antd from "antd";\n')).toThrow(/only named imports/);
  });

  it("declares the federation plugin's stand-ins for antd modules free of side effects, and nothing else", () => {
    const plugin = antdSharesSideEffectFree();
    const standIn = "/virtual/__mfe_internal__shell__loadShare__antd_mf_1_es_mf_1_result__loadShare__.js";
    expect(transform(plugin, "export default 1;", standIn)).toEqual({ code: "export default 1;", map: null, moduleSideEffects: false });
    expect(transform(plugin, "export default 1;", "/virtual/__loadShare__react__loadShare__.js")).toBeNull();
  });
});
