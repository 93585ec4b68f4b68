import { useQuery } from "@apollo/client/react";
import { Card, Empty, List, Tag, Typography } from "antd";
import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { QueryError, formatDateTime, type Locale } from "@dongting/ui-kit";
import { PERSON_REQUESTS } from "../graph/person-records";
import { tp } from "../i18n-people";
import { Withheld } from "./Withheld";

/** A refusal of the whole list (a role that may not read requests): shown as withheld, not as a failure. */
const isRefused = (error: unknown) =>
  CombinedGraphQLErrors.is(error) && error.errors.some((entry) => entry.extensions?.code === "FORBIDDEN");

/** The person's latest requests, from the requests subgraph through the graph (submitter filter). */
export function PersonRequests({ personId, locale }: { personId: string; locale: Locale }) {
  const { data, error, refetch } = useQuery(PERSON_REQUESTS, {
    variables: { submitterId: personId },
    errorPolicy: "all",
    fetchPolicy: "network-only",
  });
  const page = data?.requests;
  return (
    <Card size="small" title={tp(locale, "requests")} data-testid="person-requests">
      {!page && isRefused(error) ? (
        <Withheld locale={locale} />
      ) : !page && error ? (
        <QueryError error={error} locale={locale} onRetry={() => void refetch()} />
      ) : page && page.totalCount === 0 ? (
        <Empty description={tp(locale, "noRequests")} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : page ? (
        <>
          <Typography.Text type="secondary">{tp(locale, "requestsTotal", { count: page.totalCount })}</Typography.Text>
          <List
            size="small"
            dataSource={page.edges.map((edge) => edge.node)}
            renderItem={(request) => (
              <List.Item data-request-id={request.id}>
                <Typography.Text code>{request.code}</Typography.Text> {request.title} <Tag>{request.status}</Tag>
                <Typography.Text type="secondary">{formatDateTime(locale, request.submittedAt)}</Typography.Text>
              </List.Item>
            )}
          />
        </>
      ) : null}
    </Card>
  );
}
