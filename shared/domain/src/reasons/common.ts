/** What a reason says to a person, in both UI languages. */
export interface ReasonText {
  zh: string;
  en: string;
}

export type ReasonTable = Readonly<Record<string, ReasonText>>;

/** Reasons the kit itself raises in every service (auth, paging, text, time windows, constraints). */
export const COMMON_REASONS = {
  SIGN_IN_REQUIRED: { zh: "请先登录", en: "Please sign in first" },
  ROLE_NOT_ALLOWED: { zh: "您的角色无权进行此操作", en: "Your role may not do this" },
  FIELD_NOT_ALLOWED: { zh: "您无权查看此项信息", en: "You may not see this information" },
  READ_ONLY_ACCOUNT: { zh: "集成账号只能读取，不能修改", en: "Integrator accounts are read-only" },
  NOT_FOUND: { zh: "未找到该记录", en: "Not found" },
  INVALID_INPUT: { zh: "输入有误，请检查标出的字段", en: "Some fields are invalid" },
  TEXT_BLANK: { zh: "内容不能为空", en: "This must not be blank" },
  TEXT_CONTROL_CHARACTER: { zh: "文本含有不允许的控制字符", en: "The text holds a character that is not allowed" },
  TEXT_TOO_LONG: { zh: "内容过长", en: "This is too long" },
  PAGE_SIZE_OUT_OF_RANGE: { zh: "每页条数须在 0 到 100 之间", en: "A page holds 0 to 100 items" },
  INVALID_CURSOR: { zh: "分页位置无效", en: "Invalid page position" },
  INVALID_TIME_WINDOW: { zh: "结束时间须晚于开始时间", en: "The end must be after the start" },
  TIME_WINDOW_TOO_LONG: { zh: "时间范围过长", en: "The time range is too long" },
  DEPTH_LIMIT: { zh: "查询层级过深", en: "The query is nested too deeply" },
  ALIAS_LIMIT: { zh: "查询别名过多", en: "The query has too many aliases" },
  TOKEN_LIMIT: { zh: "查询过长", en: "The query is too long" },
  DIRECTIVE_LIMIT: { zh: "查询指令过多", en: "The query has too many directives" },
  COST_LIMIT: { zh: "查询数据量过大，请缩小范围", en: "The query asks for too much; narrow it down" },
  CONFLICTS_WITH_EXISTING: { zh: "与现有数据冲突", en: "Conflicts with existing data" },
} as const satisfies ReasonTable;

export type Locale = "zh-CN" | "en-US";

/** The text for `reason` in `locale` from the given tables (the service's own first), or undefined. */
export function reasonText(reason: string | undefined, locale: Locale, ...tables: ReasonTable[]): string | undefined {
  if (!reason) return undefined;
  for (const table of [...tables, COMMON_REASONS as ReasonTable]) {
    const text = table[reason];
    if (text) return locale === "en-US" ? text.en : text.zh;
  }
  return undefined;
}

/** The server's message for a reason: "中文 (English)", as the services phrase their errors. */
export const reasonMessage = (text: ReasonText): string => `${text.zh} (${text.en})`;
