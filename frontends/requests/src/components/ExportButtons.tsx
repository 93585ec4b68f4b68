import { useState } from "react";
import { App as AntApp, Button, Select, Space } from "antd";
import { DownloadOutlined, FileExcelOutlined } from "@ant-design/icons";
import { DownloadFailure, fetchFile, saveBlob, type Locale } from "@dongting/ui-kit";
import { reasonText } from "@dongting/domain/reasons/common";
import { REQUESTS_REASONS } from "@dongting/domain/reasons/requests";
import { METRICS_PERIODS, type MetricsPeriod, type MetricsWindow } from "@dongting/domain/requests-metrics";
import { exportFileName, exportUrl, type ExportFilter, type ExportFormat } from "../exports/exports";
import { useGateway } from "../hooks/useGateway";
import { useMetricsWindow } from "../hooks/useTimeWindows";
import { t } from "../i18n";

export interface ExportButtonsProps {
  /** The page's filter; without `window` the buttons come with a period picker (this month by default). */
  filter: Omit<ExportFilter, "window"> & { window?: MetricsWindow };
  locale: Locale;
}

/** 导出 CSV / 导出 Excel: the gateway's export of the page's window and filter, saved as `诉求-2026-06.csv`. */
export function ExportButtons({ filter, locale }: ExportButtonsProps) {
  const { message } = AntApp.useApp();
  const gateway = useGateway();
  const [period, setPeriod] = useState<MetricsPeriod>("thisMonth");
  const own = useMetricsWindow(period);
  const span = filter.window ?? own;
  const [busy, setBusy] = useState<ExportFormat | null>(null);

  const download = async (format: ExportFormat) => {
    const fileName = exportFileName(format, span);
    setBusy(format);
    try {
      const url = exportUrl(gateway.graphqlUrl, format, { ...filter, window: span }, globalThis.location?.href);
      saveBlob(await fetchFile(url, gateway.getToken()), fileName);
      void message.success(t(locale, "exportDone", { file: fileName }));
    } catch (error) {
      const detail =
        error instanceof DownloadFailure
          ? (reasonText(error.reason ?? undefined, locale, REQUESTS_REASONS) ?? error.message)
          : String(error);
      void message.error(`${t(locale, "exportFailed")}: ${detail}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Space wrap data-testid="export-buttons" data-from={span.fromMonth} data-to={span.toMonth}>
      {filter.window ? null : (
        <Select<MetricsPeriod>
          data-testid="export-period"
          aria-label={t(locale, "exportPeriod")}
          style={{ width: 140 }}
          value={period}
          onChange={setPeriod}
          options={METRICS_PERIODS.map((value) => ({ value, label: t(locale, `period_${value}` as const) }))}
        />
      )}
      <Button icon={<DownloadOutlined />} data-testid="export-csv" loading={busy === "csv"} onClick={() => void download("csv")}>
        {t(locale, "exportCsv")}
      </Button>
      <Button icon={<FileExcelOutlined />} data-testid="export-xlsx" loading={busy === "xlsx"} onClick={() => void download("xlsx")}>
        {t(locale, "exportExcel")}
      </Button>
    </Space>
  );
}
