/**
 * The real kubectl binary (v1.32, /usr/bin/kubectl) against a Capstan API server, with a
 * kubeconfig written the way `capstan up` writes it (the admin token in a file beside it):
 *
 *   const kubectl = await kubectlFor(cluster.server);
 *   const r = await kubectl.run(['get', 'pods', '-o', 'name']);
 *   expect(r.code).toBe(0);
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { kubeconfigYaml } from '../cli/cluster/kubeconfig.ts';
import { gql } from './harness.ts';

export const KUBECTL = process.env.CAPSTAN_TEST_KUBECTL ?? 'kubectl';

export interface KubectlResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface KubectlRunOptions {
  input?: string;
  env?: Record<string, string>;
  timeoutMs?: number;
}

export interface Kubectl {
  /** The kubeconfig's path (KUBECONFIG for other clients). */
  kubeconfig: string;
  dir: string;
  run(args: string[], opts?: KubectlRunOptions): Promise<KubectlResult>;
  /** Another kubeconfig for the same cluster with `token` inline (another identity, or a bad one). */
  kubeconfigWithToken(token: string): Promise<string>;
  /** Starts a long-running kubectl (get -w, logs -f); `stop()` ends it and returns what it printed. */
  start(args: string[]): { output(): string; stop(): Promise<KubectlResult>; exited: Promise<KubectlResult> };
  cleanup(): void;
}

/** Whether a kubectl binary is on PATH; tests say plainly when it is not. */
export function kubectlInstalled(): boolean {
  return spawnSync(KUBECTL, ['version', '--client'], { stdio: 'ignore' }).status === 0;
}

/** The cluster's CA, read as the admin from the Secret the API servers keep it in. */
export async function clusterCa(server: { url: string; token: string }): Promise<string> {
  const r = await gql<{ secret: { data: Record<string, string> } | null }>(server.url, server.token, 'query { secret(namespace: "kube-system", name: "capstan-serving-cert") { data } }');
  const ca = r.secret?.data?.['ca.crt'];
  if (!ca) throw new Error('the cluster has no serving certificate Secret');
  return Buffer.from(ca, 'base64').toString('utf8');
}

/** A kubeconfig for `server` (https, its CA trusted) with the admin token, or `token` when given. */
export async function kubectlFor(server: { baseUrl: string; url: string; token: string }): Promise<Kubectl> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'capstan-kubectl-'));
  const tokenFile = path.join(dir, 'admin-token');
  writeFileSync(tokenFile, `${server.token}\n`, { mode: 0o600 });
  const caFile = path.join(dir, 'ca.crt');
  writeFileSync(caFile, await clusterCa(server));
  const kubeconfig = path.join(dir, 'kubeconfig');
  writeFileSync(kubeconfig, kubeconfigYaml({ server: server.baseUrl, tokenFile, certificateAuthority: caFile }), { mode: 0o600 });
  // kubectl's discovery and OpenAPI caches live under this folder, one per test file.
  const env = (extra: Record<string, string> = {}) => ({
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: dir,
    KUBECONFIG: kubeconfig,
    KUBECACHEDIR: path.join(dir, 'cache'),
    ...extra,
  });
  const collect = (args: string[], opts: KubectlRunOptions = {}) => {
    const child = spawn(KUBECTL, args, { env: env(opts.env), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    if (opts.input !== undefined) child.stdin.end(opts.input);
    else child.stdin.end();
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000);
    const exited = new Promise<KubectlResult>((resolve) =>
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr });
      }),
    );
    return { child, exited, output: () => stdout, errors: () => stderr };
  };
  return {
    kubeconfig,
    dir,
    run: (args, opts) => collect(args, opts).exited,
    async kubeconfigWithToken(token) {
      const file = path.join(dir, `kubeconfig-${Math.random().toString(36).slice(2)}`);
      writeFileSync(file, kubeconfigYaml({ server: server.baseUrl, token, certificateAuthority: caFile }), { mode: 0o600 });
      return file;
    },
    start(args) {
      const c = collect(args, { timeoutMs: 300_000 });
      return {
        output: () => c.output(),
        exited: c.exited,
        async stop() {
          c.child.kill('SIGINT');
          return c.exited;
        },
      };
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
