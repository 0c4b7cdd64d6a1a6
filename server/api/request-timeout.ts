/**
 * Deadlines of HTTP requests. A request that is not a watch or a stream is answered with a
 * timeout once its deadline passes (the server's `requestTimeoutMs`; a REST request may ask
 * for less with Kubernetes' `timeout=` query parameter), so that a stuck query cannot hold a
 * client, or a connection, forever. Watches (`watch=true`) and followed logs (`follow=true`)
 * run until they end; their own `timeoutSeconds` bounds them.
 */
import type http from 'node:http';
import { RestRequestError } from '../rest/status.ts';

/** A Go duration as Kubernetes' `timeout` takes it: `30s`, `1m30s`, `500ms`, `2h`. */
export function parseGoDuration(text: string): number | undefined {
  const units: Record<string, number> = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, ms: 1, s: 1_000, m: 60_000, h: 3_600_000 };
  const re = /(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/gy;
  let ms = 0;
  let matched = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    ms += Number(m[1]) * units[m[2]!]!;
    matched = re.lastIndex;
  }
  return matched === text.length && text.length > 0 ? ms : undefined;
}

function isTrue(v: string | null): boolean {
  return v === 'true' || v === '1';
}

/**
 * The deadline of a request in milliseconds, or undefined for watches and streams. Throws
 * RestRequestError (400) for a `timeout` that is not a duration.
 */
export function requestDeadlineMs(url: URL, rest: boolean, defaultMs: number): number | undefined {
  if (defaultMs <= 0) return undefined;
  if (!rest) return defaultMs;
  const q = url.searchParams;
  if (isTrue(q.get('watch')) || isTrue(q.get('follow'))) return undefined;
  const asked = q.get('timeout');
  if (asked === null || asked === '') return defaultMs;
  const ms = parseGoDuration(asked);
  if (ms === undefined) throw new RestRequestError(400, `timeout: "${asked}" is not a duration like 30s or 1m`);
  return ms > 0 ? Math.min(ms, defaultMs) : defaultMs;
}

/**
 * Calls `answer` if `res` is not finished within `ms`; from then on whatever the handler still
 * writes is dropped (it finds out only when its work ends, which the timeout cannot cancel).
 */
export function armRequestTimeout(res: http.ServerResponse, ms: number, answer: (res: http.ServerResponse) => void): void {
  const timer = setTimeout(() => {
    if (res.writableEnded) return;
    if (res.headersSent) {
      // Part of an answer is out: all that can be done is to cut it.
      res.destroy();
      return;
    }
    res.setHeader('Connection', 'close');
    answer(res);
    const drop = function (this: http.ServerResponse) {
      return this;
    };
    res.setHeader = drop as unknown as typeof res.setHeader;
    res.writeHead = drop as unknown as typeof res.writeHead;
    res.write = (() => true) as unknown as typeof res.write;
    res.end = drop as unknown as typeof res.end;
    res.flushHeaders = () => {};
  }, ms);
  timer.unref();
  res.once('close', () => clearTimeout(timer));
}
