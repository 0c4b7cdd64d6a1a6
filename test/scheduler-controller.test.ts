/**
 * The scheduler controller against real Postgres and Redis, through the real dispatcher and
 * queues: pods are bound where they fit, unschedulable pods say why and are retried when a node
 * appears, a batch honours capacity and priority, and the API explains the decision per node.
 */
import { makeExecutableSchema } from '@graphql-tools/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute, parse } from '../server/api/graphql-js.ts';
import { resolvers } from '../server/api/resolvers.ts';
import { loadTypeDefs } from '../server/api/schema.ts';
import type { KObject } from '../server/kinds/types.ts';
import { createLogger } from '../server/logger.ts';
import { Store } from '../server/store/store.ts';
import { createSchedulerController } from '../workers/controllers/scheduler.ts';
import { startWorkers, type RunningWorkers } from '../workers/main.ts';
import { createTestDatabase, gql, REDIS_URL, redisPrefix, startServerProcess, type ServerProcess, type TestDatabase, waitFor } from './harness.ts';

const log = createLogger({ level: 'silent' });
let db: TestDatabase;
let store: Store;
let workers: RunningWorkers;
let server: ServerProcess | undefined;
const prefix = redisPrefix('scheduler_controller');
// A back-off far longer than any wait below: a pod that gets scheduled was woken by an event.
const scheduler = createSchedulerController({ redisPrefix: prefix, backoffInitialMs: 30_000, snapshotMaxAgeMs: 60_000 });

beforeAll(async () => {
  db = await createTestDatabase('scheduler_controller');
  store = await Store.open({ databaseUrl: db.url, poolSize: 4 });
  workers = await startWorkers({
    databaseUrl: db.url,
    redisUrl: REDIS_URL,
    registry: new Map([['scheduler', scheduler]]),
    worker: { prefix, concurrency: 4, backoffBaseMs: 50, lockDurationMs: 5_000, stalledIntervalMs: 5_000 },
    dispatcher: { pollIntervalMs: 50, leaseDurationSeconds: 2 },
    log,
  });
}, 60_000);

afterAll(async () => {
  await server?.stop();
  await workers?.stop();
  scheduler.close();
  await store?.close();
  await db?.drop();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));


function node(name: string, o: { cpu?: string; memory?: string; pods?: string; labels?: Record<string, string> } = {}): KObject {
  const resources = { cpu: o.cpu ?? '4', memory: o.memory ?? '8Gi', pods: o.pods ?? '110' };
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name, labels: { 'kubernetes.io/hostname': name, ...o.labels } },
    spec: {},
    status: { capacity: resources, allocatable: resources },
  };
}

function pod(name: string, o: { cpu?: string; priority?: number; nodeSelector?: Record<string, string> } = {}): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name },
    spec: {
      containers: [{ name: 'main', image: 'nginx', resources: { requests: { cpu: o.cpu ?? '100m', memory: '64Mi' } } }],
      // Priority admission gives spec.priority from the class (test PriorityClasses prio-<n>).
      ...(o.priority !== undefined ? { priorityClassName: `prio-${o.priority}` } : {}),
      ...(o.nodeSelector ? { nodeSelector: o.nodeSelector } : {}),
    },
  };
}

const getPod = (name: string) => store.get('Pod', 'default', name);
const condition = (p: KObject | null) => (p?.status?.conditions as any[] | undefined)?.find((c) => c.type === 'PodScheduled');

async function eventsAbout(name: string, reason: string): Promise<KObject[]> {
  const { items } = await store.list('Event', { namespace: 'default' });
  return items.filter((e) => e.involvedObject?.name === name && e.reason === reason);
}

