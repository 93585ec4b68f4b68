import { Suspense, useMemo } from "react";
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
  lazyPage,
} from "@dongting/ui-kit";
import { ZoneListPage } from "./pages/ZoneListPage";
import { GraphqlUrlContext } from "./hooks/gateway";
import { StationNav } from "./components/StationNav";
import { PermissionsContext, permissionsOf } from "./hooks/permissions";
import { t } from "./i18n";

// Only the zone list (the landing page) is in the first chunk; the other pages load when opened, and
// the pages with charts bring ECharts with them.
const ZoneCalendarPage = lazyPage(() => import("./pages/ZoneCalendarPage"), "ZoneCalendarPage");
const ZoneSettingsPage = lazyPage(() => import("./pages/ZoneSettingsPage"), "ZoneSettingsPage");
const ApprovalsPage = lazyPage(() => import("./pages/ApprovalsPage"), "ApprovalsPage");
const CheckInPage = lazyPage(() => import("./pages/CheckInPage"), "CheckInPage");
const MyBookingsPage = lazyPage(() => import("./pages/MyBookingsPage"), "MyBookingsPage");
const ClosuresPage = lazyPage(() => import("./pages/ClosuresPage"), "ClosuresPage");
const ExchangePage = lazyPage(() => import("./pages/ExchangePage"), "ExchangePage");
const VisitorsPage = lazyPage(() => import("./pages/VisitorsPage"), "VisitorsPage");
const StatsPage = lazyPage(() => import("./pages/StatsPage"), "StatsPage");

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
