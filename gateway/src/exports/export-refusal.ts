/** A refused export: the HTTP status and the JSON body `{ code, reason, message, ... }`. */
export class ExportRefusal extends Error {
  constructor(
    readonly status: number,
    readonly body: { code: string; reason?: string; message: string } & Record<string, unknown>,
  ) {
    super(body.message);
    this.name = "ExportRefusal";
  }
}

/** A GraphQL refusal (the kit's badUserInput, checkTimeWindow, the graph's own errors) as an HTTP answer. */
export function refusalFromGraphQL(status: number, error: { message: string; extensions?: Record<string, unknown> }): ExportRefusal {
  const { code, reason, http: _http, ...details } = error.extensions ?? {};
  return new ExportRefusal(status, {
    code: String(code ?? "INTERNAL_SERVER_ERROR"),
    ...(reason ? { reason: String(reason) } : {}),
    message: error.message,
    ...details,
  });
}
