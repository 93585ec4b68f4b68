import { useMemo, useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Alert, Card, Select } from "antd";
import { NotAllowed, PageHeader, QueryError, hasStreetGrant, useNow, type Locale } from "@dongting/ui-kit";
import { localMonth } from "@dongting/domain/local-time";
import { RANKING_MIN_REQUESTS, addMonths } from "@dongting/domain/requests-metrics";
import { COMMUNITY_RANKING } from "../graph/ranking";
import { RankingTable } from "../components/RankingTable";
import { usePermissions } from "../hooks/usePermissions";
import { t } from "../i18n";

const MINUTE_MS = 60_000;
/** How many months back the picker reaches. */
const MONTHS_BACK = 12;

/**
 * 街道排名: the communities of the viewer's street by the three rates for one month (Beijing 12345's monthly ranking);
 * communities with fewer than RANKING_MIN_REQUESTS requests are listed unranked. Shown to STREET-scope viewers. It
 * ignores the active community on purpose: a ranking of one community says nothing.
 */
export function RankingPage({ locale }: { locale: Locale }) {
  const { viewer } = usePermissions();
  const thisMonth = localMonth(useNow(MINUTE_MS));
  // The last whole month first: the running one is still filling.
  const months = useMemo(() => Array.from({ length: MONTHS_BACK + 1 }, (_, i) => addMonths(thisMonth, -i)), [thisMonth]);
  const [month, setMonth] = useState(() => addMonths(thisMonth, -1));
  const street = hasStreetGrant(viewer);
  const { data, previousData, loading, error, refetch } = useQuery(COMMUNITY_RANKING, { variables: { month }, skip: !street });
  if (!street) return <NotAllowed locale={locale} />;
  const rows = (data ?? previousData)?.communityRanking ?? [];

  return (
    <div data-testid="ranking" data-month={month}>
      <PageHeader
        title={t(locale, "rankingTitle")}
        subtitle={t(locale, "rankingSubtitle", { month })}
        extra={
          <Select<string>
            data-testid="ranking-month"
            aria-label={t(locale, "rankingMonth")}
            style={{ width: 140 }}
            value={month}
            onChange={setMonth}
            options={months.map((value) => ({ value, label: value }))}
          />
        }
      />
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t(locale, "streetRankingRule", { min: RANKING_MIN_REQUESTS })} />
      {error ? <QueryError error={error} locale={locale} onRetry={() => void refetch()} /> : null}
      <Card>
        <RankingTable rows={rows} locale={locale} loading={loading} />
      </Card>
    </div>
  );
}
