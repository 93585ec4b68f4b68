import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { loadBootConfig } from "./config";
import { registerRemoteEntries } from "./remotes";
import { readLocale } from "./locale-preference";
import { ShellApp } from "./ShellApp";

async function start(): Promise<void> {
  document.documentElement.lang = readLocale();
  const boot = await loadBootConfig();
  try {
    registerRemoteEntries(boot.remotes);
  } catch (error) {
    boot.remotesError = error instanceof Error ? error.message : String(error);
  }
  const root = document.getElementById("root");
  if (!root) throw new Error("#root is missing from index.html");
  createRoot(root).render(
    <StrictMode>
      <ShellApp boot={boot} />
    </StrictMode>,
  );
}

void start();
