import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Button, Card, Col, Empty, Flex, Row, Typography } from "antd";
import { ReloadOutlined } from "@ant-design/icons";
import { HiddenFieldsProvider, NotAllowed, PageHeader, PageLoading, QueryError, usePartialAnswer, type Locale } from "@dongting/ui-kit";
import { MY_REQUESTS, PAGE_SIZE } from "../graph/requests";
import { usePermissions } from "../hooks/usePermissions";
import { useLoadMore } from "../hooks/useLoadMore";
import { IntakeForm } from "../components/IntakeForm";
import { MyRequestCard } from "../components/MyRequestCard";
import { t } from "../i18n";

/** A resident's own page: raise a demand, follow each one's timeline, rate it with stars once resolved. */
export function MyRequestsPage({ locale }: { locale: Locale }) {
  const permissions = usePermissions();
  const personId = permissions.viewer.personId;
  const [latest, setLatest] = useState<string | null>(null);
  // The timelines name the staff who acted only to those who may know them: others' names are hidden.
  const {
    data,
    previousData,
    loading,
    error: queryError,
    refetch,
    fetchMore,
  } = useQuery(MY_REQUESTS, {
    variables: { filter: { submitterId: personId ?? undefined }, first: PAGE_SIZE },
    skip: !personId,
    notifyOnNetworkStatusChange: true,
    errorPolicy: "all",
  });
  const { hidden, failure: error } = usePartialAnswer(data ?? previousData, queryError);
  const connection = (data ?? previousData)?.requests;
  const { loadingMore, loadMore } = useLoadMore(connection?.pageInfo.endCursor, (after) => fetchMore({ variables: { after } }));
  if (!personId || !permissions.submitOwn) return <NotAllowed locale={locale} />;

  const rows = connection?.edges.map((e) => e.node) ?? [];
  return (
    <div data-testid="my-requests-page">
      <PageHeader
        title={t(locale, "myRequests")}
        subtitle={t(locale, "myRequestsSubtitle")}
        extra={
          <Button icon={<ReloadOutlined />} onClick={() => void refetch()} loading={loading && !loadingMore}>
            {t(locale, "refresh")}
          </Button>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card title={t(locale, "newRequest")}>
            <IntakeForm mode="resident" locale={locale} personId={personId} onSubmitted={(request) => setLatest(request.id)} />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          {error && !connection ? (
            <QueryError error={error} locale={locale} onRetry={() => void refetch()} />
          ) : !connection ? (
            <PageLoading />
          ) : (
            <>
              {error ? <QueryError error={error} locale={locale} onRetry={() => void refetch()} /> : null}
              {rows.length === 0 ? <Empty description={t(locale, "noOwnRequests")} /> : null}
              <HiddenFieldsProvider hidden={hidden}>
                <Flex vertical gap={12} data-testid="my-request-list">
                  {rows.map((request) => (
                    <MyRequestCard key={request.id} request={request} locale={locale} highlighted={request.id === latest} />
                  ))}
                </Flex>
              </HiddenFieldsProvider>
              <Flex justify="space-between" align="center" style={{ marginTop: 16 }}>
                <Typography.Text type="secondary" data-testid="my-requests-count">
                  {t(locale, "shown", { shown: rows.length, total: connection.totalCount })}
                </Typography.Text>
                {connection.pageInfo.hasNextPage ? (
                  <Button onClick={() => void loadMore()} loading={loadingMore}>
                    {t(locale, "loadMore")}
                  </Button>
                ) : null}
              </Flex>
            </>
          )}
        </Col>
      </Row>
    </div>
  );
}
