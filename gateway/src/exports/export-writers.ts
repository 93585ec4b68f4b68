import { once } from "node:events";
import type { ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { stringify } from "csv-stringify";
import ExcelJS from "exceljs";
import type { Cell, ExportColumn, ExportedRequest } from "./export-columns.js";

/** Pages of requests, newest first; the next is fetched only when the writer asks for it. */
export type RequestPageStream = AsyncIterable<ExportedRequest[]>;

export interface ExportFormat {
  extension: "csv" | "xlsx";
  contentType: string;
  /** Writes the file to `res` (headers already set) as the pages come, and resolves once it is all out. */
  write(res: ServerResponse, columns: readonly ExportColumn[], pages: RequestPageStream): Promise<void>;
}

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return before one) as a formula:
 * text a resident typed must stay text, so such a cell gets a leading apostrophe (OWASP's CSV injection
 * advice). XLSX needs none: its cells are typed, and a string cell is never a formula.
 */
export const csvSafe = (cell: Cell): Cell => (typeof cell === "string" && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

/** UTF-8 with a byte-order mark (Excel reads the file as UTF-8 only with one) and CRLF line ends. */
export const CSV_FORMAT: ExportFormat = {
  extension: "csv",
  contentType: "text/csv; charset=utf-8",
  async write(res, columns, pages) {
    async function* records() {
      for await (const page of pages) {
        for (const request of page) yield columns.map((column) => csvSafe(column.value(request)));
      }
    }
    const csv = stringify({ bom: true, header: true, columns: columns.map((column) => column.head), record_delimiter: "windows" });
    // pipeline pulls a page only as the response drains, and stops pulling when the client goes away.
    await pipeline(Readable.from(records()), csv, res);
  },
};

/** One worksheet 诉求, its header row bold and frozen, each row committed (and streamed out) as it is written. */
export const XLSX_FORMAT: ExportFormat = {
  extension: "xlsx",
  contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  async write(res, columns, pages) {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true, useSharedStrings: false });
    const sheet = workbook.addWorksheet("诉求", { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = columns.map((column) => ({ header: column.head, width: column.width }));
    const head = sheet.getRow(1);
    head.font = { bold: true };
    head.commit();
    for await (const page of pages) {
      if (res.destroyed) return;
      for (const request of page) sheet.addRow(columns.map((column) => column.value(request))).commit();
      // The writer has no backpressure of its own: wait for the response to drain before the next page.
      if (res.writableNeedDrain) await Promise.race([once(res, "drain"), once(res, "close")]);
    }
    if (res.destroyed) return;
    sheet.commit();
    await workbook.commit();
  },
};
