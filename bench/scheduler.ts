/**
 * `npm run bench -- scheduler [--quick]`: 5,000 Node objects, then the scheduler controller binds
 * 10,000 pending pods twice, in two ways, first in this process (the dispatcher and workers of
 * `startWorkers`), then again on a fresh database with 2 worker processes (`capstan workers
 * --controllers scheduler`):
 *   - backlog (the scheduler's capacity, as scheduler_perf's SchedulingThroughput with pods created
 *     beforehand): the pods are created while the bench holds the scheduler's batch lock, so no
 *     round can bind; once every scheduler has listed the cluster the lock is released, and pods
 *     per second is pods / (release → last bind);
 *   - stream: 10,000 more pods created while the scheduler runs, as a client would; pods per
 *     second is pods / (first pod ADDED → last bind), which the bench's own create rate bounds.
 * Bind times come from the event log's commit timestamps; latency is each pod's ADDED (backlog:
 * the release) → bind.
 * `--existing N`: N more pods bound beforehand (by a bind, not the scheduler: they name another
 * schedulerName), spread over the nodes, as the scale bench's "150,000 pods existing" without
 * hollow nodes. Warm-up pods are bound until every scheduler has listed the cluster, so that no
 * first list is timed (kube-scheduler too starts from a synced cache).
 * `--quick`: 200 nodes, 500 pods. `--nodes`, `--pods` resize it; `--in-process-only` skips the 2 processes.
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
import { SchedulerBatchLock } from '../workers/controllers/scheduler-batch-lock.ts';
import { startWorkers } from '../workers/main.ts';
import { REDIS_URL, ROOT } from '../test/harness.ts';
import { observeBinds, type BindFigures } from './binds.ts';
import { benchDatabase, round } from './support.ts';

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

/** A pod of 250m / 512Mi; `app` labels it (pods of one app are a workload to spread). */
function pod(name: string, app: string, schedulerName?: string): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: `pod-${name}`, labels: { app: `app-${app}` } },
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
      await Promise.all(names.map((name) => store.create('Pod', 'default', pod(name, name, 'bench-existing'))));
      const results = await store.bindPods(names.map((name, k) => ({ namespace: 'default', name: `pod-${name}`, nodeName: node((from + k) % nodes).metadata.name })));
      const failed = results.find((r) => 'error' in r);
      if (failed && 'error' in failed) throw failed.error;
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

interface Child {
  process: ChildProcess;
  /** How many times this worker has said it listed the cluster for its scheduler snapshot. */
  lists(): number;
}

async function startChild(db: string, prefix: string, concurrency: number): Promise<Child> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'cli/main.ts'), 'workers', '--controllers', 'scheduler', '--redis-prefix', prefix, '--concurrency', String(concurrency)], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: db, REDIS_URL, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let lists = 0;
  await new Promise<void>((resolve, reject) => {
    let out = '';
    let started = false;
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      const lines = out.split('\n');
      out = lines.pop()!;
      for (const line of lines) {
        if (line.includes('scheduler snapshot listed')) lists++;
        if (!started && line.includes('workers started')) {
          started = true;
          resolve();
        }
      }
    });
    child.once('exit', (code) => reject(new Error(`worker exited with ${code}`)));
  });
  return { process: child, lists: () => lists };
}

