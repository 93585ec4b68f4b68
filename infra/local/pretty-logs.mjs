import pinoPretty from "pino-pretty";

/**
 * The children log pino JSON: made readable (one coloured line each) for a person at a terminal, kept raw when
 * the output goes to a file or CI, where the JSON is what one searches (e.g. for a request id).
 */
const pretty = process.stdout.isTTY
  ? pinoPretty.prettyFactory({ colorize: true, singleLine: true, translateTime: "SYS:HH:MM:ss.l", ignore: "service" })
  : null;

export function readable(line) {
  if (!pretty || !line.startsWith("{")) return line;
  try {
    return pretty(line).trimEnd();
  } catch {
    return line;
  }
}
