import { useMemo } from "react";
import { relayStylePagination } from "@apollo/client/utilities";
import { PageNotFound, RemoteRoot, joinPath, subPathSegments, usePathname, useRemoteSession, type RemoteAppProps } from "@dongting/ui-kit";
import { TeamListPage } from "./TeamListPage";
import { TeamDetail } from "./TeamDetail";
import { WeekPage } from "./pages/WeekPage";
import { ShiftPage } from "./pages/ShiftPage";
import { CheckInPage } from "./pages/CheckInPage";
import { ServiceTimePage } from "./pages/ServiceTimePage";
import { RankingPage } from "./pages/RankingPage";
import { RemoteNav, sectionOf } from "./components/RemoteNav";
import { RemoteContext, type RemoteContextValue } from "./viewer";
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
  return <PageNotFound locale={locale} backTo={joinPath(basePath)} backLabel={t(locale, "backToList")} />;
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
export default function App({ basePath, locale, ...props }: RemoteAppProps) {
  const { viewer, client } = useRemoteSession(props, {
    typePolicies: { Volunteer: { fields: { shiftHistory: relayStylePagination() } } },
  });
  const context = useMemo<RemoteContextValue>(() => ({ basePath, locale, viewer }), [basePath, locale, viewer]);
  return (
    <RemoteRoot client={client} locale={locale}>
      <RemoteContext.Provider value={context}>
        <div data-remote="volunteers">
          <Layout basePath={basePath} locale={locale} />
        </div>
      </RemoteContext.Provider>
    </RemoteRoot>
  );
}
