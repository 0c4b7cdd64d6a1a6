import { describe, expect, it } from 'vitest';
import type { AgentLogger } from '../proxy/list-watch.ts';
import { coalescingLogger } from './coalescing-logger.ts';

function recorder() {
  const lines: { level: string; obj: object; msg?: string }[] = [];
  const inner: AgentLogger = {
    debug: (obj, msg) => lines.push({ level: 'debug', obj, msg }),
    info: (obj, msg) => lines.push({ level: 'info', obj, msg }),
    warn: (obj, msg) => lines.push({ level: 'warn', obj, msg }),
    error: (obj, msg) => lines.push({ level: 'error', obj, msg }),
  };
  return { inner, lines };
}

describe('coalescingLogger', () => {
  it('writes the first warning of a message at once and its repeats as one summary per window', () => {
    const { inner, lines } = recorder();
    const log = coalescingLogger(inner, { windowMs: 60_000 });
    log.warn({ node: 'a' }, 'lease renewal failed');
    log.warn({ node: 'b' }, 'lease renewal failed');
    log.warn({ node: 'c' }, 'lease renewal failed');
    expect(lines).toEqual([{ level: 'warn', obj: { node: 'a' }, msg: 'lease renewal failed' }]);
    log.flush();
    expect(lines[1]).toEqual({ level: 'warn', obj: { node: 'c', repeats: 2 }, msg: 'lease renewal failed (2 more times in the last 60 s)' });
    log.close();
  });

  it('passes a message through at once again after a window without it', () => {
    const { inner, lines } = recorder();
    const log = coalescingLogger(inner, { windowMs: 60_000 });
    log.error({ node: 'a' }, 'pod status update failed');
    log.flush(); // no repeats: nothing written, the message is forgotten
    log.error({ node: 'b' }, 'pod status update failed');
    expect(lines.map((l) => [l.level, (l.obj as { node: string }).node])).toEqual([
      ['error', 'a'],
      ['error', 'b'],
    ]);
    log.close();
  });

  it('keeps different messages apart and leaves info and debug alone', () => {
    const { inner, lines } = recorder();
    const log = coalescingLogger(inner, { windowMs: 60_000 });
    log.warn({}, 'lease renewal failed');
    log.warn({}, 'node status sync failed');
    log.info({ n: 1 }, 'joined');
    log.info({ n: 2 }, 'joined');
    expect(lines.map((l) => l.msg)).toEqual(['lease renewal failed', 'node status sync failed', 'joined', 'joined']);
    log.close();
  });
});
