/**
 * Structured logs (pino), one JSON object per line. Credentials and Secret payloads are never
 * logged: callers log no request bodies or variables, and the paths below are censored should
 * one slip into a log call anyway.
 */
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

export interface LoggerOptions {
  /** trace, debug, info, warn, error, fatal or silent (default info). */
  level?: string;
  /** Where lines go (default stdout). Tests pass a stream to read them. */
  destination?: DestinationStream;
  /** The component, added to every line (`server`, `workers`, …). */
  name?: string;
}

export const REDACTED_PATHS = [
  'authorization',
  'token',
  'adminToken',
  'connectionParams',
  'variables',
  'headers.authorization',
  'req.headers.authorization',
  '*.authorization',
  '*.token',
  '*.adminToken',
  '*.connectionParams',
  '*.variables',
  '*.stringData',
];

export function createLogger(opts: LoggerOptions = {}): Logger {
  return pino(
    {
      name: opts.name,
      level: opts.level ?? 'info',
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    opts.destination ?? pino.destination(1),
  );
}
