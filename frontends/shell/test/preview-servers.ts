import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { FRONTEND_PORTS, frontendDir, frontendUrl, type FrontendName } from "./frontends";

/** One `vite preview` child process serving a built frontend on its fixed port. */
export interface PreviewServer {
  readonly name: FrontendName;
  readonly url: string;
  readonly running: boolean;
  start(): Promise<void>;
  stop(): Promise<void>;
}

async function responds(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    return response.ok;
  } catch {
    return false;
  }
}

/** The URL that answers once the server is up: the manifest for remotes, the page for the shell. */
function readinessUrl(name: FrontendName): string {
  return name === "shell" ? `${frontendUrl(name)}/` : `${frontendUrl(name)}/mf-manifest.json`;
}

function viteBin(name: FrontendName): string {
  const require = createRequire(join(frontendDir(name), "package.json"));
  return join(require.resolve("vite/package.json"), "..", "bin", "vite.js");
}

export function previewServer(name: FrontendName): PreviewServer {
  let child: ChildProcess | null = null;
  let output = "";

  const exited = (proc: ChildProcess) =>
    proc.exitCode !== null || proc.signalCode !== null
      ? Promise.resolve()
      : new Promise<void>((resolve) => proc.once("exit", () => resolve()));

  return {
    name,
    url: frontendUrl(name),
    get running() {
      return child !== null;
    },

    async start() {
      if (child) return;
      if (await responds(readinessUrl(name))) {
        throw new Error(`port ${FRONTEND_PORTS[name]} already serves something; stop it before running the browser tests`);
      }
      output = "";
      const proc = spawn(
        process.execPath,
        [viteBin(name), "preview", "--port", String(FRONTEND_PORTS[name]), "--strictPort"],
        { cwd: frontendDir(name), env: { ...process.env, NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] },
      );
      child = proc;
      proc.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
      proc.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
      proc.once("exit", () => {
        if (child === proc) child = null;
      });

      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline) {
        if (child !== proc) throw new Error(`vite preview for ${name} exited early:\n${output}`);
        if (await responds(readinessUrl(name))) return;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      proc.kill("SIGKILL");
      throw new Error(`vite preview for ${name} did not answer on ${readinessUrl(name)} within 60 s:\n${output}`);
    },

    async stop() {
      const proc = child;
      if (!proc) return;
      const done = exited(proc);
      proc.kill("SIGTERM");
      const timer = setTimeout(() => proc.kill("SIGKILL"), 5_000);
      await done;
      clearTimeout(timer);
      child = null;
    },
  };
}

/** Starts `vite preview` for the given frontends in parallel; stops the ones started on failure. */
export async function startPreviewServers(names: readonly FrontendName[]): Promise<Map<FrontendName, PreviewServer>> {
  const servers = new Map(names.map((name) => [name, previewServer(name)] as const));
  const results = await Promise.allSettled([...servers.values()].map((server) => server.start()));
  const failure = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failure) {
    await stopPreviewServers(servers);
    throw failure.reason;
  }
  return servers;
}

export async function stopPreviewServers(servers: Map<FrontendName, PreviewServer>): Promise<void> {
  await Promise.all([...servers.values()].map((server) => server.stop()));
}
