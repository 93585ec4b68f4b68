import type { HTMLAttributes } from "react";
import { Flex, Table, Tag } from "antd";
import type { TableColumnsType } from "antd";
import type { Locale } from "@dongting/ui-kit";
import type { MetricsRow, RateMetrics } from "../graph/metrics";
import { formatPercent } from "../labels";
import { t } from "../i18n";

export type TableRow = MetricsRow & { label: string };

/**
 * The counts behind the chart: every rate with its numerator and denominator, and what is still pending (left
 * out of the rate). `provisionalKey`: the row still in progress (the current month), marked 本月进行中.
 */
export function MetricsTable({
  rows,
  locale,
  labelTitle,
  testId,
  rowAttr,
  provisionalKey,
}: {
  rows: TableRow[];
  locale: Locale;
  labelTitle: string;
  testId: string;
  rowAttr: "data-month" | "data-key";
  provisionalKey?: string;
}) {
  const count = (field: keyof RateMetrics) => (_: unknown, row: TableRow) => <span data-field={field}>{row.metrics[field] ?? "—"}</span>;
  const rate = (field: "responseRate" | "resolutionRate" | "satisfactionRate") => (_: unknown, row: TableRow) => (
    <span data-field={field}>{formatPercent(row.metrics[field])}</span>
  );
  const columns: TableColumnsType<TableRow> = [
    {
      key: "label",
      title: labelTitle,
      dataIndex: "label",
      fixed: "left",
      width: 180,
      render: (label: string, row) => (
        <>
          <span data-field="label">{label}</span>
          {row.key === provisionalKey ? (
            <Tag data-testid="provisional-tag" style={{ marginInlineStart: 6, borderStyle: "dashed" }}>
              {t(locale, "provisionalMonth")}
            </Tag>
          ) : null}
        </>
      ),
    },
    { key: "total", title: t(locale, "metricTotal"), align: "right", render: count("total") },
    { key: "respondedInTime", title: t(locale, "colRespondedInTime"), align: "right", render: count("respondedInTime") },
    { key: "pendingResponse", title: t(locale, "colPendingResponse"), align: "right", render: count("pendingResponse") },
    { key: "responseRate", title: t(locale, "responseRate"), align: "right", render: rate("responseRate") },
    { key: "resolved", title: t(locale, "colResolved"), align: "right", render: count("resolved") },
    { key: "pendingResolution", title: t(locale, "colPendingResolution"), align: "right", render: count("pendingResolution") },
    { key: "resolutionRate", title: t(locale, "resolutionRate"), align: "right", render: rate("resolutionRate") },
    { key: "ratings", title: t(locale, "metricRatings"), align: "right", render: count("ratings") },
    { key: "satisfied", title: t(locale, "colSatisfied"), align: "right", render: count("satisfied") },
    { key: "satisfactionRate", title: t(locale, "satisfactionRate"), align: "right", render: rate("satisfactionRate") },
    { key: "overdue", title: t(locale, "metricOverdue"), align: "right", render: count("overdue") },
  ];
  return (
    <Flex vertical style={{ marginTop: 12 }}>
      <Table<TableRow>
        data-testid={testId}
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 1160 }}
        onRow={(row) =>
          ({ [rowAttr]: row.key, ...(row.key === provisionalKey ? { "data-provisional": "true" } : {}) }) as HTMLAttributes<HTMLElement>
        }
      />
    </Flex>
  );
}
