import { lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPayload, writePayload } from './atomic-writer.ts';
import type { Payload } from './volume-payload.ts';

let dir: string;
beforeEach(() => {
  dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'capstan-atomic-')), 'vol');
});
afterEach(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

const payload = (files: Record<string, [string, number]>): Payload => new Map(Object.entries(files).map(([p, [data, mode]]) => [p, { data: Buffer.from(data), mode }]));

describe('writePayload', () => {
  it('shows each top-level name as a relative link through ..data, with the files’ modes', () => {
    expect(writePayload(dir, payload({ 'app.conf': ['x=1', 0o644], 'tls/key': ['k', 0o400] }))).toBe(true);
    expect(readlinkSync(path.join(dir, 'app.conf'))).toBe('..data/app.conf');
    expect(readlinkSync(path.join(dir, 'tls'))).toBe('..data/tls');
    expect(readlinkSync(path.join(dir, '..data'))).toMatch(/^\.\.\d{4}_/);
    expect(readFileSync(path.join(dir, 'app.conf'), 'utf8')).toBe('x=1');
    expect(statSync(path.join(dir, 'tls/key')).mode & 0o777).toBe(0o400);
  });

  it('writes nothing when the payload is unchanged', () => {
    writePayload(dir, payload({ a: ['1', 0o644] }));
    const target = readlinkSync(path.join(dir, '..data'));
    expect(writePayload(dir, payload({ a: ['1', 0o644] }))).toBe(false);
    expect(readlinkSync(path.join(dir, '..data'))).toBe(target);
  });

  it('swaps ..data to a new folder on a change, drops names no longer there and the old folder', () => {
    writePayload(dir, payload({ a: ['1', 0o644], gone: ['g', 0o644] }));
    const before = readlinkSync(path.join(dir, '..data'));
    expect(writePayload(dir, payload({ a: ['2', 0o644], added: ['n', 0o600] }))).toBe(true);
    expect(readlinkSync(path.join(dir, '..data'))).not.toBe(before);
    expect(readFileSync(path.join(dir, 'a'), 'utf8')).toBe('2');
    expect(readFileSync(path.join(dir, 'added'), 'utf8')).toBe('n');
    expect(() => lstatSync(path.join(dir, 'gone'))).toThrow();
    expect(readdirSync(dir).sort()).toEqual(['..data', readlinkSync(path.join(dir, '..data')), 'a', 'added'].sort());
    expect(readPayload(dir)).toEqual(payload({ a: ['2', 0o644], added: ['n', 0o600] }));
  });

  it('refuses paths that leave the folder', () => {
    expect(() => writePayload(dir, payload({ '../escape': ['x', 0o644] }))).toThrow(/must not contain/);
  });
});
