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
import { ClassListPage } from "./pages/ClassListPage";
import { RemoteNav } from "./components/RemoteNav";
import { RemoteContext, type RemoteContextValue } from "./hooks/useRemote";
import { t } from "./i18n";

// Only the class list (the landing page) is in the first chunk; the other pages load when opened.
const ClassDetailPage = lazyPage(() => import("./pages/ClassDetailPage"), "ClassDetailPage");
const MeetingCalendarPage = lazyPage(() => import("./pages/MeetingCalendarPage"), "MeetingCalendarPage");
const ProposalListPage = lazyPage(() => import("./pages/ProposalListPage"), "ProposalListPage");
const ProposalPage = lazyPage(() => import("./pages/ProposalPage"), "ProposalPage");
const RuleListPage = lazyPage(() => import("./pages/RuleListPage"), "RuleListPage");
const RulePage = lazyPage(() => import("./pages/RulePage"), "RulePage");

function CouncilRoutes({ basePath, locale }: Pick<RemoteAppProps, "basePath" | "locale">) {
  return (
    <Suspense fallback={<PageLoading />}>
      <Switch>
        <Route path="/">
          <ClassListPage />
        </Route>
        <Route path="/classes/:id">{({ id }) => <ClassDetailPage key={id} id={id} />}</Route>
        <Route path="/meetings">
          <MeetingCalendarPage />
        </Route>
        <Route path="/proposals">
          <ProposalListPage />
        </Route>
        <Route path="/proposals/:id">{({ id }) => <ProposalPage key={id} id={id} />}</Route>
        <Route path="/rules">
          <RuleListPage />
        </Route>
        <Route path="/rules/:id">{({ id }) => <RulePage key={id} id={id} />}</Route>
        <Route>
          <PageNotFound locale={locale} backTo={joinPath(basePath)} backLabel={t(locale, "backToList")} />
        </Route>
      </Switch>
    </Suspense>
  );
}

/**
 * The residents' council remote (居民议事): resident classes and their committees, the meeting calendar,
 * proposals with comments and votes, and the rules library with versions and diffs, under `basePath`.
 */
export default function App({ basePath, locale, communityId, ...props }: RemoteAppProps) {
  const { viewer, client } = useRemoteSession(props, {
    typePolicies: {
      Query: { fields: { proposals: relayStylePagination(["status"]) } },
      ResidentClass: { fields: { members: relayStylePagination() } },
    },
  });
  const context = useMemo<RemoteContextValue>(() => ({ locale, viewer }), [locale, viewer]);
  return (
    <RemoteRoot client={client} locale={locale} scope={{ viewer, communityId }}>
      <RemoteContext.Provider value={context}>
        <RemoteRouter basePath={basePath}>
          <div data-remote="council">
            <RemoteNav locale={locale} />
            <CouncilRoutes basePath={basePath} locale={locale} />
          </div>
        </RemoteRouter>
      </RemoteContext.Provider>
    </RemoteRoot>
  );
}
