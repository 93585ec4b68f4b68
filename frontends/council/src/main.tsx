import { mountStandalone } from "@dongting/ui-kit/standalone";
import App from "./App";

// Standalone page of the remote (its own dev server or preview), outside the shell.
mountStandalone(App, {
  title: { "zh-CN": "居民议事（独立运行）", "en-US": "Residents' council (standalone)" },
  graphqlUrl: import.meta.env.VITE_GRAPHQL_URL ?? "http://localhost:4000/graphql",
  authUrl: import.meta.env.VITE_AUTH_URL ?? "http://localhost:4000/auth/dev-token",
  roles: ["COMMUNITY_STAFF"],
});
