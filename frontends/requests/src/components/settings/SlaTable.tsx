import { useQuery } from "@apollo/client/react";
import { Alert, Card, Col, Row, Skeleton } from "antd";
import { QueryError, type Locale } from "@dongting/ui-kit";
import { WORKING_PERIODS } from "@dongting/domain/requests";
import { REQUEST_CATEGORIES } from "../../graph/lookups";
import { t } from "../../i18n";
import { CategoryDeadlinesForm } from "./CategoryDeadlinesForm";

const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/** The working hours as the shared rule has them: "08:30–12:00、14:00–17:30". */
const workingHoursText = (locale: Locale) =>
  WORKING_PERIODS.map((period) => `${clock(period.from)}–${clock(period.to)}`).join(locale === "zh-CN" ? "、" : ", ");

/** 诉求时限: every category's deadlines for 红, 黄 and 绿, each saved on its own. */
export function SlaTable({ locale }: { locale: Locale }) {
  const categories = useQuery(REQUEST_CATEGORIES);
  return (
    <div data-testid="sla-table">
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t(locale, "slaHint")}
        description={t(locale, "workingHoursHint", { hours: workingHoursText(locale) })}
      />
      {categories.error ? <QueryError error={categories.error} locale={locale} onRetry={() => void categories.refetch()} /> : null}
      {!categories.data && categories.loading ? <Skeleton active /> : null}
      <Row gutter={[16, 16]}>
        {(categories.data?.requestCategories ?? []).map((category) => (
          <Col key={category.id} xs={24} xl={12}>
            <Card size="small" title={category.name}>
              <CategoryDeadlinesForm category={category} locale={locale} />
            </Card>
          </Col>
        ))}
      </Row>
    </div>
  );
}
