import { useMemo } from "react";
import { useQuery } from "@apollo/client/react";
import { Button, Col, Empty, Row } from "antd";
import { ReloadOutlined } from "@ant-design/icons";
import { PageHeader, PageLoading, QueryError, useNow, type Locale, useCommunityId, communityFilter } from "@dongting/ui-kit";
import { ZONES, ZONE_UTILISATION } from "../graph/zones";
import { dayWindow } from "../graph/windows";
import { utilisationPercent } from "../labels";
import { ZoneCard } from "../components/ZoneCard";
import { usePermissions } from "../hooks/permissions";
import { t } from "../i18n";

/** The station's zones, each with its use over the last 30 days and a way to its calendar. */
export function ZoneListPage({ locale }: { locale: Locale }) {
  const communityId = useCommunityId();
  const { data, loading, error, refetch } = useQuery(ZONES, { variables: { ...communityFilter(communityId) } });
  const now = useNow();
  const { from, to } = dayWindow(-30, now);
  const lastMonth = useMemo(() => ({ from, to, ...communityFilter(communityId) }), [from, to, communityId]);
  // Utilisation is extra, asked for only by the roles that read the station's figures; if it fails the zones still show.
  const { readUtilisation } = usePermissions();
  const utilisation = useQuery(ZONE_UTILISATION, { variables: lastMonth, errorPolicy: "all", skip: !readUtilisation });
  const zones = data?.zones;

  const rateByZone = useMemo(() => {
    const rates = new Map<string, number | null>();
    for (const row of utilisation.data?.zoneUtilisation ?? []) rates.set(row.zone.id, utilisationPercent(row.rate));
    return rates;
  }, [utilisation.data]);

  const utilisationOf = (zoneId: string): number | null | undefined | "none" => {
    if (!readUtilisation) return "none";
    if (rateByZone.has(zoneId)) return rateByZone.get(zoneId);
    return utilisation.loading ? undefined : null;
  };

  return (
    <>
      <PageHeader
        title={t(locale, "title")}
        subtitle={t(locale, "subtitle")}
        extra={
          <Button
            icon={<ReloadOutlined />}
            loading={loading && !!zones}
            onClick={() => {
              void refetch();
              void utilisation.refetch();
            }}
          >
            {t(locale, "refresh")}
          </Button>
        }
      />
      {error && !zones ? (
        <QueryError error={error} locale={locale} onRetry={() => void refetch()} />
      ) : !zones ? (
        <PageLoading />
      ) : zones.length === 0 ? (
        <Empty description={t(locale, "empty")} />
      ) : (
        <Row gutter={[16, 16]}>
          {zones.map((zone) => (
            <Col key={zone.id} xs={24} sm={12} lg={8} xl={6}>
              <ZoneCard zone={zone} locale={locale} utilisation={utilisationOf(zone.id)} />
            </Col>
          ))}
        </Row>
      )}
    </>
  );
}
