import { defineRemoteConfig } from "@dongting/ui-kit/vite";

export default defineRemoteConfig({ name: "dongting_requests", port: 5175 });
