import { pino, type DestinationStream, type Logger } from "pino";

/**
 * A process logger: pino JSON lines (on stdout unless `destination` says otherwise; the local stack runner
 * makes them readable). Tests pass a stream to read the lines a server wrote, without mocking the logger.
 */
export function createLogger(options: { destination?: DestinationStream; level?: string } = {}): Logger {
  return pino(
    {
      level: options.level ?? process.env.LOG_LEVEL ?? defaultLevel(),
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    options.destination ?? pino.destination({ fd: 1, sync: true }),
  );
}

/**
 * info (an access line per request) unless LOG_LEVEL says otherwise; under vitest (and in the processes a
 * test stack spawns, which inherit VITEST) warn, so thousands of access lines do not bury a failure's output.
 */
const defaultLevel = () => (process.env.VITEST ? "warn" : "info");

/** The one logger of a process. Synchronous writes: a line logged just before `process.exit` is not lost. */
const root: Logger = createLogger();

/** The logger of a service or job: `service` on every line (a child of `base`, the process's logger unless given). */
export const serviceLogger = (service: string, base: Logger = root): Logger => base.child({ service });

/** A request's logger: `requestId` on every line, so one id finds the request across processes. */
export const requestLogger = (logger: Logger, requestId: string): Logger => logger.child({ requestId });

export type { DestinationStream, Logger };
