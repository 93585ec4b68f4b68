import { useMemo } from "react";
import { relayStylePagination } from "@apollo/client/utilities";
import { PageNotFound, RemoteRoot, RemoteRouter, Route, Switch, joinPath, useRemoteSession, type RemoteAppProps } from "@dongting/ui-kit";
import { ClassListPage } from "./pages/ClassListPage";
import { ClassDetailPage } from "./pages/ClassDetailPage";
import { MeetingCalendarPage } from "./pages/MeetingCalendarPage";
import { ProposalListPage } from "./pages/ProposalListPage";
import { ProposalPage } from "./pages/ProposalPage";
import { RuleListPage } from "./pages/RuleListPage";
import { RulePage } from "./pages/RulePage";
import { RemoteNav } from "./components/RemoteNav";
import { RemoteContext, type RemoteContextValue } from "./hooks/useRemote";
import { t } from "./i18n";

function CouncilRoutes({ basePath, locale }: Pick<RemoteAppProps, "basePath" | "locale">) {
  return (
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
