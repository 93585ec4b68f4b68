import { useMemo, useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Card, Col, Flex, Row, Segmented, Statistic, Table } from "antd";
import { NotAllowed, PageHeader, QueryError, useNow, type Locale, useCommunityFilter } from "@dongting/ui-kit";
import { ZONE_UTILISATION, type ZoneUtilisationRow } from "../graph/zones";
import { utilisationPercent } from "../labels";
import { dayWindow } from "../graph/windows";
import { UtilisationChart } from "../components/UtilisationChart";
import { VisitorSummaryCard } from "../components/VisitorSummaryCard";
import { usePermissions } from "../hooks/permissions";
import { t } from "../i18n";

type Span = 7 | 30 | 90;

const hours = (minutes: number) => Math.round(minutes / 6) / 10;

/** Utilisation of every zone over the last days, and people served by the service zones by month. */
export function StatsPage({ locale }: { locale: Locale }) {
  const permissions = usePermissions();
  const [span, setSpan] = useState<Span>(30);
  const now = useNow();
  const { from, to } = dayWindow(-span, now);
  const variables = useMemo(() => ({ from, to }), [from, to]);
  const { data, error, refetch, loading } = useQuery(ZONE_UTILISATION, {
    variables: { ...variables, ...useCommunityFilter() },
    skip: !permissions.readUtilisation,
  });
  const rows = data?.zoneUtilisation ?? [];
  const open = rows.reduce((sum, r) => sum + r.openMinutes, 0);
  const booked = rows.reduce((sum, r) => sum + r.bookedMinutes, 0);
  if (!permissions.readUtilisation) return <NotAllowed locale={locale} />;

  return (
    <>
      <PageHeader title={t(locale, "navStats")} subtitle={t(locale, "statsSubtitle")} />
      <Flex vertical gap={16}>
        <Card
          size="small"
          title={t(locale, "utilisationChart")}
          data-testid="utilisation"
          extra={
            <Segmented<Span>
              size="small"
              value={span}
              onChange={setSpan}
              options={[7, 30, 90].map((d) => ({ value: d as Span, label: t(locale, "lastDays", { days: d }) }))}
            />
          }
        >
          {error && !data ? <QueryError error={error} locale={locale} onRetry={() => void refetch()} /> : null}
          <Row gutter={16} style={{ marginBottom: 8 }}>
            <Col xs={8}>
              <Statistic title={t(locale, "chartOpenHours")} value={hours(open)} loading={loading && !data} />
            </Col>
            <Col xs={8}>
              <Statistic title={t(locale, "chartBookedHours")} value={hours(booked)} loading={loading && !data} />
            </Col>
            <Col xs={8}>
              <Statistic
                title={t(locale, "overallRate")}
                value={open ? Math.round((booked / open) * 100) : 0}
                suffix="%"
                loading={loading && !data}
              />
            </Col>
          </Row>
          <UtilisationChart rows={rows} locale={locale} />
          <Table<ZoneUtilisationRow>
            rowKey={(r) => r.zone.id}
            size="small"
            style={{ marginTop: 12 }}
            pagination={false}
            dataSource={rows}
            columns={[
              { key: "zone", title: t(locale, "colZone"), render: (_: unknown, r) => r.zone.name },
              { key: "open", title: t(locale, "chartOpenHours"), align: "right", render: (_: unknown, r) => hours(r.openMinutes) },
              { key: "booked", title: t(locale, "chartBookedHours"), align: "right", render: (_: unknown, r) => hours(r.bookedMinutes) },
              {
                key: "rate",
                title: t(locale, "chartRate"),
                align: "right",
                render: (_: unknown, r) => {
                  const rate = utilisationPercent(r.rate);
                  return rate === null ? "—" : `${rate}%`;
                },
              },
            ]}
          />
        </Card>
        {permissions.readVisitorSummary ? <VisitorSummaryCard locale={locale} /> : null}
      </Flex>
    </>
  );
}
