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
import { RequestListPage } from "./RequestListPage";
import { RequestDetail } from "./RequestDetail";
import { t } from "./i18n";

function RequestRoutes({ basePath, locale }: Pick<RemoteAppProps, "basePath" | "locale">) {
  const segments = subPathSegments(usePathname(), basePath) ?? [];
  if (segments.length === 0) return <RequestListPage basePath={basePath} locale={locale} />;
  if (segments.length === 1) return <RequestDetail id={segments[0]!} basePath={basePath} locale={locale} />;
  return (
    <Result
      status="404"
      title={t(locale, "pageNotFound")}
      extra={<Button onClick={() => navigate(joinPath(basePath))}>{t(locale, "back")}</Button>}
    />
  );
}

/** The 民呼我应 remote: request list and detail under `basePath`, its own Apollo Client. */
export default function App({ basePath, graphqlUrl, getToken, locale }: RemoteAppProps) {
  const client = useMemo(
    () =>
      createGraphClient({
        graphqlUrl,
        getToken,
        // "Load more" appends pages of the same filter into one list.
        typePolicies: { Query: { fields: { requests: relayStylePagination(["filter"]) } } },
      }),
    [graphqlUrl, getToken],
  );
  return (
    <ApolloProvider client={client}>
      <LocaleProvider locale={locale}>
        <div data-remote="requests">
          <RequestRoutes basePath={basePath} locale={locale} />
        </div>
      </LocaleProvider>
    </ApolloProvider>
  );
}
