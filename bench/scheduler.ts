/**
 * `npm run bench -- scheduler [--quick]`: 5,000 Node objects and 10,000 pending pods created
 * through the store; the scheduler controller binds them, first in this process (the dispatcher
 * and workers of `startWorkers`), then again on a fresh database with 2 worker processes
 * (`capstan workers --controllers scheduler`). Times come from the event log's commit timestamps: pods bound per
 * second is pods / (first pod ADDED → last bind), latency is each pod's ADDED → bind.
 * `--existing N`: N more pods bound beforehand (by a bind, not the scheduler: they name another
 * schedulerName), spread over the nodes, as the scale bench's "150,000 pods existing" without
 * hollow nodes; one warm-up pod is then bound before the measured pods are created, so that the
 * scheduler's first list of the cluster is not timed (kube-scheduler too starts from a synced cache).
 * `--quick`: 200 nodes, 500 pods.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { KObject } from '../server/kinds/types.ts';
import { createLogger } from '../server/logger.ts';
import { Store } from '../server/store/store.ts';
import { createSchedulerController, type SchedulerController } from '../workers/controllers/scheduler.ts';
import { startWorkers } from '../workers/main.ts';
import { REDIS_URL, ROOT } from '../test/harness.ts';
import { benchDatabase, percentile, round } from './support.ts';

interface Figures {
  podsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  bound: number;
  seconds: number;
}

function node(i: number): KObject {
  const name = `node-${String(i).padStart(5, '0')}`;
  const resources = { cpu: '32', memory: '128Gi', pods: '110' };
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name, labels: { 'kubernetes.io/hostname': name, 'topology.kubernetes.io/zone': `z${i % 3}` } },
    spec: {},
    status: { capacity: resources, allocatable: resources },
  };
}

function pod(i: number | string, schedulerName?: string): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: `pod-${i}`, labels: { app: `app-${typeof i === 'number' ? i % 100 : i}` } },
    spec: {
      containers: [{ name: 'main', image: 'nginx', resources: { requests: { cpu: '250m', memory: '512Mi' } } }],
      ...(schedulerName ? { schedulerName } : {}),
    },
  };
}

/** `count` pods bound round-robin to the nodes by the store's batched bind, not by the scheduler. */
async function existingPods(store: Store, nodes: number, count: number): Promise<void> {
  const t0 = Date.now();
  const batch = 500;
  let next = 0;
  await Promise.all(Array.from({ length: 4 }, async () => {
    while (next < count) {
      const from = next;
      next = Math.min(count, next + batch);
      const names = Array.from({ length: next - from }, (_, k) => `existing-${from + k}`);
      await Promise.all(names.map((name) => store.create('Pod', 'default', pod(name, 'bench-existing'))));
      await store.bindPods(names.map((name, k) => ({ namespace: 'default', name, nodeName: node((from + k) % nodes).metadata.name })));
    }
  }));
  console.log(`  ${count} existing pods created and bound in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

async function inParallel(count: number, width: number, fn: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < count) await fn(next++);
  }));
}

/** Tails the log for pod ADDED and bind events until `pods` binds were seen. */
async function observeBinds(store: Store, since: bigint, pods: number, timeoutMs: number): Promise<Figures> {
  const added = new Map<string, number>();
  const boundAt = new Map<string, number>();
  let after = since;
  const deadline = Date.now() + timeoutMs;
  let lastReport = Date.now();
  while (boundAt.size < pods) {
    if (Date.now() > deadline) {
      console.log(`  timed out: ${boundAt.size}/${pods} bound`);
      break;
    }
    const upTo = await store.log.safeRevision();
    const events = upTo > after ? await store.log.readAfter(after, upTo, 5000, { kind: 'Pod' }) : [];
    for (const e of events) {
      after = e.revision;
      const t = e.createdAt.getTime();
      if (e.type === 'ADDED') added.set(e.name, t);
      else if (e.type === 'MODIFIED' && e.object.spec?.nodeName && !e.prevObject?.spec?.nodeName) boundAt.set(e.name, t);
    }
    if (Date.now() - lastReport > 2000) {
      console.log(`  … ${added.size} created, ${boundAt.size} bound`);
      lastReport = Date.now();
    }
    if (events.length === 0) await new Promise((r) => setTimeout(r, 20));
  }
  const firstCreate = Math.min(...added.values());
  const lastBind = Math.max(...boundAt.values());
  const latencies = [...boundAt].map(([name, t]) => t - (added.get(name) ?? t)).sort((a, b) => a - b);
  const seconds = (lastBind - firstCreate) / 1000;
  return { podsPerSec: Math.round(boundAt.size / seconds), p50Ms: Math.round(percentile(latencies, 50)), p99Ms: Math.round(percentile(latencies, 99)), bound: boundAt.size, seconds: round(seconds, 2) };
}

async function startChild(db: string, prefix: string, concurrency: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'cli/main.ts'), 'workers', '--controllers', 'scheduler', '--redis-prefix', prefix, '--concurrency', String(concurrency)], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: db, REDIS_URL, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    const onData = (b: Buffer) => {
      out += b.toString();
      if (out.includes('workers started')) {
        child.stdout!.off('data', onData);
        child.stdout!.resume();
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`worker exited with ${code}`)));
  });
  return child;
}

async function phase(label: string, nodes: number, pods: number, workerProcesses: number, existing: number): Promise<Figures & { snapshot?: ReturnType<SchedulerController['snapshotStats']> }> {
  const db = await benchDatabase(`scheduler_${label}`);
  const store = await Store.open({ databaseUrl: db.url, poolSize: 16 });
  const prefix = `capstan-bench:scheduler:${randomBytes(4).toString('hex')}`;
  const children: ChildProcess[] = [];
  let stopInProcess: (() => Promise<void>) | undefined;
  try {
    await inParallel(nodes, 32, (i) => store.create('Node', undefined, node(i)));
    if (existing > 0) await existingPods(store, nodes, existing);
    const concurrency = 8;
    let scheduler: SchedulerController | undefined;
    if (workerProcesses === 0) {
      scheduler = createSchedulerController({ redisPrefix: prefix });
      const running = await startWorkers({
        databaseUrl: db.url,
        redisUrl: REDIS_URL,
        registry: new Map([['scheduler', scheduler]]),
        worker: { prefix, concurrency },
        dispatcher: { pollIntervalMs: 50 },
        log: createLogger({ level: 'warn' }),
      });
      stopInProcess = () => running.stop();
    } else {
      for (let i = 0; i < workerProcesses; i++) children.push(await startChild(db.url, prefix, concurrency));
    }
    if (existing > 0) {
      const t = Date.now();
      await store.create('Pod', 'default', pod('warm-up'));
      for (;;) {
        const p = await store.get('Pod', 'default', 'pod-warm-up');
        if (p?.spec.nodeName) break;
        if (Date.now() - t > 600_000) throw new Error('the warm-up pod was not bound within 10 min');
        await new Promise((r) => setTimeout(r, 50));
      }
      console.log(`  warm-up pod bound ${((Date.now() - t) / 1000).toFixed(1)} s after its create (the scheduler's first list)`);
    }
    const since = await store.log.safeRevision();
    const t0 = Date.now();
    const creating = inParallel(pods, 32, (i) => store.create('Pod', 'default', pod(i))).then(() => {
      console.log(`  ${pods} pods created in ${((Date.now() - t0) / 1000).toFixed(2)} s`);
    });
    const figures = await observeBinds(store, since, pods, 600_000);
    await creating;
    return scheduler ? { ...figures, snapshot: scheduler.snapshotStats() } : figures;
  } finally {
    await stopInProcess?.();
    for (const c of children) {
      if (c.exitCode === null) {
        c.kill('SIGTERM');
        await new Promise((r) => c.once('exit', r));
      }
    }
    await store.close();
    await db.drop();
  }
}

