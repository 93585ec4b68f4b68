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
import { TeamListPage } from "./pages/TeamListPage";
import { RemoteNav } from "./components/RemoteNav";
import { RemoteContext, type RemoteContextValue } from "./hooks/useRemote";
import { t } from "./i18n";

// Only the team list (the landing page) is in the first chunk; the other pages load when opened.
const TeamDetailPage = lazyPage(() => import("./pages/TeamDetailPage"), "TeamDetailPage");
const WeekPage = lazyPage(() => import("./pages/WeekPage"), "WeekPage");
const ShiftPage = lazyPage(() => import("./pages/ShiftPage"), "ShiftPage");
const CheckInPage = lazyPage(() => import("./pages/CheckInPage"), "CheckInPage");
const ServiceTimePage = lazyPage(() => import("./pages/ServiceTimePage"), "ServiceTimePage");
const RankingPage = lazyPage(() => import("./pages/RankingPage"), "RankingPage");
const VerifyPage = lazyPage(() => import("./pages/VerifyPage"), "VerifyPage");

function VolunteerRoutes({ basePath, locale }: Pick<RemoteAppProps, "basePath" | "locale">) {
  return (
    <Suspense fallback={<PageLoading />}>
      <Switch>
        <Route path="/">
          <TeamListPage />
        </Route>
        <Route path="/teams/:id">{({ id }) => <TeamDetailPage id={id} />}</Route>
        <Route path="/shifts/:id">{({ id }) => <ShiftPage id={id} />}</Route>
        <Route path="/volunteers/:id">{({ id }) => <ServiceTimePage volunteerId={id} />}</Route>
        <Route path="/week">
          <WeekPage />
        </Route>
        <Route path="/check-in">
          <CheckInPage />
        </Route>
        <Route path="/me">
          <ServiceTimePage />
        </Route>
        <Route path="/ranking">
          <RankingPage />
        </Route>
        <Route path="/verify">
          <VerifyPage />
        </Route>
        <Route>
          <PageNotFound locale={locale} backTo={joinPath(basePath)} backLabel={t(locale, "backToList")} />
        </Route>
      </Switch>
    </Suspense>
  );
}

/**
 * The volunteers remote: teams, shifts, check-in, service time and rankings under `basePath`. The
 * signed-in person is the shell's `viewer`; without one (standalone, an older shell) the token tells.
 */
export default function App({ basePath, locale, communityId, ...props }: RemoteAppProps) {
  const { viewer, client } = useRemoteSession(props, {
    typePolicies: { Volunteer: { fields: { shiftHistory: relayStylePagination() } } },
  });
  const { graphqlUrl, getToken } = props;
  const context = useMemo<RemoteContextValue>(() => ({ locale, viewer, graphqlUrl, getToken }), [locale, viewer, graphqlUrl, getToken]);
  return (
    <RemoteRoot client={client} locale={locale} scope={{ viewer, communityId }}>
      <RemoteContext.Provider value={context}>
        <RemoteRouter basePath={basePath}>
          <div data-remote="volunteers">
            <RemoteNav locale={locale} />
            <VolunteerRoutes basePath={basePath} locale={locale} />
          </div>
        </RemoteRouter>
      </RemoteContext.Provider>
    </RemoteRoot>
  );
}
