import { defineRemoteConfig } from "@dongting/ui-kit/vite";

export default defineRemoteConfig({ name: "dongting_council", port: 5178 });
