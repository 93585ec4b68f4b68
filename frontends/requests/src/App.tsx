import { Suspense, lazy, useMemo, type ReactNode } from "react";
import { relayStylePagination } from "@apollo/client/utilities";
import { Menu } from "antd";
import { BarChartOutlined, EditOutlined, FormOutlined, ProjectOutlined, UnorderedListOutlined } from "@ant-design/icons";
import {
  PageLoading,
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
import { RequestListPage } from "./pages/RequestListPage";
import { RequestPage } from "./pages/RequestPage";
import { MyRequestsPage } from "./pages/MyRequestsPage";
import { NewRequestPage } from "./pages/NewRequestPage";
import { BoardPage } from "./pages/BoardPage";
import { PermissionsContext, permissionsOf, usePermissions } from "./viewer";
import { t } from "./i18n";

// The dashboard brings ECharts; it loads only when opened.
const DashboardPage = lazy(() => import("./pages/DashboardPage").then((module) => ({ default: module.DashboardPage })));

/** Sections by the first path segment below basePath; any other single segment is a request id. */
export const SECTIONS = ["mine", "board", "new", "dashboard"] as const;
export type Section = "" | (typeof SECTIONS)[number];

function RequestsNav({ basePath, locale, current }: { basePath: string; locale: Locale; current: Section | null }) {
  const { readAll, handle, submitOwn } = usePermissions();
  const items = [
    readAll ? { key: "", icon: <UnorderedListOutlined />, label: t(locale, "navList") } : null,
    submitOwn ? { key: readAll ? "mine" : "", icon: <FormOutlined />, label: t(locale, "navMine") } : null,
    handle ? { key: "board", icon: <ProjectOutlined />, label: t(locale, "navBoard") } : null,
    handle ? { key: "new", icon: <EditOutlined />, label: t(locale, "navNew") } : null,
    readAll ? { key: "dashboard", icon: <BarChartOutlined />, label: t(locale, "navDashboard") } : null,
  ].filter((item) => item !== null);
  const selected = current === "mine" && !readAll ? "" : current;
  return (
    <Menu
      mode="horizontal"
      data-testid="requests-nav"
      selectedKeys={selected === null ? [] : [selected]}
      items={items.map((item) => ({ ...item, "data-section": item.key || "home" }))}
      onClick={({ key }) => navigate(key ? joinPath(basePath, key) : joinPath(basePath))}
      style={{ marginBottom: 16, background: "transparent" }}
    />
  );
}

function RequestRoutes({ basePath, locale }: Pick<RemoteAppProps, "basePath" | "locale">) {
  const { readAll } = usePermissions();
  const segments = subPathSegments(usePathname(), basePath) ?? [];
  const [first] = segments;
  let page: ReactNode;
  let current: Section | null = null;
  if (segments.length === 0) {
    current = "";
    page = readAll ? <RequestListPage basePath={basePath} locale={locale} /> : <MyRequestsPage basePath={basePath} locale={locale} />;
  } else if (segments.length === 1 && (SECTIONS as readonly string[]).includes(first!)) {
    current = first as Section;
    page =
      first === "mine" ? (
        <MyRequestsPage basePath={basePath} locale={locale} />
      ) : first === "board" ? (
        <BoardPage basePath={basePath} locale={locale} />
      ) : first === "new" ? (
        <NewRequestPage basePath={basePath} locale={locale} />
      ) : (
        <Suspense fallback={<PageLoading />}>
          <DashboardPage basePath={basePath} locale={locale} />
        </Suspense>
      );
  } else if (segments.length === 1) {
    page = <RequestPage key={first} id={first!} basePath={basePath} locale={locale} />;
  } else {
    page = <PageNotFound locale={locale} backTo={joinPath(basePath)} backLabel={t(locale, "back")} />;
  }
  return (
    <>
      <RequestsNav basePath={basePath} locale={locale} current={current} />
      {page}
    </>
  );
}

/**
 * The 民呼我应 remote under `basePath`, with its own Apollo Client: residents' intake, their requests
 * with timelines and ratings, staff intake for residents, the triage board, the request page and the
 * three-rate dashboard. Controls appear by role (`viewer` from the shell, else the token's claims);
 * the graph enforces them.
 */
export default function App({ basePath, locale, ...props }: RemoteAppProps) {
  // "Load more" appends pages of the same filter into one list.
  const { viewer, client } = useRemoteSession(props, {
    typePolicies: { Query: { fields: { requests: relayStylePagination(["filter"]) } } },
  });
  const permissions = useMemo(() => permissionsOf(viewer), [viewer]);
  return (
    <RemoteRoot client={client} locale={locale}>
      <PermissionsContext.Provider value={permissions}>
        <div data-remote="requests" data-handler={permissions.handle ? "true" : "false"}>
          <RequestRoutes basePath={basePath} locale={locale} />
        </div>
      </PermissionsContext.Provider>
    </RemoteRoot>
  );
}
