import { lazy, Suspense, useMemo } from "react";
import {
  PageLoading,
  PageNotFound,
  RemoteRoot,
  RemoteRouter,
  Route,
  Switch,
  joinPath,
  useRemoteSession,
  type Locale,
  type RemoteAppProps,
} from "@dongting/ui-kit";
import { ZoneListPage } from "./pages/ZoneListPage";
import { GraphqlUrlContext } from "./hooks/gateway";
import { StationNav } from "./components/StationNav";
import { PermissionsContext, permissionsOf } from "./hooks/permissions";
import { t } from "./i18n";

// Only the zone list (the landing page) is in the first chunk; the other pages load when opened, and
// the pages with charts bring ECharts with them.
const ZoneCalendarPage = lazy(() => import("./pages/ZoneCalendarPage").then((m) => ({ default: m.ZoneCalendarPage })));
const ZoneSettingsPage = lazy(() => import("./pages/ZoneSettingsPage").then((m) => ({ default: m.ZoneSettingsPage })));
const ApprovalsPage = lazy(() => import("./pages/ApprovalsPage").then((m) => ({ default: m.ApprovalsPage })));
const CheckInPage = lazy(() => import("./pages/CheckInPage").then((m) => ({ default: m.CheckInPage })));
const MyBookingsPage = lazy(() => import("./pages/MyBookingsPage").then((m) => ({ default: m.MyBookingsPage })));
const ClosuresPage = lazy(() => import("./pages/ClosuresPage").then((m) => ({ default: m.ClosuresPage })));
const ExchangePage = lazy(() => import("./pages/ExchangePage").then((m) => ({ default: m.ExchangePage })));
const VisitorsPage = lazy(() => import("./pages/VisitorsPage").then((m) => ({ default: m.VisitorsPage })));
const StatsPage = lazy(() => import("./pages/StatsPage").then((m) => ({ default: m.StatsPage })));

/** The remote's pages below its base path, under the station's menu. */
function StationRoutes({ basePath, locale }: { basePath: string; locale: Locale }) {
  return (
    <RemoteRouter basePath={basePath}>
      <StationNav locale={locale} />
      <Suspense fallback={<PageLoading />}>
        <Switch>
          <Route path="/">
            <ZoneListPage locale={locale} />
          </Route>
          <Route path="/zones/:id/settings">{({ id }) => <ZoneSettingsPage key={id} id={id} locale={locale} />}</Route>
          <Route path="/zones/:id">{({ id }) => <ZoneCalendarPage key={id} id={id} locale={locale} />}</Route>
          <Route path="/approvals">
            <ApprovalsPage locale={locale} />
          </Route>
          <Route path="/check-in">
            <CheckInPage locale={locale} />
          </Route>
          <Route path="/mine">
            <MyBookingsPage locale={locale} />
          </Route>
          <Route path="/closures">
            <ClosuresPage locale={locale} />
          </Route>
          <Route path="/exchange">
            <ExchangePage locale={locale} />
          </Route>
          <Route path="/visitors">
            <VisitorsPage locale={locale} />
          </Route>
          <Route path="/stats">
            <StatsPage locale={locale} />
          </Route>
          <Route>
            <PageNotFound locale={locale} backTo={joinPath(basePath)} backLabel={t(locale, "back")} />
          </Route>
        </Switch>
      </Suspense>
    </RemoteRouter>
  );
}

/**
 * The 乐享驿站 remote under `basePath`, with its own Apollo Client: zones and their week calendars,
 * booking, the approval queue, today's check-in, closures, the 百宝箱 board, the visitor log and charts.
 * Controls appear by role (`viewer` from the shell, else the token's claims); the graph enforces them.
 */
export default function App({ basePath, locale, communityId, ...props }: RemoteAppProps) {
  const { viewer, client } = useRemoteSession(props);
  const permissions = useMemo(() => permissionsOf(viewer), [viewer]);
  return (
    <RemoteRoot client={client} locale={locale} scope={{ viewer, communityId }}>
      <PermissionsContext.Provider value={permissions}>
        <GraphqlUrlContext.Provider value={props.graphqlUrl}>
          <div data-remote="station" data-station-manage={permissions.manage ? "true" : "false"}>
            <StationRoutes basePath={basePath} locale={locale} />
          </div>
        </GraphqlUrlContext.Provider>
      </PermissionsContext.Provider>
    </RemoteRoot>
  );
}
