import type { ReactNode } from "react";
import { Router } from "wouter";
import { useBrowserLocation } from "wouter/use-browser-location";

/**
 * One router for the shell and every remote: wouter on the browser's history. A remote wraps its pages in
 * `<RemoteRouter basePath>` and then routes, links and navigates relative to its base (`<Route path="/r/:id">`,
 * `<Link href="/r/1">`, `useLocation()`); `~/path` leaves the base. Every copy of wouter in the page shares
 * the one history, so the shell and the remotes see each other's navigation.
 */
export { Link, Redirect, Route, Switch, useLocation, useParams, useRoute } from "wouter";
export { navigate } from "wouter/use-browser-location";

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

/** The routes of a remote mounted at `basePath` ("/" or "" mounts it at the root). */
export function RemoteRouter({ basePath, children }: { basePath: string; children: ReactNode }) {
  const base = normalizePath(basePath);
  return <Router base={base === "/" ? "" : base}>{children}</Router>;
}

/** The browser's whole pathname, outside any base (for the shell's navigation). */
export function usePathname(): string {
  return useBrowserLocation()[0];
}
