import { once } from "node:events";
import type { ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { stringify } from "csv-stringify";
import ExcelJS from "exceljs";
import type { StreamRouteHandler } from "@dongting/subgraph-kit";
import { ExportRefusal } from "./export-refusal.js";
import { CSV_FORMAT, csvSafe, XLSX_FORMAT } from "./export-writers.js";
import { clientLeft, sendRefusal, signedIn, type ExportRoutesOptions } from "./exports.route.js";
import { parseServiceTimeQuery, type ServiceTimeQuery } from "./service-time-query.js";
import { SERVICE_TIME_COLUMNS, serviceTimePages, type ServiceTimeRow } from "./service-time-rows.js";

type Pages = AsyncIterable<ServiceTimeRow[]>;
const cellsOf = (row: ServiceTimeRow) => SERVICE_TIME_COLUMNS.map((column) => column.value(row));

/*
 * The requests export's writers are typed to its rows and name their sheet 诉求; these do the same for the
 * hours (UTF-8 BOM and CRLF, formula-looking text quoted; one frozen-header worksheet 服务时长, streamed).
 */
async function writeCsv(res: ServerResponse, pages: Pages): Promise<void> {
  async function* records() {
    for await (const page of pages) for (const row of page) yield cellsOf(row).map(csvSafe);
  }
  const csv = stringify({
    bom: true,
    header: true,
    columns: SERVICE_TIME_COLUMNS.map((column) => column.head),
    record_delimiter: "windows",
  });
  await pipeline(Readable.from(records()), csv, res);
}

async function writeXlsx(res: ServerResponse, pages: Pages): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet("服务时长", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = SERVICE_TIME_COLUMNS.map((column) => ({ header: column.head, width: column.width }));
  const head = sheet.getRow(1);
  head.font = { bold: true };
  head.commit();
  for await (const page of pages) {
    if (res.destroyed) return;
    for (const row of page) sheet.addRow(cellsOf(row)).commit();
    if (res.writableNeedDrain) await Promise.race([once(res, "drain"), once(res, "close")]);
  }
  if (res.destroyed) return;
  sheet.commit();
  await workbook.commit();
}

const FORMATS = {
  csv: { contentType: CSV_FORMAT.contentType, write: writeCsv },
  xlsx: { contentType: XLSX_FORMAT.contentType, write: writeXlsx },
} as const;

const localDate = (instant: Date) => instant.toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" });

/** `服务时长_2026-06-01_2026-06-30.xlsx`: the local days the period [from, to) covers; an ASCII name for old clients. */
function attachment(query: ServiceTimeQuery, extension: string): string {
  const days = `${localDate(query.from)}_${localDate(new Date(query.to.getTime() - 1))}`;
  return `attachment; filename="service-time_${days}.${extension}"; filename*=UTF-8''${encodeURIComponent(`服务时长_${days}.${extension}`)}`;
}

function serviceTimeRoute(extension: keyof typeof FORMATS, options: ExportRoutesOptions): StreamRouteHandler {
  return async (req, res) => {
    let pages: Pages;
    let query: ServiceTimeQuery;
    try {
      await signedIn(options.verify, req.headers.authorization);
      query = parseServiceTimeQuery(new URL(req.url ?? "/", "http://localhost").search);
      const context = options.context(req.headers.authorization, req.headers["x-request-id"]);
      pages = await serviceTimePages(options.apollo, context, query);
    } catch (error) {
      if (error instanceof ExportRefusal) return sendRefusal(res, error);
      throw error;
    }
    res.statusCode = 200;
    res.setHeader("content-type", FORMATS[extension].contentType);
    res.setHeader("content-disposition", attachment(query, extension));
    res.setHeader("cache-control", "no-store");
    res.setHeader("x-content-type-options", "nosniff");
    try {
      await FORMATS[extension].write(res, pages);
    } catch (error) {
      if (clientLeft(res, error)) return;
      throw error;
    }
  };
}

/**
 * GET /exports/service-time.csv and .xlsx?from=&to=[&teamId=][&volunteerId=]: serviceTimeReport, per volunteer
 * and team, through the graph with the caller's token. 401 without a token, 400 for bad parameters, the
 * graph's refusal otherwise, each as JSON `{ code, reason, message }` before any byte of the file.
 */
export function serviceTimeRoutes(options: ExportRoutesOptions): Record<string, StreamRouteHandler> {
  return {
    "GET /exports/service-time.csv": serviceTimeRoute("csv", options),
    "GET /exports/service-time.xlsx": serviceTimeRoute("xlsx", options),
  };
}
