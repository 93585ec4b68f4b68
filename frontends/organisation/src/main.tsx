import { mountStandalone } from "@dongting/ui-kit/standalone";
import { findPersona } from "@dongting/ui-kit";
import App from "./App";

// Standalone page of the remote (its own dev server or preview), outside the shell. Signed in as the
// party secretary, or as another demo persona with `?persona=resident` (to see the read-only view).
const persona = findPersona(new URLSearchParams(window.location.search).get("persona")) ?? findPersona("party-secretary")!;

mountStandalone(App, {
  title: { "zh-CN": "党组织（独立运行）", "en-US": "Party organisation (standalone)" },
  graphqlUrl: import.meta.env.VITE_GRAPHQL_URL ?? "http://localhost:4000/graphql",
  authUrl: import.meta.env.VITE_AUTH_URL ?? "http://localhost:4000/auth/dev-token",
  roles: [...persona.roles],
  personId: persona.personId,
});
