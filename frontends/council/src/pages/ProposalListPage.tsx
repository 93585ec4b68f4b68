import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Button, Card, Flex, Segmented, Table, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { PlusOutlined, ReloadOutlined } from "@ant-design/icons";
import { Hidden, Link, PageHeader, PageLoading, QueryError, formatDateTime, useLocation, usePartialAnswer } from "@dongting/ui-kit";
import { PROPOSALS, type ProposalRow } from "../graph/proposals";
import { proposalStatusLabel, type ProposalStatus } from "../labels";
import { turnoutPercent } from "../proposal-rules";
import { ProposalStatusTag } from "../components/StatusTags";
import { ProposalFormModal } from "../components/ProposalFormModal";
import { useRemote } from "../hooks/useRemote";
import { t } from "../i18n";

type Filter = "active" | "ADOPTED" | "REJECTED" | "DRAFT" | "all";

const FILTER_STATUSES: Record<Filter, ProposalStatus[] | undefined> = {
  active: ["DELIBERATION", "VOTING"],
  ADOPTED: ["ADOPTED"],
  REJECTED: ["REJECTED"],
  DRAFT: ["DRAFT"],
  all: undefined,
};

const PAGE = 20;

/** `?fromRequest=<id>`: a proposal grown out of a resident request (the requests remote links here). */
function sourceRequestFromUrl(): string | null {
  return typeof window === "undefined" ? null : new URLSearchParams(window.location.search).get("fromRequest");
}

/** The proposals, open ones first by default; any signed-in resident submits a new one. */
export function ProposalListPage() {
  const { locale, viewer } = useRemote();
  const [, navigate] = useLocation();
  const [filter, setFilter] = useState<Filter>("active");
  const [sourceRequestId] = useState(sourceRequestFromUrl);
  const [creating, setCreating] = useState(sourceRequestId !== null && viewer.personId !== null);
  const status = FILTER_STATUSES[filter];
  // A proposer's name is the organisation's to give: withheld from a resident, it shows as hidden, the rest stays.
  const {
    data,
    error: queryError,
    loading,
    refetch,
    fetchMore,
  } = useQuery(PROPOSALS, {
    variables: { ...(status ? { status } : {}), first: PAGE },
    notifyOnNetworkStatusChange: true,
    errorPolicy: "all",
  });
  const { hidden, failure: error } = usePartialAnswer(data, queryError);
  const connection = data?.proposals;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];

  const columns: TableColumnsType<ProposalRow> = [
    {
      key: "title",
      title: t(locale, "colProposal"),
      render: (_: unknown, p) => (
        <Link href={`/proposals/${p.id}`} data-proposal-id={p.id}>
          {p.title}
        </Link>
      ),
    },
    {
      key: "status",
      title: t(locale, "colStatus"),
      width: 130,
      render: (_: unknown, p) => <ProposalStatusTag status={p.status} locale={locale} />,
    },
    {
      key: "scope",
      title: t(locale, "colScope"),
      width: 180,
      render: (_: unknown, p) => (p.residentClass ? p.residentClass.name : t(locale, "councilSession")),
    },
    {
      key: "proposer",
      title: t(locale, "colProposer"),
      width: 100,
      render: (_: unknown, p) => p.proposer?.name ?? (hidden.isHidden(p, "proposer") ? <Hidden locale={locale} /> : "—"),
    },
    {
      key: "turnout",
      title: t(locale, "colTurnout"),
      width: 140,
      render: (_: unknown, p) =>
        p.status === "VOTING" || p.status === "ADOPTED" || p.status === "REJECTED"
          ? `${p.tally.voted} / ${p.tally.eligible} (${turnoutPercent(p.tally)}%)`
          : "—",
    },
    {
      key: "closes",
      title: t(locale, "colClosesAt"),
      width: 160,
      render: (_: unknown, p) => (p.votingClosesAt ? formatDateTime(locale, p.votingClosesAt) : "—"),
    },
  ];

  return (
    <>
      <PageHeader
        title={t(locale, "proposalsTitle")}
        subtitle={t(locale, "proposalsSubtitle")}
        extra={
          <>
            {viewer.personId ? (
              <Button type="primary" icon={<PlusOutlined />} data-action="new-proposal" onClick={() => setCreating(true)}>
                {t(locale, "newProposal")}
              </Button>
            ) : null}
            <Button icon={<ReloadOutlined />} onClick={() => void refetch()} loading={loading && !!connection}>
              {t(locale, "refresh")}
            </Button>
          </>
        }
      />
      {creating ? (
        <ProposalFormModal
          open
          locale={locale}
          sourceRequestId={sourceRequestId}
          onClose={() => setCreating(false)}
          onCreated={(id) => navigate(`/proposals/${id}`)}
        />
      ) : null}
      <Card>
        <Segmented<Filter>
          style={{ marginBottom: 16 }}
          value={filter}
          onChange={setFilter}
          data-testid="proposal-filter"
          options={[
            { value: "active", label: t(locale, "filterActive") },
            { value: "ADOPTED", label: proposalStatusLabel(locale, "ADOPTED") },
            { value: "REJECTED", label: proposalStatusLabel(locale, "REJECTED") },
            { value: "DRAFT", label: proposalStatusLabel(locale, "DRAFT") },
            { value: "all", label: t(locale, "filterAll") },
          ]}
        />
        {error && !connection ? (
          <QueryError error={error} locale={locale} onRetry={() => void refetch()} />
        ) : !connection ? (
          <PageLoading />
        ) : (
          <>
            <Table<ProposalRow>
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={rows}
              pagination={false}
              data-testid="proposal-list"
              onRow={(p) => ({ "data-row-proposal-id": p.id }) as object}
              locale={{ emptyText: t(locale, "noProposals") }}
            />
            <Flex justify="space-between" align="center" style={{ marginTop: 12 }}>
              <Typography.Text type="secondary">
                {rows.length} / {connection.totalCount}
              </Typography.Text>
              {connection.pageInfo.hasNextPage ? (
                <Button
                  loading={loading}
                  data-action="load-more"
                  onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
                >
                  {t(locale, "loadMore")}
                </Button>
              ) : null}
            </Flex>
          </>
        )}
      </Card>
    </>
  );
}
