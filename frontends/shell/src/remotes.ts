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

/** Remotes whose last load failed; the next attempt registers them afresh. */
const failedRemotes = new Set<string>();

/**
 * Loads a remote's `./App`. After a failure the remote is registered again (force) before the
 * next attempt, which drops whatever the runtime cached about it, so a retry really goes back to
 * the network.
 */
export async function loadRemoteApp(remote: RemoteEntry): Promise<ComponentType<RemoteAppProps>> {
  const key = remote.name + "\n" + remote.entry;
  if (failedRemotes.has(key)) {
    registerRemotes([{ name: remote.name, entry: remote.entry, type: "module" }], { force: true });
  }
  try {
    const module = await loadRemote<RemoteAppModule>(`${remote.name}/App`);
    const App = module?.default;
    if (typeof App !== "function" && (typeof App !== "object" || App === null)) {
      throw new Error(`${remote.name}/App has no default export`);
    }
    failedRemotes.delete(key);
    loadedApps.set(key, App);
    return App;
  } catch (error) {
    failedRemotes.add(key);
    throw error;
  }
}
