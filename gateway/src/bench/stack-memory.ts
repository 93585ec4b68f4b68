// The resident memory of the whole stack: every process started with it (subgraphs, gateway, embedded databases,
// the static server), found as the descendants of the process that started the stack.
import { commandOf, descendantsOf, pidListeningOn, residentMiB } from "./process-memory.js";

export interface ProcessMemory {
  pid: number;
  name: string;
  mib: number;
}

const PORT_NAMES: Record<number, string> = {
  4000: "gateway",
  4001: "organisation",
  4002: "requests",
  4003: "volunteers",
  4004: "station",
  4005: "council",
  5173: "frontends (static server)",
};

/** The process listening on each known port (one scan of /proc per port, not per process). */
function listeners(): Map<number, string> {
  const names = new Map<number, string>();
  for (const [port, name] of Object.entries(PORT_NAMES)) {
    const pid = pidListeningOn(Number(port));
    if (pid !== null) names.set(pid, name);
  }
  return names;
}

/** A short readable name: the service listening, else the script the process runs. */
function nameOf(pid: number, listening: Map<number, string>): string {
  const service = listening.get(pid);
  if (service) return service;
  const command = commandOf(pid);
  const script = command.split(" ").find((part) => /\.(m?js|ts)$/.test(part));
  return script ? script.split("/").slice(-3).join("/") : command.slice(0, 60);
}

/**
 * Memory of the stack started under `root` (this process when the bench started the stack, else the parent of the
 * gateway's process: `node infra/local/start.mjs` of `pnpm start`, which is counted too).
 */
export function stackMemory(root: number, includeRoot: boolean): ProcessMemory[] {
  const pids = [...(includeRoot ? [root] : []), ...descendantsOf(root)];
  const listening = listeners();
  return pids
    .map((pid) => ({ pid, name: nameOf(pid, listening), mib: residentMiB(pid) ?? 0 }))
    .filter((entry) => entry.mib > 0)
    .sort((a, b) => b.mib - a.mib);
}
