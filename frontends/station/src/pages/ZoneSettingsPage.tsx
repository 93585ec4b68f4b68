import { useQuery } from "@apollo/client/react";
import { Button, Card, Col, Row } from "antd";
import { ArrowLeftOutlined } from "@ant-design/icons";
import { NotAllowed, PageHeader, QueryFallback, useLocation, type Locale } from "@dongting/ui-kit";
import { ZONE_SETTINGS } from "../graph/staff-tools";
import { CalendarFeedCard } from "../components/CalendarFeedCard";
import { WaitlistCard } from "../components/WaitlistCard";
import { ZoneSettingsForm } from "../components/ZoneSettingsForm";
import { usePermissions } from "../hooks/permissions";
import { t } from "../i18n";

/** A zone's settings, its waitlist and its calendar feed: the station staff's page for one zone. */
export function ZoneSettingsPage({ id, locale }: { id: string; locale: Locale }) {
  const permissions = usePermissions();
  const [, go] = useLocation();
  const { data, loading, error, refetch } = useQuery(ZONE_SETTINGS, { variables: { id }, skip: !permissions.manage });
  const zone = data?.zone?.id === id ? data.zone : null;
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => go(`/zones/${id}`)}>
      {t(locale, "back")}
    </Button>
  );
  if (!permissions.manage) return <NotAllowed locale={locale} />;
  if (!zone) {
    return (
      <>
        <PageHeader title={t(locale, "zoneSettings")} extra={back} />
        <QueryFallback error={error} loading={loading} locale={locale} onRetry={() => void refetch()} notFound={t(locale, "notFound")} />
      </>
    );
  }
  return (
    <div data-testid="zone-settings" data-zone-id={zone.id}>
      <PageHeader title={`${zone.name} · ${t(locale, "zoneSettings")}`} subtitle={t(locale, "zoneSettingsSubtitle")} extra={back} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card size="small" title={t(locale, "zoneSettings")}>
            <ZoneSettingsForm key={zone.id} zone={zone} locale={locale} />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <WaitlistCard zoneId={zone.id} locale={locale} />
          <div style={{ marginTop: 16 }}>
            <CalendarFeedCard zoneId={zone.id} locale={locale} />
          </div>
        </Col>
      </Row>
    </div>
  );
}
