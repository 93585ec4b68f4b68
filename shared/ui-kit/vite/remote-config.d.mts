import type { UserConfig, UserConfigFnObject } from "vite";

/** The packages every frontend shares as singletons. */
export declare const SHARED_SINGLETONS: readonly string[];

export interface RemoteConfigOptions {
  /** Federation name, e.g. "dongting_station" (the shell's remotes.json points at its manifest). */
  name: string;
  /** Fixed local port (ARCHITECTURE.md, "Local ports") of the dev server and the preview. */
  port: number;
  /** Modules the remote exposes; `{ "./App": "./src/App.tsx" }` by default. */
  exposes?: Record<string, string>;
}

export interface HostConfigOptions {
  name: string;
  port: number;
}

/** A remote's Vite config: React, module federation (manifest, singletons, no dts), absolute base. */
export declare function defineRemoteConfig(options: RemoteConfigOptions): UserConfigFnObject;

/** The host's (the shell's) Vite config: React, module federation with run-time remotes. */
export declare function defineHostConfig(options: HostConfigOptions): UserConfig;
