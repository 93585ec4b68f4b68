import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

/** Resident memory of a process in MiB, from /proc (Linux). */
export function residentMiB(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kib = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1]);
    return Number.isFinite(kib) ? kib / 1024 : null;
  } catch {
    return null;
  }
}

/** The pid listening on a local TCP port, via `ss` (iproute2). */
export function pidListeningOn(port: number): number | null {
  try {
    const output = execFileSync("ss", ["-Hltnp", `sport = :${port}`], { encoding: "utf8" });
    const pid = /pid=(\d+)/.exec(output)?.[1];
    return pid ? Number(pid) : null;
  } catch {
    return null;
  }
}
