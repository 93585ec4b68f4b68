import type { Locale, ScopeKind } from "@dongting/ui-kit";
import type { CommunityPlaces } from "../graph/grants";

export interface ScopeOption {
  kind: ScopeKind;
  id: string;
  /** "第1网格（东亭社区）", "东亭社区党委", "水果湖街道". */
  label: string;
}

/**
 * The scopes a grant may name, from the communities: each community (COMMUNITY), its grids (GRID), its committee
 * (ORG_UNIT, layer_and_below) and its street (STREET, and ORG_UNIT for the street working committee). Units below a
 * committee are granted from the party tree's ids; the graph says UNKNOWN_SCOPE for anything else.
 */
export function scopeOptions(communities: readonly CommunityPlaces[]): ScopeOption[] {
  const options: ScopeOption[] = [];
  const seen = new Set<string>();
  const add = (option: ScopeOption) => {
    const key = `${option.kind}:${option.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    options.push(option);
  };
  for (const community of communities) {
    add({ kind: "COMMUNITY", id: community.id, label: community.name });
    for (const grid of community.grids) add({ kind: "GRID", id: grid.id, label: `${grid.name}（${community.name}）` });
    if (community.committee) add({ kind: "ORG_UNIT", id: community.committee.id, label: community.committee.name });
    if (community.street) {
      add({ kind: "STREET", id: community.street.id, label: community.street.name });
      add({ kind: "ORG_UNIT", id: community.street.id, label: community.street.name });
    }
  }
  return options;
}

/** The scope's name for the list of grants; unknown places (a branch below a committee) by kind and a short id. */
export function scopeName(options: readonly ScopeOption[], kind: ScopeKind, id: string | null, locale: Locale): string {
  if (kind === "GLOBAL") return locale === "en-US" ? "Everywhere" : "全域";
  const option = options.find((o) => o.kind === kind && o.id === id);
  return option?.label ?? `${id?.slice(-6) ?? ""}`;
}
