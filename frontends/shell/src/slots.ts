import type { ShellKey } from "./i18n";

/** A place in the shell where one remote is mounted. */
export interface RemoteSlotDef {
  /** Key in remotes.json. */
  key: "organisation" | "requests" | "volunteers" | "station" | "council";
  /** basePath handed to the remote; the remote owns everything below it. */
  path: string;
  label: ShellKey;
  description: ShellKey;
}

export const REMOTE_SLOTS: readonly RemoteSlotDef[] = [
  { key: "organisation", path: "/organisation", label: "navOrganisation", description: "descOrganisation" },
  { key: "requests", path: "/requests", label: "navRequests", description: "descRequests" },
  { key: "volunteers", path: "/volunteers", label: "navVolunteers", description: "descVolunteers" },
  { key: "station", path: "/station", label: "navStation", description: "descStation" },
  { key: "council", path: "/council", label: "navCouncil", description: "descCouncil" },
];

/** The slot whose path is `pathname` or a prefix of it. */
export function slotForPath(pathname: string): RemoteSlotDef | undefined {
  return REMOTE_SLOTS.find((s) => pathname === s.path || pathname.startsWith(s.path + "/"));
}
