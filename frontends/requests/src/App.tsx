import { Suspense, lazy, useMemo, type ReactNode } from "react";
import { ApolloProvider } from "@apollo/client/react";
import { relayStylePagination } from "@apollo/client/utilities";
import { Button, Menu, Result, Spin } from "antd";
import { BarChartOutlined, EditOutlined, FormOutlined, ProjectOutlined, UnorderedListOutlined } from "@ant-design/icons";
import {
  LocaleProvider,
  createGraphClient,
  joinPath,
  navigate,
  subPathSegments,
  usePathname,
  type Locale,
  type RemoteAppProps,
} from "@dongting/ui-kit";
import { RequestListPage } from "./pages/RequestListPage";
import { RequestPage } from "./pages/RequestPage";
import { MyRequestsPage } from "./pages/MyRequestsPage";
import { NewRequestPage } from "./pages/NewRequestPage";
import { BoardPage } from "./pages/BoardPage";
import { PermissionsContext, permissionsOf, resolveViewer, usePermissions } from "./viewer";
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
        <Suspense fallback={<Spin size="large" style={{ display: "block", margin: "48px auto" }} />}>
          <DashboardPage basePath={basePath} locale={locale} />
        </Suspense>
      );
  } else if (segments.length === 1) {
    page = <RequestPage key={first} id={first!} basePath={basePath} locale={locale} />;
  } else {
    page = (
      <Result
        status="404"
        title={t(locale, "pageNotFound")}
        extra={<Button onClick={() => navigate(joinPath(basePath))}>{t(locale, "back")}</Button>}
      />
    );
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
export default function App({ basePath, graphqlUrl, getToken, locale, viewer }: RemoteAppProps) {
  const resolved = resolveViewer(viewer, getToken());
  const viewerKey = `${resolved.personId ?? ""}|${resolved.roles.join(",")}`;
  // A new client (and cache) for each signed-in identity, so nobody sees the previous person's data.
  const client = useMemo(
    () =>
      createGraphClient({
        graphqlUrl,
        getToken,
        // "Load more" appends pages of the same filter into one list.
        typePolicies: { Query: { fields: { requests: relayStylePagination(["filter"]) } } },
      }),
    [graphqlUrl, getToken, viewerKey], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const permissions = useMemo(() => permissionsOf(resolved), [viewerKey]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <ApolloProvider client={client}>
      <LocaleProvider locale={locale}>
        <PermissionsContext.Provider value={permissions}>
          <div data-remote="requests" data-handler={permissions.handle ? "true" : "false"}>
            <RequestRoutes basePath={basePath} locale={locale} />
          </div>
        </PermissionsContext.Provider>
      </LocaleProvider>
    </ApolloProvider>
  );
}
