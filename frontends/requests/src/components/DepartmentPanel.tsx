import { useState, type HTMLAttributes } from "react";
import { useQuery } from "@apollo/client/react";
import { Alert, Button, Card, Col, Flex, Modal, Rate, Row, Spin, Table, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { PlusOutlined } from "@ant-design/icons";
import { Link, QueryError, formatDateTime, type Locale } from "@dongting/ui-kit";
import { DEPARTMENT_EVALUATIONS, DEPARTMENT_SUMMARY, type DepartmentEvaluationRow, type DepartmentSummary } from "../graph/metrics";
import { usePermissions } from "../hooks/usePermissions";
import { DepartmentChart } from "./RateCharts";
import { EvaluateForm } from "./EvaluateForm";
import { t } from "../i18n";

/** The community's choice: a department is ranked only with at least this many evaluations in the window. */
const RANKING_MIN_EVALUATIONS = 5;

const round2 = (value: number) => (Math.round(value * 100) / 100).toFixed(2);

/**
 * 社区评价上级部门: the ranking of departments by their average scores, which leaves out departments
 * with fewer than five evaluations in the window (named underneath), and the evaluations themselves.
 */
export function DepartmentPanel({ from, to, locale }: { from: string; to: string; locale: Locale }) {
  const permissions = usePermissions();
  const ranked = useQuery(DEPARTMENT_SUMMARY, { variables: { from, to, minCount: RANKING_MIN_EVALUATIONS } });
  const all = useQuery(DEPARTMENT_SUMMARY, { variables: { from, to, minCount: 1 } });
  const evaluations = useQuery(DEPARTMENT_EVALUATIONS, { variables: { from, to } });
  const [evaluating, setEvaluating] = useState(false);

  const rankedRows = ranked.data?.departmentEvaluationSummary ?? [];
  const unranked = (all.data?.departmentEvaluationSummary ?? []).filter((row) => row.count < RANKING_MIN_EVALUATIONS);
  const knownDepartments = (all.data?.departmentEvaluationSummary ?? []).map((row) => row.department);

  const rankingColumns: TableColumnsType<DepartmentSummary & { rank: number }> = [
    {
      key: "rank",
      title: t(locale, "rank"),
      dataIndex: "rank",
      width: 64,
      render: (rank: number) => <span data-field="rank">{rank}</span>,
    },
    {
      key: "department",
      title: t(locale, "department"),
      dataIndex: "department",
      render: (name: string) => <span data-field="department">{name}</span>,
    },
    {
      key: "count",
      title: t(locale, "evaluationCount"),
      dataIndex: "count",
      align: "right",
      width: 90,
      render: (n: number) => <span data-field="count">{n}</span>,
    },
    {
      key: "speed",
      title: t(locale, "avgSpeed"),
      dataIndex: "averageResponseSpeed",
      width: 200,
      render: (value: number) => (
        <Flex gap={6} align="center">
          <Rate disabled allowHalf value={Math.round(value * 2) / 2} style={{ fontSize: 12 }} />
          <span data-field="speed">{round2(value)}</span>
        </Flex>
      ),
    },
    {
      key: "quality",
      title: t(locale, "avgQuality"),
      dataIndex: "averageQuality",
      width: 200,
      render: (value: number) => (
        <Flex gap={6} align="center">
          <Rate disabled allowHalf value={Math.round(value * 2) / 2} style={{ fontSize: 12 }} />
          <span data-field="quality">{round2(value)}</span>
        </Flex>
      ),
    },
  ];

  const evaluationColumns: TableColumnsType<DepartmentEvaluationRow> = [
    {
      key: "at",
      title: t(locale, "evaluatedAt"),
      dataIndex: "evaluatedAt",
      width: 160,
      render: (at: string) => formatDateTime(locale, at),
    },
    { key: "department", title: t(locale, "department"), dataIndex: "department", width: 180 },
    { key: "speed", title: t(locale, "responseSpeed"), dataIndex: "responseSpeed", width: 90, align: "right" },
    { key: "quality", title: t(locale, "quality"), dataIndex: "quality", width: 90, align: "right" },
    {
      key: "request",
      title: t(locale, "relatedRequest"),
      dataIndex: "request",
      width: 160,
      render: (request: DepartmentEvaluationRow["request"]) => (request ? <Link href={`/${request.id}`}>{request.code}</Link> : "—"),
    },
    { key: "comment", title: t(locale, "comment"), dataIndex: "comment", ellipsis: true, render: (c: string | null) => c ?? "—" },
  ];

  return (
    <Card
      style={{ marginTop: 16 }}
      data-testid="department-card"
      title={t(locale, "departmentTitle")}
      extra={
        permissions.evaluate ? (
          <Button icon={<PlusOutlined />} onClick={() => setEvaluating(true)} data-testid="evaluate-department">
            {t(locale, "evaluateDepartment")}
          </Button>
        ) : null
      }
    >
      <Typography.Paragraph type="secondary">{t(locale, "rankingRule", { min: RANKING_MIN_EVALUATIONS })}</Typography.Paragraph>
      {ranked.error ? <QueryError error={ranked.error} locale={locale} onRetry={() => void ranked.refetch()} /> : null}
      {!ranked.data && ranked.loading ? (
        <Spin style={{ display: "block", margin: 32 }} />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={14}>
            <Table
              data-testid="department-ranking"
              rowKey="department"
              size="small"
              pagination={false}
              columns={rankingColumns}
              dataSource={rankedRows.map((row, index) => ({ ...row, rank: index + 1 }))}
              onRow={(row) => ({ "data-department": row.department }) as HTMLAttributes<HTMLElement>}
              locale={{ emptyText: t(locale, "noRanking") }}
            />
          </Col>
          <Col xs={24} xl={10}>
            {rankedRows.length > 0 ? <DepartmentChart rows={rankedRows} locale={locale} /> : null}
          </Col>
        </Row>
      )}
      {all.error ? <QueryError error={all.error} locale={locale} onRetry={() => void all.refetch()} /> : null}
      {unranked.length > 0 ? (
        <Alert
          type="info"
          showIcon
          style={{ marginTop: 12 }}
          data-testid="department-unranked"
          title={t(locale, "unrankedTitle", { min: RANKING_MIN_EVALUATIONS })}
          description={unranked
            .map((row) => t(locale, "unrankedItem", { department: row.department, count: row.count }))
            .join(locale === "en-US" ? ", " : "、")}
        />
      ) : null}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t(locale, "evaluationList")}
      </Typography.Title>
      {evaluations.error ? <QueryError error={evaluations.error} locale={locale} onRetry={() => void evaluations.refetch()} /> : null}
      <Table
        data-testid="department-evaluations"
        rowKey="id"
        size="small"
        loading={evaluations.loading && !evaluations.data}
        columns={evaluationColumns}
        dataSource={evaluations.data?.departmentEvaluations ?? []}
        pagination={{ pageSize: 8, showSizeChanger: false }}
        scroll={{ x: 860 }}
      />
      <Modal open={evaluating} title={t(locale, "evaluateDepartment")} footer={null} onCancel={() => setEvaluating(false)} destroyOnHidden>
        <EvaluateForm
          locale={locale}
          departments={knownDepartments}
          onDone={() => setEvaluating(false)}
          onCancel={() => setEvaluating(false)}
        />
      </Modal>
    </Card>
  );
}
