import { lazy, type ComponentType, type LazyExoticComponent } from "react";

/** Any component, whatever its props (what React's own `lazy` accepts): they are checked where the page is used. */
type AnyComponent = ComponentType<any>;

/**
 * A component loaded on first render from a module's named export: `lazyPage(() => import("./pages/X"), "X")`.
 * React's `lazy` takes a default export only; pages here are named exports, so each would repeat the mapping.
 */
export function lazyPage<Module extends { [key in Name]: AnyComponent }, Name extends keyof Module & string>(
  load: () => Promise<Module>,
  name: Name,
): LazyExoticComponent<Module[Name]> {
  return lazy(async () => ({ default: (await load())[name] }));
}
