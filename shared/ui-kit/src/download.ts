// Files the gateway serves beside the graph (exports, certificates): fetched with the bearer token, since a
// plain link would carry none, and handed to the browser as a download.

/** A refused download: the gateway's JSON body `{ code, reason, message }`, or the HTTP status alone. */
export class DownloadFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string | null,
    readonly reason: string | null,
    message: string,
  ) {
    super(message);
    this.name = "DownloadFailure";
  }
}

/** Fetches the file with the bearer token; a refusal becomes an DownloadFailure with the gateway's reason. */
export async function fetchFile(url: string, token: string | null, fetchImpl: typeof fetch = fetch): Promise<Blob> {
  const response = await fetchImpl(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (response.ok) return response.blob();
  const text = await response.text().catch(() => "");
  let body: { code?: unknown; reason?: unknown; message?: unknown } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    // Not the gateway's JSON refusal (a proxy's page, say): the status tells.
  }
  const str = (value: unknown) => (typeof value === "string" ? value : null);
  throw new DownloadFailure(response.status, str(body.code), str(body.reason), str(body.message) ?? `HTTP ${response.status}`);
}

/** Hands the file to the browser as a download named `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = href;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // After the click has handed the file over; revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
