import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

export type FrontendName = "shell" | "organisation" | "requests" | "volunteers" | "station";

/** Fixed ports, as in ARCHITECTURE.md. */
export const FRONTEND_PORTS: Record<FrontendName, number> = {
  shell: 5173,
  organisation: 5174,
  requests: 5175,
  volunteers: 5176,
  station: 5177,
};

export const FRONTENDS_DIR = fileURLToPath(new URL("../../", import.meta.url));

export function frontendDir(name: FrontendName): string {
  return join(FRONTENDS_DIR, name);
}

export function frontendUrl(name: FrontendName): string {
  return `http://localhost:${FRONTEND_PORTS[name]}`;
}

/** Throws a clear message when a frontend has not been built yet. */
export function assertBuilt(names: readonly FrontendName[]): void {
  const missing = names.filter((name) => !existsSync(join(frontendDir(name), "dist", "index.html")));
  if (missing.length > 0) {
    throw new Error(
      `frontends not built: ${missing.join(", ")}. Run \`pnpm run build:frontends\` at the repository root first.`,
    );
  }
}
