import { useMutation } from "@apollo/client/react";
import { App as AntApp, Button, Popconfirm } from "antd";
import { StopOutlined } from "@ant-design/icons";
import type { Locale } from "@dongting/ui-kit";
import { CANCEL_SERIES } from "../graph/staff-tools";
import { failureLine } from "../graph/failure";
import { localOf } from "../format";
import { t } from "../i18n";

/** Cancels a weekly series from this booking on (this one and every later one); the earlier ones stay. */
export function CancelSeriesButton({
  seriesId,
  from,
  size,
  locale,
  onDone,
}: {
  seriesId: string;
  from: string;
  size: "small" | "middle";
  locale: Locale;
  onDone?: () => void;
}) {
  const { message } = AntApp.useApp();
  const [cancelSeries, { loading }] = useMutation(CANCEL_SERIES, { refetchQueries: "active", awaitRefetchQueries: true });
  const onConfirm = async () => {
    try {
      const { data } = await cancelSeries({ variables: { seriesId, from } });
      void message.success(t(locale, "seriesCancelled", { count: data?.cancelSeries.length ?? 0 }));
      onDone?.();
    } catch (error) {
      void message.error(failureLine(error, locale));
    }
  };
  return (
    <Popconfirm
      title={t(locale, "cancelSeriesTitle", { date: localOf(from).date })}
      description={t(locale, "cancelSeriesConfirm")}
      okButtonProps={{ danger: true, "data-action": "confirm-cancel-series" }}
      onConfirm={() => void onConfirm()}
    >
      <Button size={size} danger icon={<StopOutlined />} loading={loading} data-action="cancel-series">
        {t(locale, "cancelSeries")}
      </Button>
    </Popconfirm>
  );
}
