import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../server/logger.ts';
import { createAgentLogger } from './agent-logger.ts';

function capture(): { stream: Writable; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, lines: () => chunks.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l)) };
}

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

describe('log timestamps', () => {
  it('are ISO 8601 in the agent\'s log, with token fields censored', () => {
    const out = capture();
    createAgentLogger('info', 'agent', out.stream).info({ token: 'secret' }, 'hello');
    const [line] = out.lines();
    expect(line!.time).toMatch(ISO);
    expect(line!.token).toBe('[redacted]');
  });

  it('are the same ISO 8601 format in the server\'s and workers\' log', () => {
    const out = capture();
    createLogger({ name: 'workers', destination: out.stream }).info('hello');
    expect(out.lines()[0]!.time).toMatch(ISO);
  });
});
