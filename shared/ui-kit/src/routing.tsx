import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from "react";

/**
 * Pathname routing shared by the shell and the remotes. They live in one window, so one
 * history and one event are enough: `navigate` pushes a state and announces it; every
 * `usePathname` re-renders.
 */
const NAVIGATE_EVENT = "dongting:navigate";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

function currentPathname(): string {
  return window.location.pathname;
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, currentPathname, () => "/");
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === window.location.pathname + window.location.search) return;
  if (options.replace) window.history.replaceState(null, "", to);
  else window.history.pushState(null, "", to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** Strips trailing slashes (keeping a lone "/"), so "/a/" and "/a" compare equal. */
export function normalizePath(path: string): string {
  const trimmed = path.replace(/\/+$/, "");
  return trimmed === "" ? "/" : trimmed;
}

/** Joins a base path and segments: joinPath("/requests", "r1") === "/requests/r1". */
export function joinPath(basePath: string, ...segments: string[]): string {
  const parts = [basePath, ...segments]
    .map((p) => p.replace(/^\/+|\/+$/g, ""))
    .filter((p) => p.length > 0)
    .map((p, i) => (i === 0 ? p : p.split("/").map(encodeURIComponent).join("/")));
  return "/" + parts.join("/");
}

/**
 * The path segments below `basePath`, decoded; null when `pathname` is outside it.
 * subPathSegments("/requests/r1", "/requests") -> ["r1"]
 */
export function subPathSegments(pathname: string, basePath: string): string[] | null {
  const base = normalizePath(basePath);
  const path = normalizePath(pathname);
  if (base !== "/" && path !== base && !path.startsWith(base + "/")) return null;
  const rest = base === "/" ? path : path.slice(base.length);
  return rest
    .split("/")
    .filter((s) => s.length > 0)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}

export type RouteLinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & { to: string };

/** An anchor that navigates in place on a plain left click and behaves normally otherwise. */
export function RouteLink({ to, onClick, ...rest }: RouteLinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={handleClick} {...rest} />;
}