export async function run(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { quick: { type: 'boolean', default: false }, existing: { type: 'string', default: '0' } } });
  const nodes = values.quick ? 200 : 5_000;
  const pods = values.quick ? 500 : 10_000;
  const existing = Number(values.existing);
  if (!(Number.isInteger(existing) && existing >= 0)) throw new Error(`--existing must be a whole number, got ${values.existing}`);
  console.log(`bench scheduler: ${nodes} nodes (32 cpu / 128Gi / 110 pods), ${pods} pending pods (250m / 512Mi), created through the store${existing ? `, ${existing} bound pods existing` : ''}; load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);

  const one = await phase('inproc', nodes, pods, 0, existing);
  const snap = one.snapshot ? `; snapshot: ${one.snapshot.lists} list(s), ${one.snapshot.catchUps} catch-ups from the log, ${one.snapshot.changesApplied} changes applied` : '';
  console.log(`in-process workers: ${one.bound}/${pods} bound in ${one.seconds} s → ${one.podsPerSec} pods/s; create→bound p50 ${one.p50Ms} ms, p99 ${one.p99Ms} ms${snap}`);
  const two = await phase('two', nodes, pods, 2, existing);
  console.log(`2 worker processes: ${two.bound}/${pods} bound in ${two.seconds} s → ${two.podsPerSec} pods/s; create→bound p50 ${two.p50Ms} ms, p99 ${two.p99Ms} ms`);
  console.log(
    JSON.stringify({
      bench: 'scheduler',
      nodes,
      pods,
      existing,
      podsPerSec: one.podsPerSec,
      p50Ms: one.p50Ms,
      p99Ms: one.p99Ms,
      twoWorkers: { podsPerSec: two.podsPerSec, p50Ms: two.p50Ms, p99Ms: two.p99Ms },
      load: loadavg().map((l) => Number(l.toFixed(1))),
    }),
  );
}
