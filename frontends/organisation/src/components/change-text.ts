import type { Locale } from "@dongting/ui-kit";

/** Parses an OrgUnitChange's `detail` (a JSON object as a string); {} when it is not one. */
export function parseDetail(detail: string | null | undefined): Record<string, unknown> {
  if (!detail) return {};
  try {
    const parsed: unknown = JSON.parse(detail);
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * What a history entry says in the UI's language. The graph words `summary` in Chinese; in English it
 * is worded here from `action` and `detail` (the names stored with the change), falling back to the
 * Chinese summary for an action this remote does not know.
 */
export function describeChange(locale: Locale, change: { action: string; summary: string; detail: string }): string {
  if (locale !== "en-US") return change.summary;
  const detail = parseDetail(change.detail);
  const text = (key: string, fallback = "none") => {
    const value = detail[key];
    return typeof value === "string" && value ? value : fallback;
  };
  const membership = (kind: unknown) => (kind === "SUNK_DOWN" ? "sunk-down member" : "direct member");
  switch (change.action) {
    case "CREATED":
      return `Created “${text("name")}”`;
    case "RENAMED":
      return `Renamed “${text("from")}” → “${text("to")}”`;
    case "MOVED":
      return `Moved from “${text("fromParentName")}” to “${text("toParentName")}”`;
    case "DELETED":
      return `Deleted “${text("name")}”`;
    case "SECRETARY_SET":
      return `Secretary: ${text("fromName")} → ${text("toName")}`;
    case "MEMBER_JOINED":
      return `Party member ${text("personName")} joined (${membership(detail.kind)})`;
    case "MEMBER_LEFT":
      return `Party member ${text("personName")} transferred to “${text("toUnitName")}”`;
    case "MEMBERSHIP_KIND_SET":
      return `Party member ${text("personName")} is now a ${membership(detail.kind)}`;
    default:
      return change.summary;
  }
}
