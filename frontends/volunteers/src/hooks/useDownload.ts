import { useState } from "react";
import { App as AntApp } from "antd";
import { reasonText } from "@dongting/domain/reasons/common";
import { VOLUNTEERS_REASONS } from "@dongting/domain/reasons/volunteers";
import { DownloadFailure, fetchFile, saveBlob } from "@dongting/ui-kit";
import { useRemote } from "./useRemote";
import { t } from "../i18n";

/**
 * Downloads a gateway file with the viewer's token, one at a time per key (a format, a certificate), and
 * says how it went; a refusal is worded by its reason.
 */
export function useDownload() {
  const { message } = AntApp.useApp();
  const { locale, getToken } = useRemote();
  const [busy, setBusy] = useState<string | null>(null);

  const download = async (key: string, url: string, fileName: string): Promise<boolean> => {
    setBusy(key);
    try {
      saveBlob(await fetchFile(url, getToken()), fileName);
      void message.success(t(locale, "exportDone", { file: fileName }));
      return true;
    } catch (error) {
      const detail =
        error instanceof DownloadFailure
          ? (reasonText(error.reason ?? undefined, locale, VOLUNTEERS_REASONS) ?? error.message)
          : String(error);
      void message.error(`${t(locale, "downloadFailed")}: ${detail}`);
      return false;
    } finally {
      setBusy(null);
    }
  };

  return { busy, download };
}
