import { defineRemoteConfig } from "@dongting/ui-kit/vite";

export default defineRemoteConfig({ name: "dongting_station", port: 5177 });
