import { useMemo } from "react";
import { useQuery } from "@apollo/client/react";
import { Card, Col, Flex, Row } from "antd";
import { keepsVisitorLog } from "@dongting/domain/station-calendar";
import { NotAllowed, PageHeader, useNow, type Locale, useCommunityFilter } from "@dongting/ui-kit";
import { ZONES } from "../graph/zones";
import { VisitorForm } from "../components/VisitorForm";
import { VisitorLogCard } from "../components/VisitorLogCard";
import { VisitorSummaryCard } from "../components/VisitorSummaryCard";
import { usePermissions } from "../hooks/permissions";
import { t } from "../i18n";

/** The visitor log of the service zones: record how many of each group were served, list, monthly summary. */
export function VisitorsPage({ locale }: { locale: Locale }) {
  const permissions = usePermissions();
  const now = useNow();
  const zones = useQuery(ZONES, { variables: { ...useCommunityFilter() }, skip: !permissions.readVisitorLog });
  const serviceZones = useMemo(() => (zones.data?.zones ?? []).filter((z) => keepsVisitorLog(z.kind)), [zones.data]);
  if (!permissions.readVisitorLog) return <NotAllowed locale={locale} />;

  return (
    <>
      <PageHeader title={t(locale, "navVisitors")} subtitle={t(locale, "visitorsSubtitle")} />
      <Row gutter={[16, 16]}>
        {permissions.manage ? (
          <Col xs={24} lg={9}>
            <Card size="small" title={t(locale, "recordVisitors")} data-testid="visitor-form">
              <VisitorForm zones={serviceZones} now={now} locale={locale} />
            </Card>
          </Col>
        ) : null}
        <Col xs={24} lg={permissions.manage ? 15 : 24}>
          <Flex vertical gap={16}>
            {permissions.readVisitorSummary ? <VisitorSummaryCard locale={locale} /> : null}
            <VisitorLogCard zones={serviceZones} manage={permissions.manage} locale={locale} />
          </Flex>
        </Col>
      </Row>
    </>
  );
}
