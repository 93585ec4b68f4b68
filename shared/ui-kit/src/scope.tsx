import { createContext, useContext, useMemo, type ReactNode } from "react";
import { Space, Tag } from "antd";
import { createEnumLabels } from "./i18n";
import type { Locale, Role, ScopeKind, Viewer, ViewerGrant } from "./remote-props";
import { roleLabel } from "./viewer";

/** How a scope kind reads when its name is not known. */
export const scopeKindLabel = createEnumLabels<ScopeKind>({
  "zh-CN": { GRID: "网格", ORG_UNIT: "党组织", COMMUNITY: "社区", STREET: "街道", GLOBAL: "全域" },
  "en-US": { GRID: "Grid", ORG_UNIT: "Party unit", COMMUNITY: "Community", STREET: "Street", GLOBAL: "Everywhere" },
});

/** The viewer's grants; a viewer without any (a `roles`-only token) holds its roles GLOBAL. */
export function grantsOfViewer(viewer: Viewer): ViewerGrant[] {
  return viewer.grants ?? viewer.roles.map((role) => ({ role, scopeKind: "GLOBAL" as const, scopeId: null }));
}

/**
 * One grant as the interface says it: "网格长 · 第1网格", "社区工作人员 · 东亭社区". A STREET grant reads
 * "街道 · 水果湖街道": what matters there is the street, read-mostly, whatever the role.
 */
export function grantText(locale: Locale, grant: ViewerGrant): string {
  const place = grant.scopeName ?? scopeKindLabel(locale, grant.scopeKind);
  const who = grant.scopeKind === "STREET" ? scopeKindLabel(locale, "STREET") : roleLabel(locale, grant.role);
  return `${who} · ${place}`;
}

/** The grants that act in this community (every grant when `communityId` is null, or when a grant's reach is unknown). */
export function grantsActingIn(viewer: Viewer, communityId: string | null, roles?: readonly Role[]): ViewerGrant[] {
  return grantsOfViewer(viewer).filter(
    (grant) =>
      (!roles || grant.role === "ADMIN" || roles.includes(grant.role)) &&
      (communityId === null || grant.scopeKind === "GLOBAL" || !grant.communityIds || grant.communityIds.includes(communityId)),
  );
}

/** True when the viewer holds a STREET grant (the street views: the community ranking). */
export function hasStreetGrant(viewer: Viewer): boolean {
  return grantsOfViewer(viewer).some((grant) => grant.scopeKind === "STREET");
}

/** Who acts and where: what a remote's pages show next to their title. */
export interface ActingScope {
  viewer: Viewer;
  communityId: string | null;
  locale: Locale;
}

const ActingScopeContext = createContext<ActingScope | null>(null);

/** The acting scope of the remote (null outside a RemoteRoot given one). */
export function useActingScope(): ActingScope | null {
  return useContext(ActingScopeContext);
}

/** The active community (null: all the viewer may see); what every list filters by. */
export function useCommunityId(): string | null {
  return useContext(ActingScopeContext)?.communityId ?? null;
}

/** The `communityId` variable of a list query: none at all (not null) when every community is shown. */
export function communityFilter(communityId: string | null): { communityId?: string } {
  return communityId ? { communityId } : {};
}

/** The active community as a list query's variables (`{ ...useCommunityFilter() }`). */
export function useCommunityFilter(): { communityId?: string } {
  return communityFilter(useCommunityId());
}

export function ActingScopeProvider({ value, children }: { value: ActingScope; children: ReactNode }) {
  const { viewer, communityId, locale } = value;
  const memo = useMemo(() => ({ viewer, communityId, locale }), [viewer, communityId, locale]);
  return <ActingScopeContext.Provider value={memo}>{children}</ActingScopeContext.Provider>;
}

/**
 * A small tag row: the community acted in (or "all communities") and the grants that act there. PageHeader shows it
 * next to every page title, so each remote says in which scope it acts.
 */
export function ScopeTag({ scope }: { scope?: ActingScope | null }) {
  const fromContext = useActingScope();
  const acting = scope ?? fromContext;
  if (!acting) return null;
  const { viewer, communityId, locale } = acting;
  if (!viewer.personId && !viewer.grants && viewer.roles.length === 0) return null;
  const community = viewer.communities?.find((c) => c.id === communityId);
  const grants = grantsActingIn(viewer, communityId);
  const several = (viewer.communities?.length ?? 0) > 1;
  return (
    <Space size={4} wrap data-testid="acting-scope" data-community-id={communityId ?? ""}>
      {community ? (
        <Tag color="blue" data-testid="acting-community">
          {community.name}
        </Tag>
      ) : several ? (
        <Tag color="blue" data-testid="acting-community">
          {locale === "en-US" ? "All communities" : "全部社区"}
        </Tag>
      ) : null}
      {grants.map((grant) => (
        <Tag key={`${grant.role}:${grant.scopeKind}:${grant.scopeId ?? ""}`} data-scope-kind={grant.scopeKind} data-role={grant.role}>
          {grantText(locale, grant)}
        </Tag>
      ))}
    </Space>
  );
}
