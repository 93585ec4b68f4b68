import { defineRemoteConfig } from "@dongting/ui-kit/vite";

export default defineRemoteConfig({ name: "dongting_volunteers", port: 5176 });
