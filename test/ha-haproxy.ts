/**
 * Debian's HAProxy in front of API server processes, for HA tests: TCP mode (HTTP, WebSocket
 * and TLS pass through untouched), round robin, a TCP health check every 200 ms so a killed
 * server leaves the rotation within about a second. Config in a temp dir, loopback ports only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './harness.ts';

export const HAPROXY = '/usr/sbin/haproxy';

export interface Haproxy {
  /** The front port (give clients http://127.0.0.1:port). */
  port: number;
  config: string;
  stop(): Promise<void>;
}

/**
 * The config text: one TCP frontend on `port` balancing over `backends` (host:port each).
 * A connection to a backend that refuses it (killed a moment ago, before the health check
 * noticed) is retried on another server at once (`option redispatch 1`) instead of 3 times on
 * the same one, 1 s apart: a reconnecting client would otherwise wait ~3 s for nothing.
 */
export function haproxyConfig(port: number, backends: string[], opts: { balance?: string } = {}): string {
  return [
    'global',
    '  maxconn 2000',
    'defaults',
    '  mode tcp',
    '  timeout connect 2s',
    '  retries 3',
    '  option redispatch 1',
    '  timeout client 1h',
    '  timeout server 1h',
    '  timeout tunnel 1h',
    'frontend api',
    `  bind 127.0.0.1:${port}`,
    '  default_backend servers',
    'backend servers',
    `  balance ${opts.balance ?? 'roundrobin'}`,
    '  option tcp-check',
    ...backends.map((b, i) => `  server s${i} ${b} check inter 200ms fall 2 rise 2`),
    '',
  ].join('\n');
}

export async function startHaproxy(backends: string[]): Promise<Haproxy> {
  return startHaproxyWith((port) => haproxyConfig(port, backends));
}

/** HAProxy with the config `configFor` writes for the front port it is given. */
export async function startHaproxyWith(configFor: (port: number) => string): Promise<Haproxy> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'capstan-haproxy-'));
  const config = configFor(port);
  const file = path.join(dir, 'haproxy.cfg');
  writeFileSync(file, config);
  const child: ChildProcess = spawn(HAPROXY, ['-db', '-f', file], { stdio: ['ignore', 'ignore', 'inherit'] });
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`haproxy exited with ${child.exitCode}`);
    const up = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => (s.destroy(), resolve(true)));
      s.on('error', () => resolve(false));
    });
    if (up) break;
    if (Date.now() > deadline) throw new Error('haproxy did not listen in 15 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    port,
    config,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
