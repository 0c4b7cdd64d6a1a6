import { describe, expect, it } from 'vitest';
import { CapstanError } from '../../server/errors.ts';
import { reconcileFailureLog } from './failure-log.ts';

describe('reconcileFailureLog', () => {
  it('logs a CONFLICT as one info line with its message and no stack', () => {
    const line = reconcileFailureLog(new CapstanError('CONFLICT', 'the object has been modified'), 2);
    expect(line.level).toBe('info');
    expect(line.fields).toEqual({ code: 'CONFLICT', reason: 'the object has been modified', attempt: 2 });
    expect(JSON.stringify(line)).not.toContain('at ');
  });

  it('logs other failures as a warning with the error', () => {
    const err = new Error('boom');
    const line = reconcileFailureLog(err, 1);
    expect(line.level).toBe('warn');
    expect(line.fields.err).toBe(err);
  });
});
