/**
 * Hollow nodes fail together: when the API server is overloaded or restarting, 5,000 nodes write
 * 5,000 identical "lease renewal failed" warnings within seconds, and the log drowns what else
 * it says. This logger passes the first warning (or error) of each message through at once, then
 * counts the repeats and writes one summary per message each `windowMs`, with the last repeat's
 * fields and `repeats`. A message quiet for a whole window passes through at once again.
 */
import type { AgentLogger } from '../proxy/list-watch.ts';

export interface CoalescingLogger extends AgentLogger {
  /** Writes the summaries of the repeats counted so far (the timer calls it every window). */
  flush(): void;
  /** Flushes and stops the timer. */
  close(): void;
}

interface Repeats {
  level: 'warn' | 'error';
  count: number;
  last: object;
}

export function coalescingLogger(inner: AgentLogger, opts: { windowMs?: number } = {}): CoalescingLogger {
  const windowMs = opts.windowMs ?? 10_000;
  const seen = new Map<string, Repeats>();
  let timer: NodeJS.Timeout | undefined;

  const flush = () => {
    for (const [msg, r] of seen) {
      if (r.count === 0) {
        seen.delete(msg);
        continue;
      }
      inner[r.level]({ ...r.last, repeats: r.count }, `${msg} (${r.count} more times in the last ${windowMs / 1000} s)`);
      r.count = 0;
    }
    if (seen.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };

  const note = (level: 'warn' | 'error') => (obj: object, msg = '') => {
    const r = seen.get(msg);
    if (r) {
      r.count++;
      r.last = obj;
      return;
    }
    seen.set(msg, { level, count: 0, last: obj });
    inner[level](obj, msg);
    if (!timer) {
      timer = setInterval(flush, windowMs);
      timer.unref();
    }
  };

  return {
    debug: (obj, msg) => inner.debug(obj, msg),
    info: (obj, msg) => inner.info(obj, msg),
    warn: note('warn'),
    error: note('error'),
    flush,
    close() {
      flush();
      clearInterval(timer);
      timer = undefined;
    },
  };
}
