import { useMemo, useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Button, Card, Col, Row, Select } from "antd";
import { ReloadOutlined } from "@ant-design/icons";
import { addDays, toLocal } from "@dongting/domain/local-time";
import { PageHeader, QueryError, useNow, type Locale, useCommunityId, communityFilter } from "@dongting/ui-kit";
import { ZONE_CLOSURES } from "../graph/closures";
import { ZONES } from "../graph/zones";
import { dayRange } from "../graph/windows";
import { CloseZoneForm } from "../components/CloseZoneForm";
import { ClosureTable } from "../components/ClosureTable";
import { usePermissions } from "../hooks/permissions";
import { t } from "../i18n";

/** Closing a zone for a while (with a reason), the closures in effect or planned, reopening early. */
export function ClosuresPage({ locale }: { locale: Locale }) {
  const permissions = usePermissions();
  const now = useNow();
  const today = toLocal(now).date;
  const [zoneFilter, setZoneFilter] = useState<string | null>(null);
  const span = useMemo(() => ({ from: dayRange(addDays(today, -30)).from, to: dayRange(addDays(today, 330)).from }), [today]);
  const communityId = useCommunityId();
  const zones = useQuery(ZONES, { variables: { ...communityFilter(communityId) } });
  const { data, loading, error, refetch } = useQuery(ZONE_CLOSURES, {
    variables: { ...span, zoneId: zoneFilter, ...communityFilter(communityId) },
  });

  return (
    <>
      <PageHeader
        title={t(locale, "navClosures")}
        subtitle={t(locale, "closuresSubtitle")}
        extra={
          <Button icon={<ReloadOutlined />} loading={loading} onClick={() => void refetch()}>
            {t(locale, "refresh")}
          </Button>
        }
      />
      <Row gutter={[16, 16]}>
        {permissions.manage ? (
          <Col xs={24} lg={9}>
            <Card size="small" title={t(locale, "closeZone")} data-testid="close-zone-form">
              <CloseZoneForm now={now} locale={locale} />
            </Card>
          </Col>
        ) : null}
        <Col xs={24} lg={permissions.manage ? 15 : 24}>
          <Card
            size="small"
            title={t(locale, "closureList")}
            extra={
              <Select
                allowClear
                size="small"
                style={{ width: 160 }}
                placeholder={t(locale, "allZones")}
                value={zoneFilter ?? undefined}
                onChange={(value: string | undefined) => setZoneFilter(value ?? null)}
                options={(zones.data?.zones ?? []).map((z) => ({ value: z.id, label: z.name }))}
              />
            }
          >
            {error && !data ? <QueryError error={error} locale={locale} onRetry={() => void refetch()} /> : null}
            <ClosureTable
              rows={data?.zoneClosures ?? []}
              loading={loading && !data}
              now={now}
              locale={locale}
              manage={permissions.manage}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
