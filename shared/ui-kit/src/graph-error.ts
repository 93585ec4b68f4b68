import { CombinedGraphQLErrors, ServerError, ServerParseError } from "@apollo/client/errors";
import { reasonText, type ReasonTable } from "@dongting/domain/reasons/common";
import { createI18n } from "./i18n";
import type { Locale } from "./remote-props";

export type GraphErrorKind =
  "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "BAD_USER_INPUT" | "CONFLICT" | "NETWORK" | "SERVER" | "UNKNOWN";

export interface GraphErrorDescription {
  kind: GraphErrorKind;
  title: string;
  /** The server's or browser's own message, for the details line. */
  detail: string;
}

const t = createI18n({
  "zh-CN": {
    UNAUTHENTICATED: "未登录或登录已过期，请重新登录",
    FORBIDDEN: "当前身份无权查看此内容",
    NOT_FOUND: "未找到相应数据",
    BAD_USER_INPUT: "请求参数有误",
    CONFLICT: "操作与现有数据冲突",
    NETWORK: "无法连接到社区数据服务",
    SERVER: "社区数据服务出错",
    UNKNOWN: "数据加载失败",
  },
  "en-US": {
    UNAUTHENTICATED: "Not signed in, or the session has expired. Please sign in again.",
    FORBIDDEN: "Your role is not allowed to see this.",
    NOT_FOUND: "Nothing was found.",
    BAD_USER_INPUT: "The request was invalid.",
    CONFLICT: "The change conflicts with existing data.",
    NETWORK: "Cannot reach the community data service.",
    SERVER: "The community data service failed.",
    UNKNOWN: "Failed to load data.",
  },
});

const KNOWN_CODES = new Set<GraphErrorKind>(["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "BAD_USER_INPUT", "CONFLICT"]);

interface ErrorEntry {
  message?: unknown;
  extensions?: { code?: unknown } | null;
}

function codeOf(errors: ReadonlyArray<ErrorEntry>): GraphErrorKind | null {
  for (const entry of errors) {
    const code = entry.extensions?.code;
    if (typeof code === "string" && KNOWN_CODES.has(code as GraphErrorKind)) {
      return code as GraphErrorKind;
    }
  }
  return null;
}

function messagesOf(errors: ReadonlyArray<ErrorEntry>): string {
  return errors
    .map((e) => (typeof e.message === "string" ? e.message : ""))
    .filter(Boolean)
    .join("; ");
}

/** Errors a non-2xx response may carry in a GraphQL-shaped JSON body. */
function errorsInBody(bodyText: string): ErrorEntry[] {
  try {
    const body = JSON.parse(bodyText) as { errors?: unknown };
    return Array.isArray(body.errors) ? (body.errors as ErrorEntry[]) : [];
  } catch {
    return [];
  }
}

/** Classifies an Apollo Client error and words it for the user. */
export function describeGraphError(error: unknown, locale: Locale): GraphErrorDescription {
  let kind: GraphErrorKind = "UNKNOWN";
  let detail = error instanceof Error ? error.message : String(error);

  if (CombinedGraphQLErrors.is(error)) {
    kind = codeOf(error.errors) ?? "SERVER";
    detail = messagesOf(error.errors) || detail;
  } else if (ServerError.is(error)) {
    const errors = errorsInBody(error.bodyText);
    if (error.statusCode === 401) kind = "UNAUTHENTICATED";
    else if (error.statusCode === 403) kind = "FORBIDDEN";
    else kind = codeOf(errors) ?? "SERVER";
    detail = messagesOf(errors) || `HTTP ${error.statusCode}`;
  } else if (ServerParseError.is(error)) {
    kind = "SERVER";
  } else if (error instanceof TypeError) {
    // fetch() rejects with a TypeError when the server is unreachable or CORS refuses the response.
    kind = "NETWORK";
  }
  return { kind, title: t(locale, kind), detail };
}

/** One failing input field as the server reports it in `extensions.fields`. */
export interface FieldProblem {
  field: string;
  constraint: string;
  message?: string;
}

export interface GraphFailure {
  kind: GraphErrorKind;
  /** Worded for the user in the UI's language: the reason's text when the tables know it, else the kind's. */
  title: string;
  /** The stable refusal code (`extensions.reason`), e.g. SHIFT_FULL. */
  reason: string | null;
  /** The server's own message, for a details line. */
  message: string;
  /** Input fields the server refused (`extensions.fields`, or the single `extensions.field`). */
  fields: FieldProblem[];
  /** `extensions` of the first GraphQL error (e.g. the date of a booking conflict). */
  extensions: Record<string, unknown>;
}

function fieldsOf(extensions: Record<string, unknown>): FieldProblem[] {
  if (Array.isArray(extensions.fields)) return extensions.fields as FieldProblem[];
  return typeof extensions.field === "string" ? [{ field: extensions.field, constraint: "invalid" }] : [];
}

/**
 * The one classifier of failed queries and mutations: kind, the reason and its localized text from the
 * slice's reason table (`@dongting/domain/reasons/<slice>`; the kit's common reasons are always known),
 * the refused fields and the first error's extensions. The UI words refusals by reason, never by message.
 */
export function graphFailure(error: unknown, locale: Locale, ...reasonTables: ReasonTable[]): GraphFailure {
  const { kind, title, detail } = describeGraphError(error, locale);
  const first = CombinedGraphQLErrors.is(error) ? error.errors[0] : undefined;
  const extensions = (first?.extensions ?? {}) as Record<string, unknown>;
  const reason = typeof extensions.reason === "string" ? extensions.reason : null;
  const reasonTitle = reason ? reasonText(reason, locale, ...reasonTables) : undefined;
  return { kind, title: reasonTitle ?? title, reason, message: first?.message ?? detail, fields: fieldsOf(extensions), extensions };
}
