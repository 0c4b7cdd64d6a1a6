/**
 * `npm run bench -- etcd`: Capstan's write path beside etcd's, from one command, on one machine.
 *
 * 1. Capstan: the `api` benchmark's load (creates of ~1 KB ConfigMaps through GraphQL at a fixed
 *    concurrency, then p50/p99 at a fixed offered rate of half creates, half patches).
 * 2. etcd, when an `etcd` binary is on PATH (Debian's `etcd-server`; this script installs
 *    nothing): a single member on loopback with a throwaway data folder, driven from Node with
 *    the `etcd3` client: compare-and-create (a transaction: create the key only if it has no
 *    version yet) of the same ~1 KB object at the same concurrency, then compare-and-swap (read,
 *    then put only if the key's mod revision is unchanged) at the same offered rate.
 *
 * The last line's `ratio` is Capstan's creates/s over etcd's. With `--guard`, the run fails when
 * Capstan falls below half of etcd's figure: a regression guard that measures both in the same
 * run, so a slow machine slows both. CI's smoke runs it (.ci/run). Each side's creates phase
 * also reports the CPU seconds of its processes: the etcd3 client costs about twice what etcd
 * itself does, so etcd's figure is bounded by its client as much as by etcd.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Etcd3 } from 'etcd3';
import { measureApi } from './api.ts';
import { cpuSeconds } from './nodes.ts';
import { freePort, percentile, round } from './support.ts';

function etcdOnPath(): string | null {
  const r = spawnSync('sh', ['-c', 'command -v etcd'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

async function startEtcd(binary: string): Promise<{ endpoint: string; pid: number; stop(): Promise<void> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'capstan-bench-etcd-'));
  const [client, peer] = [await freePort(), await freePort()];
  const endpoint = `http://127.0.0.1:${client}`;
  const child: ChildProcess = spawn(
    binary,
    [
      '--data-dir', dir,
      '--listen-client-urls', endpoint,
      '--advertise-client-urls', endpoint,
      '--listen-peer-urls', `http://127.0.0.1:${peer}`,
      '--initial-advertise-peer-urls', `http://127.0.0.1:${peer}`,
      '--initial-cluster', `bench=http://127.0.0.1:${peer}`,
      '--name', 'bench',
      '--log-level', 'error',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ETCD_UNSUPPORTED_ARCH: process.arch === 'x64' ? '' : process.arch } },
  );
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const probe = new Etcd3({ hosts: endpoint });
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`etcd exited with ${child.exitCode}: ${stderr}`);
    try {
      await probe.get('probe').string();
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`etcd did not answer within 30 s: ${stderr}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  probe.close();
  return {
    endpoint,
    pid: child.pid!,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const payload = 'x'.repeat(900);
const object = (name: string) =>
  JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'default', labels: { bench: 'api', shard: name.slice(-1) } }, data: { payload } });

async function measureEtcd(etcd: { endpoint: string; pid: number }, opts: { creates: number; concurrency: number; rate: number; seconds: number }) {
  const { endpoint } = etcd;
  const client = new Etcd3({ hosts: endpoint });
  const key = (name: string) => `/registry/configmaps/default/${name}`;
  const compareAndCreate = async (name: string) => {
    const r = await client.if(key(name), 'Version', '==', 0).then(client.put(key(name)).value(object(name))).commit();
    if (!r.succeeded) throw new Error(`${name} exists`);
  };
  try {
    for (let i = 0; i < 300; i++) await compareAndCreate(`warm-${i}`);
    let next = 0;
    const etcd0 = cpuSeconds(etcd.pid);
    const self0 = process.cpuUsage();
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: opts.concurrency }, async () => {
        while (next < opts.creates) await compareAndCreate(`cm-${next++}`);
      }),
    );
    const createsPerSec = opts.creates / ((performance.now() - t0) / 1000);
    const self = process.cpuUsage(self0);
    const cpu = { etcd: round(cpuSeconds(etcd.pid) - etcd0, 2), loadGenerator: round((self.user + self.system) / 1e6, 2) };
    console.log(`etcd: ${opts.creates} compare-and-creates at concurrency ${opts.concurrency}: ${Math.round(createsPerSec)}/s`);
    console.log(`CPU seconds in the creates phase: etcd ${cpu.etcd}, load generator (etcd3 client) ${cpu.loadGenerator}`);

    const latencies: number[] = [];
    let errors = 0;
    const total = Math.round(opts.rate * opts.seconds);
    const inflight: Promise<void>[] = [];
    const start = performance.now();
    for (let i = 0; i < total; i++) {
      const wait = start + (i * 1000) / opts.rate - performance.now();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      const t = performance.now();
      const op =
        i % 2 === 0
          ? compareAndCreate(`lat-${i}`)
          : (async () => {
              // Compare-and-swap, as an update with a resourceVersion precondition is.
              const k = key(`cm-${i % Math.max(1, opts.creates)}`);
              const got = await client.get(k).exec();
              const kv = got.kvs[0]!;
              const r = await client.if(k, 'Mod', '==', Number(kv.mod_revision)).then(client.put(k).value(object(`n-${i}`))).commit();
              if (!r.succeeded) throw new Error('conflict');
            })();
      inflight.push(op.then(() => void latencies.push(performance.now() - t), () => void errors++));
    }
    await Promise.all(inflight);
    latencies.sort((a, b) => a - b);
    const p50 = percentile(latencies, 50);
    const p99 = percentile(latencies, 99);
    console.log(`etcd at ${opts.rate}/s offered (${errors} errors): p50 ${round(p50, 2)} ms, p99 ${round(p99, 2)} ms`);
    return { createsPerSec: Math.round(createsPerSec), p50Ms: round(p50, 2), p99Ms: round(p99, 2), errors, cpuSeconds: cpu };
  } finally {
    client.close();
  }
}

export async function run(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      guard: { type: 'boolean', default: false },
      creates: { type: 'string' },
      concurrency: { type: 'string', default: '32' },
      rate: { type: 'string', default: '500' },
      seconds: { type: 'string' },
    },
  });
  const load = {
    creates: Number(values.creates ?? (values.quick ? 2_000 : 20_000)),
    concurrency: Number(values.concurrency),
    rate: Number(values.rate),
    seconds: Number(values.seconds ?? (values.quick ? 2 : 20)),
  };
  const binary = etcdOnPath();
  console.log(`bench etcd: ${load.creates} creates at concurrency ${load.concurrency}, then ${load.rate} writes/s for ${load.seconds} s, against Capstan${binary ? ` and etcd (${binary})` : ' (no etcd on PATH: Capstan alone)'}`);

  let etcd: Awaited<ReturnType<typeof measureEtcd>> | null = null;
  if (binary) {
    const server = await startEtcd(binary);
    try {
      etcd = await measureEtcd(server, load);
    } finally {
      await server.stop();
    }
  }
  const capstan = await measureApi(load);
  const ratio = etcd ? round(capstan.createsPerSec / etcd.createsPerSec, 2) : null;
  if (etcd) console.log(`Capstan/etcd creates: ${ratio} (${capstan.createsPerSec}/s vs ${etcd.createsPerSec}/s); p99 ${capstan.p99Ms} ms vs ${etcd.p99Ms} ms`);
  const result = { bench: 'etcd', capstan, etcd, ratio, ...load };
  if (values.guard && ratio !== null && ratio < 0.5) {
    console.error(`regression: Capstan's creates/s are ${ratio} of etcd's in this run, below the guard of 0.5`);
    console.log(JSON.stringify(result));
    process.exit(1);
  }
  console.log(JSON.stringify(result));
}
