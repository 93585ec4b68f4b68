import type { Plugin } from "vite";

/** Every antd component module (`antd/es/<component>`): the host provides them all. */
export declare const ANTD_SHARED_MODULES: readonly string[];

/** The antd modules a frontend's `src/` (and the ui-kit's) import by value. */
export declare function antdModulesUsedBy(frontendRoot: string): string[];

/** Rewrites `import { X } from "antd"` into per-module default imports, all of them in `shared`. */
export declare function antdPerModule(shared: readonly string[]): Plugin;

/** Lets the bundler leave out a shared antd module's stand-in when none of its bindings is used. */
export declare function antdSharesSideEffectFree(): Plugin;
