/**
 * `npm run bench -- scheduler [--quick]`: 5,000 Node objects and 10,000 pending pods created
 * through the store; the scheduler controller binds them, first in this process (the dispatcher
 * and workers of `startWorkers`), then again on a fresh database with 2 worker processes
 * (`capstan workers --controllers scheduler`). Times come from the event log's commit timestamps: pods bound per
 * second is pods / (first pod ADDED → last bind), latency is each pod's ADDED → bind.
 * `--quick`: 200 nodes, 500 pods.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { KObject } from '../server/kinds/types.ts';
import { createLogger } from '../server/logger.ts';
import { Store } from '../server/store/store.ts';
import { createSchedulerController } from '../workers/controllers/scheduler.ts';
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

function pod(i: number): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: `pod-${i}`, labels: { app: `app-${i % 100}` } },
    spec: { containers: [{ name: 'main', image: 'nginx', resources: { requests: { cpu: '250m', memory: '512Mi' } } }] },
  };
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

async function phase(label: string, nodes: number, pods: number, workerProcesses: number): Promise<Figures> {
  const db = await benchDatabase(`scheduler_${label}`);
  const store = await Store.open({ databaseUrl: db.url, poolSize: 16 });
  const prefix = `capstan-bench:scheduler:${randomBytes(4).toString('hex')}`;
  const children: ChildProcess[] = [];
  let stopInProcess: (() => Promise<void>) | undefined;
  try {
    await inParallel(nodes, 32, (i) => store.create('Node', undefined, node(i)));
    const concurrency = 8;
    if (workerProcesses === 0) {
      const scheduler = createSchedulerController({ redisPrefix: prefix });
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
    const since = await store.log.safeRevision();
    const t0 = Date.now();
    const creating = inParallel(pods, 32, (i) => store.create('Pod', 'default', pod(i))).then(() => {
      console.log(`  ${pods} pods created in ${((Date.now() - t0) / 1000).toFixed(2)} s`);
    });
    const figures = await observeBinds(store, since, pods, 600_000);
    await creating;
    return figures;
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
  const { values } = parseArgs({ args: argv, options: { quick: { type: 'boolean', default: false } } });
  const nodes = values.quick ? 200 : 5_000;
  const pods = values.quick ? 500 : 10_000;
  console.log(`bench scheduler: ${nodes} nodes (32 cpu / 128Gi / 110 pods), ${pods} pending pods (250m / 512Mi), created through the store`);

  const one = await phase('inproc', nodes, pods, 0);
  console.log(`in-process workers: ${one.bound}/${pods} bound in ${one.seconds} s → ${one.podsPerSec} pods/s; create→bound p50 ${one.p50Ms} ms, p99 ${one.p99Ms} ms`);
  const two = await phase('two', nodes, pods, 2);
  console.log(`2 worker processes: ${two.bound}/${pods} bound in ${two.seconds} s → ${two.podsPerSec} pods/s; create→bound p50 ${two.p50Ms} ms, p99 ${two.p99Ms} ms`);
  console.log(
    JSON.stringify({
      bench: 'scheduler',
      nodes,
      pods,
      podsPerSec: one.podsPerSec,
      p50Ms: one.p50Ms,
      p99Ms: one.p99Ms,
      twoWorkers: { podsPerSec: two.podsPerSec, p50Ms: two.p50Ms, p99Ms: two.p99Ms },
    }),
  );
}
