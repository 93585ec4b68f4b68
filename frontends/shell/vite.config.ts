import { defineHostConfig } from "@dongting/ui-kit/vite";

// Remotes are registered at run time from /remotes.json (see src/remotes.ts), so a remote can be
// redeployed without rebuilding the shell.
export default defineHostConfig({ name: "dongting_shell", port: 5173 });
