import { Button, Space } from "antd";
import { DownloadOutlined, FileExcelOutlined } from "@ant-design/icons";
import { serviceTimeExportUrl, serviceTimeFileName, type ExportFormat } from "../downloads";
import { useDownload } from "../hooks/useDownload";
import { useRemote } from "../hooks/useRemote";
import type { Range } from "../periods";
import { t } from "../i18n";

export interface ServiceTimeExportProps {
  period: Range;
  /** One team's volunteers, or one volunteer; neither: everything the viewer may read. */
  teamId?: string | null;
  volunteerId?: string | null;
}

/** 导出 CSV / 导出 Excel of the service time over the period, from the gateway's export with the viewer's token. */
export function ServiceTimeExport({ period, teamId, volunteerId }: ServiceTimeExportProps) {
  const { locale, graphqlUrl } = useRemote();
  const { busy, download } = useDownload();
  const run = (format: ExportFormat) => {
    const filter = { ...period, teamId, volunteerId };
    const url = serviceTimeExportUrl(graphqlUrl, format, filter, globalThis.location?.href);
    void download(format, url, serviceTimeFileName(format, period));
  };
  return (
    <Space wrap data-testid="service-time-export">
      <Button icon={<DownloadOutlined />} data-testid="export-csv" loading={busy === "csv"} onClick={() => run("csv")}>
        {t(locale, "exportCsv")}
      </Button>
      <Button icon={<FileExcelOutlined />} data-testid="export-xlsx" loading={busy === "xlsx"} onClick={() => run("xlsx")}>
        {t(locale, "exportExcel")}
      </Button>
    </Space>
  );
}
