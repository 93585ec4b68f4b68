import { useMemo } from "react";
import { Segmented } from "antd";
import { ApartmentOutlined, ClusterOutlined } from "@ant-design/icons";
import {
  PageHeader,
  PageNotFound,
  RemoteRoot,
  joinPath,
  navigate,
  subPathSegments,
  usePathname,
  useRemoteSession,
  type Locale,
  type RemoteAppProps,
} from "@dongting/ui-kit";
import { OrgPage } from "./OrgPage";
import { GridPage } from "./GridPage";
import { PermissionsContext, permissionsOf } from "./viewer";
import { t } from "./i18n";

type Section = "party" | "grids";

function SectionSwitch({ basePath, locale, section }: { basePath: string; locale: Locale; section: Section }) {
  return (
    <Segmented<Section>
      data-testid="org-nav"
      value={section}
      onChange={(next) => navigate(next === "grids" ? joinPath(basePath, "grids") : joinPath(basePath))}
      options={[
        { value: "party", icon: <ApartmentOutlined />, label: <span data-section="party">{t(locale, "navParty")}</span> },
        { value: "grids", icon: <ClusterOutlined />, label: <span data-section="grids">{t(locale, "navGrids")}</span> },
      ]}
    />
  );
}

function OrgRoutes({ basePath, locale }: Pick<RemoteAppProps, "basePath" | "locale">) {
  const segments = subPathSegments(usePathname(), basePath) ?? [];
  const [first, second] = segments;
  const isTree = segments.length === 0 || (segments.length === 2 && first === "units");
  const isGrids = segments.length === 1 && first === "grids";
  if (!isTree && !isGrids) {
    return <PageNotFound locale={locale} backTo={joinPath(basePath)} backLabel={t(locale, "backToTree")} />;
  }
  const section: Section = isGrids ? "grids" : "party";
  return (
    <>
      <PageHeader
        title={isGrids ? t(locale, "gridTitle") : t(locale, "title")}
        subtitle={isGrids ? t(locale, "gridSubtitle") : t(locale, "subtitle")}
        extra={<SectionSwitch basePath={basePath} locale={locale} section={section} />}
      />
      {isGrids ? (
        <GridPage locale={locale} />
      ) : (
        // One element for the tree and for a unit's page, so the loaded tree survives moving between them.
        <OrgPage basePath={basePath} selectedId={second ?? null} locale={locale} />
      )}
    </>
  );
}

/**
 * The organisation remote: the party organisation tree and the grid tree under `basePath`, with its
 * own Apollo Client. Editing controls follow the viewer's roles (the shell's `viewer`, else the
 * token's claims); the graph enforces them again.
 */
export default function App({ basePath, locale, ...props }: RemoteAppProps) {
  const { viewer, client } = useRemoteSession(props);
  const permissions = useMemo(() => permissionsOf(viewer), [viewer]);
  return (
    <RemoteRoot client={client} locale={locale}>
      <PermissionsContext.Provider value={permissions}>
        <div
          data-remote="organisation"
          data-can-edit-tree={permissions.editTree ? "true" : "false"}
          data-can-edit-grid={permissions.editGrid ? "true" : "false"}
        >
          <OrgRoutes basePath={basePath} locale={locale} />
        </div>
      </PermissionsContext.Provider>
    </RemoteRoot>
  );
}
