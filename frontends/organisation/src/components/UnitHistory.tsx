import { useQuery } from "@apollo/client/react";
import { Empty, Spin, Tag, Timeline, Typography } from "antd";
import { QueryError, formatDateTime, type Locale } from "@dongting/ui-kit";
import { ORG_UNIT_HISTORY } from "../graph/org-units";
import { CHANGE_ACTION_COLOR, changeActionLabel, type ChangeAction } from "../labels";
import { t } from "../i18n";
import { describeChange } from "./change-text";

/** The unit's recorded changes (who, when, what), newest first. */
export function UnitHistory({ unitId, locale }: { unitId: string; locale: Locale }) {
  const { data, loading, error, refetch } = useQuery(ORG_UNIT_HISTORY, {
    variables: { id: unitId, first: 50 },
    fetchPolicy: "cache-and-network",
  });
  const history = data?.orgUnit?.history;

  if (error && !history) return <QueryError error={error} locale={locale} onRetry={() => void refetch()} />;
  if (!history) return loading ? <Spin /> : <Empty />;
  if (history.length === 0) return <Empty description={t(locale, "noHistory")} data-testid="unit-history" />;

  return (
    <div data-testid="unit-history">
      <Timeline
        items={history.map((change) => ({
          key: change.id,
          color: CHANGE_ACTION_COLOR[change.action as ChangeAction] ?? "gray",
          title: formatDateTime(locale, change.at),
          content: (
            <div data-testid="history-entry" data-action={change.action}>
              <Tag color={CHANGE_ACTION_COLOR[change.action as ChangeAction] ?? "default"} style={{ marginInlineEnd: 8 }}>
                {changeActionLabel(locale, change.action)}
              </Tag>
              <span data-testid="history-summary">{describeChange(locale, change)}</span>
              <div>
                <Typography.Text type="secondary">
                  {t(locale, "changedBy", { name: change.actor?.name ?? t(locale, "unknownActor") })}
                </Typography.Text>
              </div>
            </div>
          ),
        }))}
      />
    </div>
  );
}