describe('scheduler controller', () => {
  describe('when pods are created', () => {
    it('binds a pod that fits and records a Scheduled event and PodScheduled=True', async () => {
      await store.create('Node', undefined, node('small-1', { cpu: '4' }));
      await store.create('Pod', 'default', pod('fits', { cpu: '1' }));
      const bound = await waitFor('fits bound', async () => (await getPod('fits'))?.spec?.nodeName);
      expect(bound).toBe('small-1');
      await waitFor('PodScheduled=True', async () => condition(await getPod('fits'))?.status === 'True');
      const [event] = await waitFor('Scheduled event', async () => (await eventsAbout('fits', 'Scheduled')).length > 0 && eventsAbout('fits', 'Scheduled'));
      expect(event!.message).toBe('Successfully assigned default/fits to small-1');
      expect(event!.type).toBe('Normal');
      expect(event!.source?.component).toBe('default-scheduler');
    });

    it('records the scheduling attempt, the creation-to-bind time and where its rounds spent their time in the workers\' metrics', async () => {
      const text = await waitFor('scheduler histograms', async () => {
        const t = await workers.metrics.registry.metrics();
        return /capstan_scheduler_scheduling_attempt_duration_seconds_count\{result="bound"\} [1-9]/.test(t) && t;
      });
      expect(text).toMatch(/capstan_scheduler_pod_scheduling_duration_seconds_count [1-9]/);
      // The workers' database queries are timed too.
      expect(text).toMatch(/capstan_db_query_duration_seconds_count\{statement="select",result="ok"\} [1-9]/);
      // Where the scheduler's rounds spent their time, and what they did.
      expect(text).toMatch(/capstan_scheduler_binds_total [1-9]/);
      expect(text).toMatch(/capstan_scheduler_rounds_total [1-9]/);
      expect(text).toMatch(/capstan_scheduler_lists_total [1-9]/);
      for (const phase of ['list', 'catchUp', 'lockWait', 'decide', 'bind']) expect(text).toMatch(new RegExp(`capstan_scheduler_phase_seconds_total\\{phase="${phase}"\\} \\d`));
    });

    it('leaves a pod too big for every node Pending with PodScheduled=False, the Kubernetes message and a FailedScheduling event', async () => {
      await store.create('Pod', 'default', pod('huge', { cpu: '64' }));
      const cond = await waitFor('PodScheduled=False', async () => {
        const c = condition(await getPod('huge'));
        return c?.status === 'False' && c;
      });
      expect(cond.reason).toBe('Unschedulable');
      expect(cond.message).toBe('0/1 nodes are available: 1 Insufficient cpu.');
      expect((await getPod('huge'))?.spec?.nodeName).toBeFalsy();
      const [event] = await waitFor('FailedScheduling', async () => (await eventsAbout('huge', 'FailedScheduling')).length > 0 && eventsAbout('huge', 'FailedScheduling'));
      expect(event!.type).toBe('Warning');
      expect(event!.message).toBe('0/1 nodes are available: 1 Insufficient cpu.');
    });

    const EXPLAIN = `query { pod(namespace: "default", name: "huge") { schedulingExplanation { message nodeName nodes { node feasible failedPlugin reasons scores totalScore } } }
                 fits: pod(namespace: "default", name: "fits") { schedulingExplanation { message } } }`;
    const expectExplained = (data: any) => {
      const ex = data.pod.schedulingExplanation;
      expect(ex.message).toBe('0/1 nodes are available: 1 Insufficient cpu.');
      expect(ex.nodeName).toBeNull();
      expect(ex.nodes).toEqual([{ node: 'small-1', feasible: false, failedPlugin: 'NodeResourcesFit', reasons: ['Insufficient cpu'], scores: null, totalScore: null }]);
      expect(data.fits.schedulingExplanation).toBeNull();
    };

    it('explains through the schema, per node, which filter rejected the pod', async () => {
      // The real schema and resolvers, executed in-process (resolver presence not enforced).
      const schema = makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: resolvers as never });
      const ctx = { store, authorize: async () => {} };
      const result = await execute({ schema, document: parse(EXPLAIN), contextValue: ctx });
      expect(result.errors).toBeUndefined();
      expectExplained(result.data);
    });

    // `capstan server` refuses to start while a root field of the schema lacks its resolver
    // (rolloutUndo arrives with the deployment controller); until then only the test above runs.
    it.skipIf(!(resolvers.Mutation as Record<string, unknown>).rolloutUndo)('explains through a real server the same way', async () => {
      server = await startServerProcess(db.url);
      expectExplained(await gql(server.url, server.token, EXPLAIN));
    }, 60_000);

    it('schedules the unschedulable pod as soon as a node it fits is added, not after its back-off', async () => {
      const start = Date.now();
      await store.create('Node', undefined, node('big-1', { cpu: '128', memory: '256Gi' }));
      const bound = await waitFor('huge bound', async () => (await getPod('huge'))?.spec?.nodeName, 10_000);
      expect(bound).toBe('big-1');
      expect(Date.now() - start).toBeLessThan(10_000);
      await waitFor('PodScheduled=True', async () => condition(await getPod('huge'))?.status === 'True');
    });
  });

  describe('when many pods arrive together', () => {
    it('never puts more pods on a node than it has room for: 2 nodes × 3 pods, 8 pods → 6 bound, 2 unschedulable', async () => {
      await store.create('Node', undefined, node('pool-b-1', { pods: '3', labels: { pool: 'b' } }));
      await store.create('Node', undefined, node('pool-b-2', { pods: '3', labels: { pool: 'b' } }));
      const names = Array.from({ length: 8 }, (_, i) => `b-${i}`);
      await Promise.all(names.map((n) => store.create('Pod', 'default', pod(n, { nodeSelector: { pool: 'b' } }))));
      await waitFor('8 pods decided', async () => {
        const pods = await Promise.all(names.map(getPod));
        return pods.every((p) => p?.spec?.nodeName || condition(p)?.status === 'False');
      });
      const pods = await Promise.all(names.map(getPod));
      const perNode = new Map<string, number>();
      for (const p of pods) if (p?.spec?.nodeName) perNode.set(p.spec.nodeName, (perNode.get(p.spec.nodeName) ?? 0) + 1);
      expect(Object.fromEntries(perNode)).toEqual({ 'pool-b-1': 3, 'pool-b-2': 3 });
      const unschedulable = pods.filter((p) => !p?.spec?.nodeName);
      expect(unschedulable).toHaveLength(2);
      for (const p of unschedulable) {
        expect(condition(p)?.reason).toBe('Unschedulable');
        expect(condition(p)?.message).toContain('2 Too many pods');
      }
    });

    it('takes pods in priority order within a batch', async () => {
      const priorities = [1, 5, 10, 3];
      for (const prio of priorities) await store.create('PriorityClass', undefined, { apiVersion: 'scheduling.k8s.io/v1', kind: 'PriorityClass', metadata: { name: `prio-${prio}` }, value: prio });
      for (const prio of priorities) await store.create('Pod', 'default', pod(`c-${prio}`, { priority: prio, nodeSelector: { pool: 'c' } }));
      // No node matches yet: all four wait, marked unschedulable, on a long back-off.
      await waitFor('all marked unschedulable', async () => {
        const pods = await Promise.all(priorities.map((p) => getPod(`c-${p}`)));
        return pods.every((p) => condition(p)?.status === 'False');
      });
      // A node with room for two: the batch the node's arrival triggers must pick 10 and 5.
      await store.create('Node', undefined, node('pool-c-1', { pods: '2', labels: { pool: 'c' } }));
      await waitFor('two bound', async () => {
        const pods = await Promise.all(priorities.map((p) => getPod(`c-${p}`)));
        return pods.filter((p) => p?.spec?.nodeName).length === 2;
      });
      await sleep(500);
      const boundNames = (await Promise.all(priorities.map((p) => getPod(`c-${p}`)))).filter((p) => p?.spec?.nodeName).map((p) => p!.metadata.name);
      expect(boundNames.sort()).toEqual(['c-10', 'c-5']);
    });
  });

  describe('topology spread and scheduling gates', () => {
    it('spreads 4 pods with maxSkew 1 over kubernetes.io/hostname 2/2 on two nodes', async () => {
      await store.create('Node', undefined, node('spread-1', { labels: { pool: 'spread' } }));
      await store.create('Node', undefined, node('spread-2', { labels: { pool: 'spread' } }));
      const names = ['s-1', 's-2', 's-3', 's-4'];
      for (const name of names) {
        const p = pod(name, { nodeSelector: { pool: 'spread' } });
        p.metadata.labels = { app: 'spread' };
        p.spec.topologySpreadConstraints = [{ maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'DoNotSchedule', labelSelector: { matchLabels: { app: 'spread' } } }];
        await store.create('Pod', 'default', p);
      }
      const nodes = await waitFor('four bound', async () => {
        const pods = await Promise.all(names.map(getPod));
        return pods.every((p) => p?.spec?.nodeName) && pods.map((p) => p!.spec.nodeName as string);
      });
      const perNode: Record<string, number> = {};
      for (const n of nodes) perNode[n] = (perNode[n] ?? 0) + 1;
      expect(perNode).toEqual({ 'spread-1': 2, 'spread-2': 2 });
    });

    it('leaves a gated pod alone (PodScheduled=False, SchedulingGated) until its gates are removed', async () => {
      await store.create('Node', undefined, node('gate-1', { labels: { pool: 'gate' } }));
      const gated = pod('gated', { nodeSelector: { pool: 'gate' } });
      gated.spec.schedulingGates = [{ name: 'example.com/quota' }, { name: 'example.com/review' }];
      await store.create('Pod', 'default', gated);
      const cond = condition(await getPod('gated'));
      expect(cond).toMatchObject({ status: 'False', reason: 'SchedulingGated' });
      // Adding a gate is refused; removing one keeps the pod waiting.
      await expect(store.patch('Pod', 'default', 'gated', { spec: { schedulingGates: [{ name: 'example.com/quota' }, { name: 'example.com/review' }, { name: 'x.io/more' }] } })).rejects.toMatchObject({ code: 'INVALID' });
      await store.patch('Pod', 'default', 'gated', { spec: { schedulingGates: [{ name: 'example.com/review' }] } });
      await sleep(1_500);
      expect((await getPod('gated'))?.spec?.nodeName).toBeFalsy();
      expect(condition(await getPod('gated'))?.reason).toBe('SchedulingGated');
      await store.patch('Pod', 'default', 'gated', { spec: { schedulingGates: null } });
      expect(await waitFor('gated bound', async () => (await getPod('gated'))?.spec?.nodeName)).toBe('gate-1');
      await waitFor('PodScheduled=True', async () => condition(await getPod('gated'))?.status === 'True');
    });
  });
});
