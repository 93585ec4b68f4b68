import { useMemo } from "react";
import { ApolloProvider } from "@apollo/client/react";
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
import { t } from "./i18n";

function VolunteerRoutes({ basePath, locale }: Pick<RemoteAppProps, "basePath" | "locale">) {
  const segments = subPathSegments(usePathname(), basePath) ?? [];
  if (segments.length === 0) return <TeamListPage basePath={basePath} locale={locale} />;
  if (segments.length === 2 && segments[0] === "teams") {
    return <TeamDetail id={segments[1]!} basePath={basePath} locale={locale} />;
  }
  return (
    <Result
      status="404"
      title={t(locale, "pageNotFound")}
      extra={<Button onClick={() => navigate(joinPath(basePath))}>{t(locale, "back")}</Button>}
    />
  );
}

/** The volunteers remote: teams and their shifts under `basePath`, its own Apollo Client. */
export default function App({ basePath, graphqlUrl, getToken, locale }: RemoteAppProps) {
  const client = useMemo(() => createGraphClient({ graphqlUrl, getToken }), [graphqlUrl, getToken]);
  return (
    <ApolloProvider client={client}>
      <LocaleProvider locale={locale}>
        <div data-remote="volunteers">
          <VolunteerRoutes basePath={basePath} locale={locale} />
        </div>
      </LocaleProvider>
    </ApolloProvider>
  );
}
