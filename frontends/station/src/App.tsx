import { lazy, Suspense, useMemo, type ReactNode } from "react";
import { useQuery } from "@apollo/client/react";
import { Badge, Menu } from "antd";
import {
  AppstoreOutlined,
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  GiftOutlined,
  PauseCircleOutlined,
  TeamOutlined,
} from "@ant-design/icons";
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
import { ZoneListPage } from "./pages/ZoneListPage";
import { ZoneCalendarPage } from "./pages/ZoneCalendarPage";
import { ApprovalsPage } from "./pages/ApprovalsPage";
import { CheckInPage } from "./pages/CheckInPage";
import { MyBookingsPage } from "./pages/MyBookingsPage";
import { ClosuresPage } from "./pages/ClosuresPage";
import { ExchangePage } from "./pages/ExchangePage";
import { PENDING_COUNT } from "./bookings-query";
import { PermissionsContext, permissionsOf, usePermissions } from "./viewer";
import { t } from "./i18n";

// The pages with charts load ECharts on first use, so the zone list and the calendar start lighter.
const VisitorsPage = lazy(() => import("./pages/VisitorsPage").then((m) => ({ default: m.VisitorsPage })));
const StatsPage = lazy(() => import("./pages/StatsPage").then((m) => ({ default: m.StatsPage })));

/** Top-level sections, by the first path segment below basePath ("" is the zone list). */
export const SECTIONS = ["", "approvals", "check-in", "mine", "closures", "exchange", "visitors", "stats"] as const;
type Section = (typeof SECTIONS)[number];

function StationNav({ basePath, locale, current }: { basePath: string; locale: Locale; current: Section | "zones" }) {
  const permissions = usePermissions();
  const pending = useQuery(PENDING_COUNT, { skip: !permissions.manage, pollInterval: 60_000, errorPolicy: "all" });
  const count = pending.data?.pendingBookings.totalCount ?? 0;
  const items = [
    { key: "", icon: <AppstoreOutlined />, label: t(locale, "navZones") },
    permissions.manage
      ? {
          key: "approvals",
          icon: <AuditOutlined />,
          label: (
            <span data-testid="nav-approvals">
              {t(locale, "navApprovals")} <Badge count={count} size="small" offset={[2, -2]} />
            </span>
          ),
        }
      : null,
    permissions.manage ? { key: "check-in", icon: <CheckSquareOutlined />, label: t(locale, "navCheckIn") } : null,
    permissions.viewer.personId ? { key: "mine", icon: <CalendarOutlined />, label: t(locale, "navMine") } : null,
    { key: "closures", icon: <PauseCircleOutlined />, label: t(locale, "navClosures") },
    { key: "exchange", icon: <GiftOutlined />, label: t(locale, "navExchange") },
    permissions.readVisitorLog ? { key: "visitors", icon: <TeamOutlined />, label: t(locale, "navVisitors") } : null,
    { key: "stats", icon: <BarChartOutlined />, label: t(locale, "navStats") },
  ].filter((item) => item !== null);
  return (
    <Menu
      mode="horizontal"
      data-testid="station-nav"
      selectedKeys={[current === "zones" ? "" : current]}
      items={items.map((item) => ({ ...item, "data-section": item.key || "zones" }))}
      onClick={({ key }) => navigate(key ? joinPath(basePath, key) : joinPath(basePath))}
      style={{ marginBottom: 16, background: "transparent" }}
    />
  );
}

function StationRoutes({ basePath, locale }: Pick<RemoteAppProps, "basePath" | "locale">) {
  const segments = subPathSegments(usePathname(), basePath) ?? [];
  const [first, second] = segments;
  let page: ReactNode;
  let current: Section | "zones" = "";
  if (segments.length === 0) page = <ZoneListPage basePath={basePath} locale={locale} />;
  else if (first === "zones" && second && segments.length === 2) {
    current = "zones";
    page = <ZoneCalendarPage key={second} id={second} basePath={basePath} locale={locale} />;
  } else if (segments.length === 1 && (SECTIONS as readonly string[]).includes(first!)) {
    current = first as Section;
    page =
      first === "approvals" ? (
        <ApprovalsPage basePath={basePath} locale={locale} />
      ) : first === "check-in" ? (
        <CheckInPage locale={locale} />
      ) : first === "mine" ? (
        <MyBookingsPage basePath={basePath} locale={locale} />
      ) : first === "closures" ? (
        <ClosuresPage locale={locale} />
      ) : first === "exchange" ? (
        <ExchangePage locale={locale} />
      ) : first === "visitors" ? (
        <VisitorsPage locale={locale} />
      ) : (
        <StatsPage locale={locale} />
      );
  } else {
    page = <PageNotFound locale={locale} backTo={joinPath(basePath)} backLabel={t(locale, "back")} />;
  }
  return (
    <>
      <StationNav basePath={basePath} locale={locale} current={current} />
      <Suspense fallback={<PageLoading />}>{page}</Suspense>
    </>
  );
}

/**
 * The 乐享驿站 remote under `basePath`, with its own Apollo Client: zones and their week calendars,
 * booking, the approval queue, today's check-in, closures, the 百宝箱 board, the visitor log and charts.
 * Controls appear by role (`viewer` from the shell, else the token's claims); the graph enforces them.
 */
export default function App({ basePath, locale, ...props }: RemoteAppProps) {
  const { viewer, client } = useRemoteSession(props);
  const permissions = useMemo(() => permissionsOf(viewer), [viewer]);
  return (
    <RemoteRoot client={client} locale={locale}>
      <PermissionsContext.Provider value={permissions}>
        <div data-remote="station" data-station-manage={permissions.manage ? "true" : "false"}>
          <StationRoutes basePath={basePath} locale={locale} />
        </div>
      </PermissionsContext.Provider>
    </RemoteRoot>
  );
}
