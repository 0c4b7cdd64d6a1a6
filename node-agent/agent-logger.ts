/**
 * The agent's structured log (pino): one JSON line each, with the same ISO 8601 `time` as the
 * server's and the workers' (server/logger.ts; the agent imports no server code). Credentials
 * are censored should one slip into a log call.
 */
import { pino, type DestinationStream, type Logger } from 'pino';

const REDACTED = ['token', '*.token', 'authorization', '*.authorization', 'variables', '*.variables'];

export function createAgentLogger(level: string, name: string, destination?: DestinationStream): Logger {
  return pino(
    { name, level, redact: { paths: REDACTED, censor: '[redacted]' }, timestamp: pino.stdTimeFunctions.isoTime },
    destination ?? pino.destination(1),
  );
}
