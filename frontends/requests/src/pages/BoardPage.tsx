import { useState } from "react";
import { Button, Flex } from "antd";
import { ReloadOutlined } from "@ant-design/icons";
import { NotAllowed, PageHeader, useLocation, type Locale } from "@dongting/ui-kit";
import { EMPTY_BOARD_FILTER, type BoardFilterState } from "../graph/filters";
import { REQUEST_STATUSES } from "../labels";
import { usePermissions } from "../hooks/usePermissions";
import { BoardFilters } from "../components/BoardFilters";
import { BoardColumn } from "../components/BoardColumn";
import { t } from "../i18n";

/**
 * 分拨台: the staff's triage board, one column per status, each card coloured by 三色 and outlined
 * red when overdue, with the moves its status allows. Filters apply to every column.
 */
export function BoardPage({ locale }: { locale: Locale }) {
  const permissions = usePermissions();
  const [, navigate] = useLocation();
  const [filter, setFilter] = useState<BoardFilterState>(EMPTY_BOARD_FILTER);
  const [refreshKey, setRefreshKey] = useState(0);
  if (!permissions.handle) return <NotAllowed locale={locale} />;

  return (
    <div data-testid="triage-board">
      <PageHeader
        title={t(locale, "boardTitle")}
        subtitle={t(locale, "boardSubtitle")}
        extra={
          <>
            <Button onClick={() => navigate("/new")}>{t(locale, "navNew")}</Button>
            <Button icon={<ReloadOutlined />} onClick={() => setRefreshKey((n) => n + 1)}>
              {t(locale, "refresh")}
            </Button>
          </>
        }
      />
      <BoardFilters filter={filter} onChange={setFilter} locale={locale} />
      <div style={{ overflowX: "auto", paddingBottom: 8 }}>
        <Flex gap={12} align="flex-start" style={{ minWidth: REQUEST_STATUSES.length * 292 }}>
          {REQUEST_STATUSES.map((status) => (
            <BoardColumn key={`${status}-${refreshKey}`} status={status} filter={filter} locale={locale} />
          ))}
        </Flex>
      </div>
    </div>
  );
}
