import { useMemo } from "react";
import { ApolloProvider } from "@apollo/client/react";
import { relayStylePagination } from "@apollo/client/utilities";
import { Button, Result } from "antd";
import {
  LocaleProvider,
  createGraphClient,
  joinPath,
  navigate,
  subPathSegments,
  usePathname,
  type RemoteAppProps,
} from "@dongting/ui-kit";
import { TeamListPage } from "./TeamListPage";
import { TeamDetail } from "./TeamDetail";
import { WeekPage } from "./pages/WeekPage";
import { ShiftPage } from "./pages/ShiftPage";
import { CheckInPage } from "./pages/CheckInPage";
import { ServiceTimePage } from "./pages/ServiceTimePage";
import { RankingPage } from "./pages/RankingPage";
import { RemoteNav, sectionOf } from "./components/RemoteNav";
import { RemoteContext, resolveViewer, type RemoteContextValue } from "./viewer";
import { t } from "./i18n";

function VolunteerRoutes({ basePath, locale }: Pick<RemoteAppProps, "basePath" | "locale">) {
  const segments = subPathSegments(usePathname(), basePath) ?? [];
  const [first, second] = segments;
  if (segments.length === 0) return <TeamListPage basePath={basePath} locale={locale} />;
  if (segments.length === 2 && first === "teams") return <TeamDetail id={second!} />;
  if (segments.length === 2 && first === "shifts") return <ShiftPage id={second!} />;
  if (segments.length === 2 && first === "volunteers") return <ServiceTimePage volunteerId={second!} />;
  if (segments.length === 1 && first === "week") return <WeekPage />;
  if (segments.length === 1 && first === "check-in") return <CheckInPage />;
  if (segments.length === 1 && first === "me") return <ServiceTimePage />;
  if (segments.length === 1 && first === "ranking") return <RankingPage />;
  return (
    <Result
      status="404"
      title={t(locale, "pageNotFound")}
      extra={<Button onClick={() => navigate(joinPath(basePath))}>{t(locale, "backToList")}</Button>}
    />
  );
}

function Layout({ basePath, locale }: Pick<RemoteAppProps, "basePath" | "locale">) {
  const section = sectionOf(subPathSegments(usePathname(), basePath) ?? []);
  return (
    <>
      <RemoteNav basePath={basePath} locale={locale} section={section} />
      <VolunteerRoutes basePath={basePath} locale={locale} />
    </>
  );
}

/**
 * The volunteers remote: teams, shifts, check-in, service time and rankings under `basePath`. The
 * signed-in person is the shell's `viewer`; without one (standalone, an older shell) the token tells.
 */
export default function App({ basePath, graphqlUrl, getToken, locale, viewer: given }: RemoteAppProps) {
  const viewer = resolveViewer(given, getToken());
  const viewerKey = `${viewer.personId ?? "-"}|${[...viewer.roles].sort().join(",")}`;
  // A new person gets a new client: nothing cached for the last one (his week, his service) shows.
  const client = useMemo(
    () =>
      createGraphClient({
        graphqlUrl,
        getToken,
        typePolicies: { Volunteer: { fields: { shiftHistory: relayStylePagination() } } },
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [graphqlUrl, getToken, viewerKey],
  );
  const context = useMemo<RemoteContextValue>(
    () => ({ basePath, locale, viewer }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [basePath, locale, viewerKey],
  );
  return (
    <ApolloProvider client={client}>
      <LocaleProvider locale={locale}>
        <RemoteContext.Provider value={context}>
          <div data-remote="volunteers">
            <Layout basePath={basePath} locale={locale} />
          </div>
        </RemoteContext.Provider>
      </LocaleProvider>
    </ApolloProvider>
  );
}
