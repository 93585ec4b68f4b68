import { Suspense, useMemo } from "react";
import { relayStylePagination } from "@apollo/client/utilities";
import {
  PageLoading,
  PageNotFound,
  RemoteRoot,
  RemoteRouter,
  Route,
  Switch,
  joinPath,
  useRemoteSession,
  type RemoteAppProps,
  lazyPage,
} from "@dongting/ui-kit";
import { RequestListPage } from "./pages/RequestListPage";
import { RequestsNav } from "./components/RequestsNav";
import { PermissionsContext, permissionsOf, usePermissions } from "./hooks/usePermissions";
import { GatewayContext } from "./hooks/useGateway";
import { t } from "./i18n";

// Only the request list (the staff's landing page) is in the first chunk; the other pages load when
// opened, the dashboard with ECharts.
const RequestPage = lazyPage(() => import("./pages/RequestPage"), "RequestPage");
const MyRequestsPage = lazyPage(() => import("./pages/MyRequestsPage"), "MyRequestsPage");
const NewRequestPage = lazyPage(() => import("./pages/NewRequestPage"), "NewRequestPage");
const BoardPage = lazyPage(() => import("./pages/BoardPage"), "BoardPage");
const RankingPage = lazyPage(() => import("./pages/RankingPage"), "RankingPage");
const TasksPage = lazyPage(() => import("./pages/TasksPage"), "TasksPage");
const SettingsPage = lazyPage(() => import("./pages/SettingsPage"), "SettingsPage");
const DashboardPage = lazyPage(() => import("./pages/DashboardPage"), "DashboardPage");

/** Pages by path below the remote's base: the sections, then any other single segment is a request id. */
function RequestRoutes({ basePath, locale }: Pick<RemoteAppProps, "basePath" | "locale">) {
  const { readAll } = usePermissions();
  return (
    <RemoteRouter basePath={basePath}>
      <RequestsNav locale={locale} />
      <Suspense fallback={<PageLoading />}>
        <Switch>
          <Route path="/">{readAll ? <RequestListPage locale={locale} /> : <MyRequestsPage locale={locale} />}</Route>
          <Route path="/mine">
            <MyRequestsPage locale={locale} />
          </Route>
          <Route path="/board">
            <BoardPage locale={locale} />
          </Route>
          <Route path="/new">
            <NewRequestPage locale={locale} />
          </Route>
          <Route path="/dashboard">
            <DashboardPage locale={locale} />
          </Route>
          <Route path="/ranking">
            <RankingPage locale={locale} />
          </Route>
          <Route path="/tasks">
            <TasksPage locale={locale} />
          </Route>
          <Route path="/settings">
            <SettingsPage locale={locale} />
          </Route>
          <Route path="/:id">{({ id }) => <RequestPage key={id} id={id} locale={locale} />}</Route>
          <Route>
            <PageNotFound locale={locale} backTo={joinPath(basePath)} backLabel={t(locale, "back")} />
          </Route>
        </Switch>
      </Suspense>
    </RemoteRouter>
  );
}

/**
 * The 民呼我应 remote under `basePath`, with its own Apollo Client: residents' intake, their requests
 * with timelines and ratings, staff intake for residents, the triage board, the request page, the
 * three-rate dashboard, 我的任务 for members of service units and the settings (deadlines, dispatch
 * rules, units). Controls appear by role (`viewer` from the shell, else the token's claims);
 * the graph enforces them.
 */
export default function App({ basePath, locale, communityId, ...props }: RemoteAppProps) {
  // "Load more" appends pages of the same filter into one list.
  const { viewer, client } = useRemoteSession(props, {
    typePolicies: { Query: { fields: { requests: relayStylePagination(["filter"]) } } },
  });
  const permissions = useMemo(() => permissionsOf(viewer), [viewer]);
  // The exports are plain HTTP downloads from the gateway that serves the graph, with the same token.
  const { graphqlUrl, getToken } = props;
  const gateway = useMemo(() => ({ graphqlUrl, getToken }), [graphqlUrl, getToken]);
  return (
    <RemoteRoot client={client} locale={locale} scope={{ viewer, communityId }}>
      <PermissionsContext.Provider value={permissions}>
        <GatewayContext.Provider value={gateway}>
          <div data-remote="requests" data-handler={permissions.handle ? "true" : "false"}>
            <RequestRoutes basePath={basePath} locale={locale} />
          </div>
        </GatewayContext.Provider>
      </PermissionsContext.Provider>
    </RemoteRoot>
  );
}
