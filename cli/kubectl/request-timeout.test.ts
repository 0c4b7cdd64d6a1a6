import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_REQUEST_TIMEOUT } from './client.ts';

const BIN = new URL('../../bin/capstan.js', import.meta.url).pathname;

/** An HTTP server that reads each request and answers only when `answer` says so. */
let server: http.Server;
let url: string;
const held: http.ServerResponse[] = [];

function capstan(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, CAPSTAN_SERVER: url, CAPSTAN_TOKEN: 't', CAPSTAN_DATA_DIR: '/nonexistent', CAPSTAN_REQUEST_TIMEOUT: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: Date.now() - t0 }));
  });
}

beforeAll(async () => {
  server = http.createServer((req, res) => {
    req.resume();
    // A server that never answers (overloaded, or a proxy in front of a dead one).
    held.push(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const res of held) res.destroy();
  await new Promise((r) => server.close(r));
});

describe('--request-timeout', () => {
  it('gives up on a server that does not answer, naming the server and the limit, with exit code 124', async () => {
    const run = await capstan(['get', 'pods', '--request-timeout', '300ms']);
    expect(run.code).toBe(EXIT_REQUEST_TIMEOUT);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `error: the server at ${url} did not answer within 300ms (--request-timeout). Is it overloaded or unreachable? ` +
        'Raise the limit with --request-timeout (0: none) or CAPSTAN_REQUEST_TIMEOUT.\n',
    );
  });

  it('is read from CAPSTAN_REQUEST_TIMEOUT when the flag is not given', async () => {
    const run = await capstan(['describe', 'pod', 'web'], { CAPSTAN_REQUEST_TIMEOUT: '1s' });
    expect(run.code).toBe(EXIT_REQUEST_TIMEOUT);
    expect(run.stderr).toContain(`the server at ${url} did not answer within 1s`);
  });

  it('refuses a value that is not a duration, with exit code 2', async () => {
    const run = await capstan(['get', 'pods', '--request-timeout', 'soon']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('invalid argument "soon" for "--request-timeout" flag');
  });
});
