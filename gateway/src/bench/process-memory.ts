import { readdirSync, readFileSync, readlinkSync } from "node:fs";

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

const LISTEN = "0A";

/** The socket inodes listening on a local TCP port, from the kernel's socket tables (IPv4 and IPv6). */
function listeningSockets(port: number): Set<string> {
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let rows: string[];
    try {
      rows = readFileSync(table, "utf8").split("\n").slice(1);
    } catch {
      continue;
    }
    for (const row of rows) {
      // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode
      const columns = row.trim().split(/\s+/);
      if (columns.length < 10 || columns[3] !== LISTEN) continue;
      if (Number.parseInt(columns[1].split(":").at(-1) ?? "", 16) === port) inodes.add(columns[9]);
    }
  }
  return inodes;
}

function readdirOrEmpty(path: string): string[] {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}

/** The pid holding one of these sockets open (the first found), by the process' file descriptors. */
function socketOwner(inodes: Set<string>): number | null {
  for (const pid of readdirOrEmpty("/proc").filter((entry) => /^\d+$/.test(entry))) {
    for (const fd of readdirOrEmpty(`/proc/${pid}/fd`)) {
      try {
        const inode = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1];
        if (inode && inodes.has(inode)) return Number(pid);
      } catch {
        // the descriptor closed while we looked
      }
    }
  }
  return null;
}

/** The pid listening on a local TCP port, from /proc (Linux); null when nothing listens there. */
export function pidListeningOn(port: number): number | null {
  const inodes = listeningSockets(port);
  return inodes.size ? socketOwner(inodes) : null;
}

/** The parent pid of a process, from /proc/<pid>/stat (the field after the parenthesised command). */
export function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return null;
  }
}

/** Every process below `root` (children, their children...), not `root` itself. */
export function descendantsOf(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirOrEmpty("/proc").filter((name) => /^\d+$/.test(name))) {
    const pid = Number(entry);
    const parent = parentOf(pid);
    if (parent !== null) children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  const found: number[] = [];
  const queue = [...(children.get(root) ?? [])];
  while (queue.length) {
    const pid = queue.shift()!;
    found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

/** The command line of a process, for a readable memory listing. */
export function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).join(" ");
  } catch {
    return "?";
  }
}
