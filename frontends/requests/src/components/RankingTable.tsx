import { Table, Tag, Typography } from "antd";
import type { Locale } from "@dongting/ui-kit";
import { RANKING_MIN_REQUESTS } from "@dongting/domain/requests-metrics";
import type { CommunityRankingRow } from "../graph/ranking";
import { formatPercent } from "../labels";
import { t } from "../i18n";

/** The community ranking as a table: rank (or "too few requests"), community, requests and the three rates. */
export function RankingTable({ rows, locale, loading }: { rows: readonly CommunityRankingRow[]; locale: Locale; loading: boolean }) {
  return (
    <Table<CommunityRankingRow>
      data-testid="ranking-table"
      rowKey={(row) => row.community.id}
      dataSource={[...rows]}
      loading={loading}
      pagination={false}
      size="middle"
      onRow={(row) => ({ "data-community-code": row.community.code, "data-ranked": row.ranked ? "true" : "false" }) as object}
      columns={[
        {
          title: t(locale, "rankingRank"),
          key: "rank",
          width: 120,
          render: (_, row) =>
            row.ranked && row.rank !== null ? (
              <Typography.Text strong data-testid="ranking-rank">
                {row.rank}
              </Typography.Text>
            ) : (
              <Tag data-testid="ranking-unranked" title={t(locale, "rankingTooFewHint", { min: RANKING_MIN_REQUESTS })}>
                {t(locale, "rankingTooFew")}
              </Tag>
            ),
        },
        { title: t(locale, "rankingCommunity"), key: "community", render: (_, row) => `${row.community.name}（${row.community.code}）` },
        { title: t(locale, "rankingRequests"), dataIndex: "requests", key: "requests", align: "right" },
        { title: t(locale, "responseRate"), key: "response", align: "right", render: (_, row) => formatPercent(row.responseRate) },
        { title: t(locale, "resolutionRate"), key: "resolution", align: "right", render: (_, row) => formatPercent(row.resolutionRate) },
        {
          title: t(locale, "satisfactionRate"),
          key: "satisfaction",
          align: "right",
          render: (_, row) => formatPercent(row.satisfactionRate),
        },
      ]}
    />
  );
}
