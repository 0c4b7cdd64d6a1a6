/**
 * Shared pieces of the process runtime's tests: temporary folders, configs, and waiting for
 * exits and log lines through the runtime's own events (no sleeps).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ContainerConfig, ContainerStatus, Runtime, SandboxConfig } from '../types.ts';

export function tempDir(prefix: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), `capstan-${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function sandboxConfig(uid: string, podDir: string, extra: Partial<SandboxConfig> = {}): SandboxConfig {
  return { uid, namespace: 'default', name: `pod-${uid}`, ip: '127.64.0.2', ports: [], labels: { app: 'test' }, podDir, ...extra };
}

export function containerConfig(podDir: string, name: string, script: string, extra: Partial<ContainerConfig> = {}): ContainerConfig {
  return {
    name,
    attempt: 0,
    image: 'none',
    command: ['sh', '-c'],
    args: [script],
    env: {},
    logPath: path.join(podDir, 'logs', name, '0.log'),
    ...extra,
  };
}

/** Remembers every exit a runtime reports, so a test can await one even if it came first. */
export function exitRecorder(runtime: Runtime): (id: string, timeoutMs?: number) => Promise<ContainerStatus> {
  const seen = new Map<string, ContainerStatus>();
  const waiting = new Map<string, (s: ContainerStatus) => void>();
  runtime.onExit((s) => {
    seen.set(s.id, s);
    waiting.get(s.id)?.(s);
  });
  return (id, timeoutMs = 15_000) =>
    new Promise((resolve, reject) => {
      const known = seen.get(id);
      if (known) return resolve(known);
      const timer = setTimeout(() => reject(new Error(`container ${id} did not exit within ${timeoutMs} ms`)), timeoutMs);
      waiting.set(id, (s) => {
        clearTimeout(timer);
        resolve(s);
      });
    });
}

export async function readAllLogs(runtime: Runtime, id: string, opts: { tailLines?: number; sinceSeconds?: number } = {}): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of runtime.logs(id, { follow: false, signal: new AbortController().signal, ...opts })) lines.push(line);
  return lines;
}

/** Follows the log until a line matches; fails after `timeoutMs`. */
export async function waitForLine(runtime: Runtime, id: string, pattern: RegExp, timeoutMs = 15_000): Promise<string> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    for await (const line of runtime.logs(id, { follow: true, signal: abort.signal })) {
      if (pattern.test(line)) return line;
    }
  } finally {
    clearTimeout(timer);
    abort.abort();
  }
  throw new Error(`no log line of ${id} matched ${pattern} within ${timeoutMs} ms`);
}
