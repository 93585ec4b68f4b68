import { CHANNEL_LABELS, DEADLINE_STATE_LABELS, LEVEL_LABELS, STATUS_LABELS, URGENCY_LABELS, labelOf } from "./export-labels.js";

/** One request as the export's operation selects it (personal and work-order fields only when selected). */
export interface ExportedRequest {
  code: string;
  submittedAt: string;
  channel: string;
  category: string;
  status: string;
  level: string | null;
  urgency: string | null;
  grid: { name: string } | null;
  respondBy: string | null;
  resolveBy: string | null;
  respondedAt: string | null;
  resolvedAt: string | null;
  residentRating: { score: number } | null;
  title?: string;
  description?: string;
  submitter?: { name: string } | null;
  neighbourhood?: { name: string } | null;
  deadlineState?: string;
  units?: Array<{ name: string }>;
  anonymous?: boolean;
}

export type Cell = string | number;

export interface ExportColumn {
  head: string;
  /** Says who someone is or what they wrote: only in the exports of roles that read it. */
  personal: boolean;
  /** Characters, for the worksheet. */
  width: number;
  value(request: ExportedRequest): Cell;
}

const localTime = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** An instant as the community reads it: Asia/Shanghai, "YYYY-MM-DD HH:mm"; blank for none. */
export function formatLocalTime(iso: string | null | undefined): string {
  if (!iso) return "";
  const parts = Object.fromEntries(localTime.formatToParts(new Date(iso)).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** What the submitter column says of an anonymous request, whoever exports it. */
export const ANONYMOUS_SUBMITTER = "匿名";

const column = (head: string, width: number, value: ExportColumn["value"], personal = false): ExportColumn => ({
  head,
  personal,
  width,
  value,
});

/** Every column, in file order; the personal ones beside the facts they belong with. */
const COLUMNS: readonly ExportColumn[] = [
  column("编号", 18, (r) => r.code),
  column("提交时间", 17, (r) => formatLocalTime(r.submittedAt)),
  column("标题", 24, (r) => r.title ?? "", true),
  column("描述", 48, (r) => r.description ?? "", true),
  column("渠道", 12, (r) => labelOf(CHANNEL_LABELS, r.channel)),
  column("分类", 12, (r) => r.category),
  column("状态", 10, (r) => labelOf(STATUS_LABELS, r.status)),
  column("层级", 8, (r) => labelOf(LEVEL_LABELS, r.level)),
  column("紧急程度", 14, (r) => labelOf(URGENCY_LABELS, r.urgency)),
  column("网格", 14, (r) => r.grid?.name ?? ""),
  column("小区", 14, (r) => r.neighbourhood?.name ?? "", true),
  column("提交人", 10, (r) => (r.anonymous ? ANONYMOUS_SUBMITTER : (r.submitter?.name ?? "")), true),
  column("响应时限", 17, (r) => formatLocalTime(r.respondBy)),
  column("办结时限", 17, (r) => formatLocalTime(r.resolveBy)),
  column("响应时间", 17, (r) => formatLocalTime(r.respondedAt)),
  column("办结时间", 17, (r) => formatLocalTime(r.resolvedAt)),
  column("时限状态", 10, (r) => labelOf(DEADLINE_STATE_LABELS, r.deadlineState)),
  column("承办单位", 24, (r) => (r.units ?? []).map((unit) => unit.name).join("、")),
  column("评分", 6, (r) => r.residentRating?.score ?? ""),
  column("是否匿名", 8, (r) => (r.anonymous ? "是" : "否")),
];

/** The columns of an export: all of them for a reader of personal data, else the facts alone. */
export const exportColumns = (personal: boolean): readonly ExportColumn[] =>
  personal ? COLUMNS : COLUMNS.filter((candidate) => !candidate.personal);

/** The heads of the personal columns (the exports test checks no other export has them). */
export const PERSONAL_HEADS: readonly string[] = COLUMNS.filter((candidate) => candidate.personal).map((candidate) => candidate.head);
