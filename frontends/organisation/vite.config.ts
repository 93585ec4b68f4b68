import { defineRemoteConfig } from "@dongting/ui-kit/vite";

export default defineRemoteConfig({ name: "dongting_organisation", port: 5174 });
