/**
 * `npm run bench -- gc [--quick] [--pods N]`: the garbage collector draining a deleted
 * Deployment. A Deployment → ReplicaSet → N unbound pods chain is created through the store
 * (ownerReferences as the deployment and replicaset controllers write them); the gc controller
 * runs behind the dispatcher and BullMQ workers of `startWorkers` (production defaults:
 * concurrency 4); the Deployment is deleted (background propagation) and the clock runs until
 * the last pod's DELETED is in the log. Only the gc runs, so nothing recreates what it removes.
 * `--policy Foreground`: the foreground cascade instead. `--quick`: 300 pods.
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { KObject, OwnerReference } from '../server/kinds/types.ts';
import { createLogger } from '../server/logger.ts';
import { Store } from '../server/store/store.ts';
import type { PropagationPolicy } from '../server/store/types.ts';
import { createGCController } from '../workers/controllers/gc.ts';
import { startWorkers } from '../workers/main.ts';
import { ReconcileQueue } from '../workers/queue/reconcile-queue.ts';
import { REDIS_URL } from '../test/harness.ts';
import { benchDatabase, round } from './support.ts';

const LABELS = { app: 'gc-bench' };
const TEMPLATE = { metadata: { labels: LABELS }, spec: { containers: [{ name: 'main', image: 'nginx' }] } };

const controllerRef = (o: KObject): OwnerReference => ({
  apiVersion: o.apiVersion,
  kind: o.kind,
  name: o.metadata.name,
  uid: o.metadata.uid!,
  controller: true,
  blockOwnerDeletion: true,
});

async function inParallel(count: number, width: number, fn: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < count) await fn(next++);
  }));
}

/** Tails the log until every pod has a DELETED event; returns the time of the last one. */
async function waitForPodsGone(store: Store, since: bigint, pods: number, timeoutMs: number): Promise<{ gone: number; lastAt: number }> {
  let after = since;
  let gone = 0;
  let lastAt = 0;
  const deadline = Date.now() + timeoutMs;
  let lastReport = Date.now();
  while (gone < pods) {
    if (Date.now() > deadline) {
      console.log(`  timed out: ${gone}/${pods} pods gone`);
      break;
    }
    const upTo = await store.log.safeRevision();
    const events = upTo > after ? await store.log.readAfter(after, upTo, 5000, { kind: 'Pod' }) : [];
    for (const e of events) {
      after = e.revision;
      if (e.type === 'DELETED') {
        gone++;
        lastAt = e.createdAt.getTime();
      }
    }
    if (Date.now() - lastReport > 5000) {
      console.log(`  … ${gone}/${pods} pods gone`);
      lastReport = Date.now();
    }
    if (events.length === 0) await new Promise((r) => setTimeout(r, 50));
  }
  return { gone, lastAt };
}

export async function run(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { quick: { type: 'boolean', default: false }, pods: { type: 'string' }, policy: { type: 'string', default: 'Background' } } });
  const pods = values.pods ? Number(values.pods) : values.quick ? 300 : 10_000;
  if (!Number.isInteger(pods) || pods <= 0) throw new Error(`--pods must be a positive integer, got ${values.pods}`);
  const policy = values.policy as PropagationPolicy;
  if (!['Background', 'Foreground'].includes(policy)) throw new Error(`--policy must be Background or Foreground, got ${values.policy}`);
  console.log(`bench gc: Deployment → ReplicaSet → ${pods} unbound pods created through the store; delete the Deployment (${policy}), time until the last pod is gone`);

  const db = await benchDatabase('gc');
  const store = await Store.open({ databaseUrl: db.url, poolSize: 16 });
  const prefix = `capstan-bench:gc:${randomBytes(4).toString('hex')}`;
  let stopWorkers: (() => Promise<void>) | undefined;
  try {
    const deployment = await store.create('Deployment', 'default', {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: { replicas: pods, selector: { matchLabels: LABELS }, template: TEMPLATE },
    });
    const replicaSet = await store.create('ReplicaSet', 'default', {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: { name: 'web-5d4f8c', labels: LABELS, ownerReferences: [controllerRef(deployment)] },
      spec: { replicas: pods, selector: { matchLabels: LABELS }, template: TEMPLATE },
    });
    const t0 = Date.now();
    await inParallel(pods, 32, (i) =>
      store.create('Pod', 'default', {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: `web-5d4f8c-${i}`, labels: LABELS, ownerReferences: [controllerRef(replicaSet)] },
        spec: TEMPLATE.spec,
      }),
    );
    console.log(`  ${pods} pods created in ${round((Date.now() - t0) / 1000, 2)} s`);

    const running = await startWorkers({
      databaseUrl: db.url,
      redisUrl: REDIS_URL,
      registry: new Map([['gc', createGCController()]]),
      worker: { prefix },
      dispatcher: { pollIntervalMs: 50 },
      log: createLogger({ level: 'warn' }),
    });
    stopWorkers = () => running.stop();
    // Let the dispatcher work through the creations (one gc key per new dependent) first, so
    // the figure is the deletion alone.
    const settle = Date.now();
    while ((await store.log.safeRevision()) > running.dispatcher.position || !running.dispatcher.isLeader()) {
      if (Date.now() - settle > 600_000) throw new Error('the dispatcher did not catch up');
      await new Promise((r) => setTimeout(r, 100));
    }
    const queue = new ReconcileQueue('gc', { redisUrl: REDIS_URL, prefix });
    while ((await queue.pending()) > 0) await new Promise((r) => setTimeout(r, 100));
    await queue.close();
    console.log(`  gc idle after the creations (${round((Date.now() - settle) / 1000, 1)} s)`);

    const since = await store.log.safeRevision();
    const start = Date.now();
    await store.delete('Deployment', 'default', 'web', { propagationPolicy: policy });
    const { gone, lastAt } = await waitForPodsGone(store, since, pods, 30 * 60_000);
    const seconds = round(((gone === pods ? lastAt : Date.now()) - start) / 1000, 2);
    const podsPerSec = Math.round(gone / seconds);
    const rsLeft = await store.get('ReplicaSet', 'default', replicaSet.metadata.name);
    console.log(`${gone}/${pods} pods gone in ${seconds} s → ${podsPerSec} pods/s; ReplicaSet ${rsLeft ? 'still there' : 'gone'}`);
    console.log(JSON.stringify({ bench: 'gc', pods, policy, gone, seconds, podsPerSec }));
  } finally {
    await stopWorkers?.();
    await store.close();
    await db.drop();
  }
}
