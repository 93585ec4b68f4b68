import type { ComponentType } from "react";
import { loadRemote, registerRemotes } from "@module-federation/runtime";
import type { RemoteAppProps } from "@dongting/ui-kit";
import type { RemoteEntries, RemoteEntry } from "./config";

/**
 * Registers the remotes listed in remotes.json with the Module Federation runtime that
 * @module-federation/vite initialised for the shell (its share scope holds the shell's react,
 * react-dom, antd and @apollo/client, which the remotes then reuse).
 */
export function registerRemoteEntries(remotes: RemoteEntries): void {
  const list = Object.values(remotes).map((r) => ({ name: r.name, entry: r.entry, type: "module" as const }));
  if (list.length > 0) registerRemotes(list);
}

const loadedApps = new Map<string, ComponentType<RemoteAppProps>>();

/** A remote's App already loaded in this page, so revisiting its slot renders at once. */
export function loadedRemoteApp(remote: RemoteEntry | undefined): ComponentType<RemoteAppProps> | undefined {
  return remote ? loadedApps.get(remote.name + "\n" + remote.entry) : undefined;
}

interface RemoteAppModule {
  default?: ComponentType<RemoteAppProps>;
}

/**
 * Loads a remote's `./App`. With `fresh`, the remote is registered again first, which drops the
 * runtime's cached manifest and entry so a retry really goes back to the network.
 */
export async function loadRemoteApp(remote: RemoteEntry, fresh: boolean): Promise<ComponentType<RemoteAppProps>> {
  if (fresh) registerRemotes([{ name: remote.name, entry: remote.entry, type: "module" }], { force: true });
  const module = await loadRemote<RemoteAppModule>(`${remote.name}/App`);
  const App = module?.default;
  if (typeof App !== "function" && (typeof App !== "object" || App === null)) {
    throw new Error(`${remote.name}/App has no default export`);
  }
  loadedApps.set(remote.name + "\n" + remote.entry, App);
  return App;
}