async function waitFor(what: string, ok: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const t = Date.now();
  while (!(await ok())) {
    if (Date.now() - t > timeoutMs) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

interface PhaseFigures {
  backlog: BindFigures & { createsPerSec: number };
  stream: BindFigures & { createsPerSec: number };
  snapshot?: ReturnType<SchedulerController['snapshotStats']>;
}

async function phase(label: string, nodes: number, pods: number, workerProcesses: number, existing: number): Promise<PhaseFigures> {
  const db = await benchDatabase(`scheduler_${label}`);
  const store = await Store.open({ databaseUrl: db.url, poolSize: 16 });
  const prefix = `capstan-bench:scheduler:${randomBytes(4).toString('hex')}`;
  const children: Child[] = [];
  let stopInProcess: (() => Promise<void>) | undefined;
  const gate = new SchedulerBatchLock({ redisUrl: REDIS_URL, prefix, ttlMs: 10_000 });
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
    const lists = () => (scheduler ? [scheduler.snapshotStats().lists] : children.map((c) => c.lists()));
    {
      // Warm-up pods until every scheduler has listed the cluster (a worker that has not hands the
      // pending key back and lists in the background, so another warm-up pod may reach it).
      const t = Date.now();
      for (let i = 0; ; i++) {
        await store.create('Pod', 'default', pod(`warm-up-${i}`, 'warm-up'));
        await waitFor('a warm-up pod bound', async () => !!(await store.get('Pod', 'default', `pod-warm-up-${i}`))?.spec.nodeName, 600_000);
        if (lists().every((n) => n >= 1)) break;
        if (Date.now() - t > 120_000) {
          console.log(`  not every scheduler listed the cluster during the warm-up (lists: ${lists().join(', ')})`);
          break;
        }
        await new Promise((r) => setTimeout(r, 500));
      }
      console.log(`  warm-up: ${((Date.now() - t) / 1000).toFixed(1)} s until the schedulers had listed the cluster (not timed)`);
    }

    // Backlog: no round can bind while the bench holds the batch lock.
    const held = await gate.acquire();
    let since = await store.log.safeRevision();
    let t0 = Date.now();
    await inParallel(pods, 32, (i) => store.create('Pod', 'default', pod(`backlog-${i}`, String(i % 100))));
    const backlogCreates = (Date.now() - t0) / 1000;
    console.log(`  backlog: ${pods} pods created in ${backlogCreates.toFixed(2)} s while the batch lock was held`);
    const released = Date.now();
    await held.release();
    const backlog = { ...(await observeBinds(store, since, 'pod-backlog-', pods, 600_000, released)), createsPerSec: Math.round(pods / backlogCreates) };

    // Stream: creates while the scheduler runs.
    since = await store.log.safeRevision();
    t0 = Date.now();
    let streamCreates = 0;
    const creating = inParallel(pods, 32, (i) => store.create('Pod', 'default', pod(`stream-${i}`, String(i % 100)))).then(() => {
      streamCreates = (Date.now() - t0) / 1000;
      console.log(`  stream: ${pods} pods created in ${streamCreates.toFixed(2)} s while the scheduler ran`);
    });
    const streamFigures = await observeBinds(store, since, 'pod-stream-', pods, 600_000);
    await creating;
    const stream = { ...streamFigures, createsPerSec: Math.round(pods / streamCreates) };
    return scheduler ? { backlog, stream, snapshot: scheduler.snapshotStats() } : { backlog, stream };
  } finally {
    gate.close();
    await stopInProcess?.();
    for (const { process: c } of children) {
      if (c.exitCode === null) {
        c.kill('SIGTERM');
        await new Promise((r) => c.once('exit', r));
      }
    }
    await store.close();
    await db.drop();
  }
}

const describe = (f: PhaseFigures) =>
  `backlog ${f.backlog.bound} bound in ${f.backlog.seconds} s after the release → ${f.backlog.podsPerSec} pods/s (release→bound p50 ${f.backlog.p50Ms} ms, p99 ${f.backlog.p99Ms} ms); ` +
  `stream ${f.stream.bound} bound in ${f.stream.seconds} s → ${f.stream.podsPerSec} pods/s with creates at ${f.stream.createsPerSec}/s (create→bound p50 ${f.stream.p50Ms} ms, p99 ${f.stream.p99Ms} ms)`;

const brief = (f: BindFigures & { createsPerSec: number }) => ({ podsPerSec: f.podsPerSec, p50Ms: f.p50Ms, p99Ms: f.p99Ms, seconds: f.seconds, createsPerSec: f.createsPerSec });

export async function run(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { quick: { type: 'boolean', default: false }, existing: { type: 'string', default: '0' }, nodes: { type: 'string' }, pods: { type: 'string' }, 'in-process-only': { type: 'boolean', default: false } },
  });
  const count = (name: string, v: string | undefined, fallback: number) => {
    const n = v === undefined ? fallback : Number(v);
    if (!(Number.isInteger(n) && n >= 0)) throw new Error(`--${name} must be a whole number, got ${v}`);
    return n;
  };
  const nodes = count('nodes', values.nodes, values.quick ? 200 : 5_000);
  const pods = count('pods', values.pods, values.quick ? 500 : 10_000);
  const existing = count('existing', values.existing, 0);
  console.log(`bench scheduler: ${nodes} nodes (32 cpu / 128Gi / 110 pods), ${pods} pending pods (250m / 512Mi) as a backlog then as a stream, created through the store${existing ? `, ${existing} bound pods existing` : ''}; load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);

  const one = await phase('inproc', nodes, pods, 0, existing);
  const st = one.snapshot;
  const snap = st
    ? `; snapshot: ${st.lists} list(s), ${st.catchUps} catch-ups from the log, ${st.changesApplied} changes applied; ${st.rounds} rounds of ${st.batches} batches bound ${st.bound} pods; ms listing ${st.ms.list}, catching up ${st.ms.catchUp}, waiting for the lock ${st.ms.lockWait}, deciding ${st.ms.decide}, binding ${st.ms.bind}`
    : '';
  console.log(`in-process workers: ${describe(one)}${snap}`);
  if (values['in-process-only']) {
    console.log(JSON.stringify({ bench: 'scheduler', nodes, pods, existing, backlog: brief(one.backlog), stream: brief(one.stream), load: loadavg().map((l) => Number(l.toFixed(1))) }));
    return;
  }
  const two = await phase('two', nodes, pods, 2, existing);
  console.log(`2 worker processes: ${describe(two)}`);
  console.log(
    JSON.stringify({
      bench: 'scheduler',
      nodes,
      pods,
      existing,
      backlog: brief(one.backlog),
      stream: brief(one.stream),
      twoWorkers: { backlog: brief(two.backlog), stream: brief(two.stream) },
      load: loadavg().map((l) => Number(l.toFixed(1))),
    }),
  );
}
