import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renewBootstrapToken, UP_BOOTSTRAP_TOKEN_TTL_SECONDS } from './bootstrap-token.ts';
import { serverComponent, type ComponentContext } from './components.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'capstan-bootstrap-token-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("capstan up's bootstrap token", () => {
  it('is a new one on every run, written over the last (mode 0600)', async () => {
    const file = path.join(dir, 'sub', 'bootstrap-token');
    const first = await renewBootstrapToken(file);
    const second = await renewBootstrapToken(file);
    expect(first).toMatch(/^[a-z0-9]{6}\.[a-z0-9]{16}$/);
    expect(second).not.toBe(first);
    expect(readFileSync(file, 'utf8').trim()).toBe(second);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('reaches the server with a 24 h lifetime', () => {
    const env = serverComponent.env!({}, { bootstrapToken: 'abcdef.0123456789abcdef' } as ComponentContext);
    expect(env).toMatchObject({ CAPSTAN_BOOTSTRAP_TOKEN: 'abcdef.0123456789abcdef', CAPSTAN_BOOTSTRAP_TOKEN_TTL: String(24 * 3600) });
    expect(UP_BOOTSTRAP_TOKEN_TTL_SECONDS).toBe(86_400);
  });
});
