/**
 * The whole cluster losing a part (issue 14): three `capstan server`s behind Debian's HAProxy,
 * two `capstan workers` on Redis through Sentinel (a master, a replica, three sentinels), three
 * `capstan agent`s (process runtime) connected through HAProxy. Under a load of ConfigMap writes,
 * open watches (graphql-ws and REST, each resuming from its last resourceVersion) and log
 * follows, it kills one API server with SIGKILL, then the worker that leads the dispatcher, then
 * fails Redis over, and checks what a user would: every acknowledged write is there, watches
 * saw every change once and in order, logs kept coming, the Deployment has exactly its replicas.
 *
 * Timings are injected short: dispatcher Lease 2 s, resync every 3 s, a killed worker's jobs
 * free again after 2 s. The figures it measures are printed as one JSON line at the end.
 * HA_DEBUG=1 prints the setup's progress and, at the end, the agents' connection log lines.
 */
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedis } from '../workers/queue/redis-connection.ts';
import { processesOfNode, startAgentProcess, startServerProcess, startWorkersProcess, type AgentProcess, type ClusterServer, type WorkersProcess } from './cluster.ts';
import { followLog, graphqlWatch, restWatch, type FollowedLog, type ResumingWatch } from './ha-clients.ts';
import { startHaproxy, type Haproxy } from './ha-haproxy.ts';
import { createTestDatabase, gql, redisPrefix, waitFor, type TestDatabase } from './harness.ts';
import { startSentinelGroup, type SentinelGroup } from './redis-sentinel.ts';

const LEASE_S = 2;
const RESYNC_S = 3;
const JOB_LOCK_S = 2;
const ADMIN = `admin-${randomBytes(12).toString('hex')}`;
const BOOTSTRAP = `boot-${randomBytes(12).toString('hex')}`;

let db: TestDatabase;
let prefix: string;
let redis: SentinelGroup;
let servers: ClusterServer[] = [];
let lb: Haproxy;
let lbBase: string;
let workers: WorkersProcess[] = [];
let agents: AgentProcess[] = [];
const figures: Record<string, number> = {};

const alive = (s: ClusterServer) => s.child.exitCode === null && s.child.signalCode === null;
/** GraphQL straight to a server that is up (checks read from there, not through HAProxy). */
const direct = <T = any>(query: string, variables: Record<string, unknown> = {}) => gql<T>(servers.find(alive)!.url, ADMIN, query, variables);
/** GraphQL through HAProxy, retried while the request dies with its server (a client would). */
async function viaLb<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  return waitFor('a request through HAProxy', () => gql<T>(`${lbBase}/graphql`, ADMIN, query, variables).catch(() => undefined), 20_000, 50) as Promise<T>;
}

const deployment = (replicas: number) => `apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  replicas: ${replicas}
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      terminationGracePeriodSeconds: 2
      containers: [{ name: app, image: busybox, command: [sleep, "100000"] }]
`;
/** Zero replicas, so nothing changes it: only a resync enqueues its key (see the lost-job test). */
const CANARY = `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: canary }
spec:
  replicas: 0
  serviceName: canary
  selector: { matchLabels: { app: canary } }
  template:
    metadata: { labels: { app: canary } }
    spec: { containers: [{ name: app, image: busybox, command: [sleep, "100000"] }] }
`;
const TICKER = `apiVersion: v1
kind: Pod
metadata: { name: ticker }
spec:
  containers: [{ name: app, image: busybox, command: [sh, -c, 'i=0; while true; do echo $i; i=$((i+1)); sleep 0.1; done'] }]
`;

const t0 = Date.now();
const step = (what: string) => process.env.HA_DEBUG && console.log(`${((Date.now() - t0) / 1000).toFixed(1)}s ${what}`);

beforeAll(async () => {
  prefix = redisPrefix('ha-cluster');
  [db, redis] = await Promise.all([createTestDatabase('ha_cluster'), startSentinelGroup('cluster')]);
  servers = await Promise.all(
    [0, 1, 2].map(() => startServerProcess({ databaseUrl: db.url, bootstrapToken: BOOTSTRAP, extraEnv: { CAPSTAN_ADMIN_TOKEN: ADMIN } })),
  );
  step('servers up');
  lb = await startHaproxy(servers.map((s) => `127.0.0.1:${s.port}`));
  lbBase = `http://127.0.0.1:${lb.port}`;
  const workerEnv = {
    REDIS_URL: redis.url,
    CAPSTAN_DISPATCHER_LEASE_DURATION: String(LEASE_S),
    CAPSTAN_RESYNC_PERIOD: String(RESYNC_S),
    CAPSTAN_JOB_LOCK_DURATION: String(JOB_LOCK_S),
  };
  workers = await Promise.all([0, 1].map(() => startWorkersProcess(db.url, prefix, workerEnv)));
  step('workers up');
  const run = randomBytes(2).toString('hex');
  agents = await Promise.all(
    [0, 1, 2].map((i) => startAgentProcess({ server: lbBase, bootstrapToken: BOOTSTRAP, name: `hac-${run}-${i}`, runtime: 'process', extraEnv: process.env.HA_DEBUG ? { LOG_LEVEL: 'info' } : {} })),
  );
  await waitFor('three Ready nodes', async () => {
    const { nodes } = await direct<{ nodes: { items: { spec: { podCIDR: string | null } | null; status: { conditions: { type: string; status: string }[] | null } | null }[] } }>(
      'query { nodes { items { spec { podCIDR } status { conditions { type status } } } } }',
    );
    return nodes.items.length === 3 && nodes.items.every((n) => n.spec?.podCIDR && n.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'));
  }, 60_000, 200);
  step('nodes ready');
  await direct(`mutation($m: String!) { apply(manifests: $m) { name } }`, { m: `${deployment(3)}---\n${TICKER}---\n${CANARY}` });
  await converged(3, 90_000);
  step('web converged');
}, 180_000);

afterAll(async () => {
  if (Object.keys(figures).length) console.log(JSON.stringify({ haCluster: figures }));
  if (process.env.HA_DEBUG) for (const a of agents) console.log(`--- ${a.name}\n${a.output().split('\n').filter((l) => /resum|subscri|fail|connect|UNAVAIL|closed/i.test(l)).join('\n')}`);
  await Promise.all(agents.map((a) => a.stop().catch(() => {})));
  await Promise.all(workers.map((w) => w.stop().catch(() => {})));
  await lb?.stop();
  await Promise.all(servers.map((s) => s.stop().catch(() => {})));
  await redis?.stop();
  await db?.drop();
}, 60_000);

// ─── what the checks read ──────────────────────────────────────────────────────────────────────

interface PodView {
  metadata: { name: string; deletionTimestamp: string | null; ownerReferences: { name: string }[] | null };
  status: { phase: string | null; conditions: { type: string; status: string }[] | null } | null;
}

/** POD_NAME of each live `sleep` the agents run for `web-` pods (the container; its wrapper shell is left out). */
function webProcesses(): string[] {
  const names: string[] = [];
  for (const a of agents) {
    for (const pid of processesOfNode(a.name)) {
      try {
        if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'sleep') continue;
        const m = /(?:^|\0)POD_NAME=(web-[^\0]*)/.exec(readFileSync(`/proc/${pid}/environ`, 'latin1'));
        if (m) names.push(m[1]!);
      } catch {
        /* exited meanwhile */
      }
    }
  }
  return names.sort();
}

/**
 * The Deployment has exactly `replicas` pods: its status says so, its ReplicaSet wants that
 * many, the `app=web` pods are exactly that many (none terminating, all Ready, names unique), and
 * exactly one process runs for each of them across the three nodes.
 */
async function convergedNow(replicas: number): Promise<string | true> {
  const r = await direct<{ deployment: any; replicaSets: { items: any[] }; pods: { items: PodView[] } }>(
    `query { deployment(namespace: "default", name: "web") { metadata { generation } status { observedGeneration replicas readyReplicas updatedReplicas availableReplicas conditions { type status } } }
      replicaSets(namespace: "default", labelSelector: "app=web") { items { metadata { name generation } spec { replicas } status { observedGeneration replicas availableReplicas } } }
      pods(namespace: "default", labelSelector: "app=web") { items { metadata { name deletionTimestamp ownerReferences { name } } spec { nodeName } status { phase reason message conditions { type status } containerStatuses { state { waiting { reason message } terminated { reason exitCode } } } } } } }`,
  );
  const st = r.deployment.status ?? {};
  // Available too, so that the controllers have written their last status (a later write would
  // enqueue the Deployment again, and the lost-job test wants a quiet one).
  const available = st.conditions?.some((c: { type: string; status: string }) => c.type === 'Available' && c.status === 'True');
  if (st.observedGeneration !== r.deployment.metadata.generation || [st.replicas, st.readyReplicas, st.updatedReplicas, st.availableReplicas].some((n) => n !== replicas) || !available) {
    return `deployment status ${JSON.stringify(st)}; pods ${JSON.stringify(r.pods.items.map((p) => [p.metadata.name, p.status]))}`;
  }
  const wanting = r.replicaSets.items.filter((rs) => (rs.spec?.replicas ?? 0) > 0);
  const rsDone = (rs: any) => rs.status?.observedGeneration === rs.metadata.generation && rs.status?.replicas === rs.spec.replicas && (rs.status?.availableReplicas ?? 0) === rs.spec.replicas;
  if (wanting.length !== 1 || wanting[0].spec.replicas !== replicas || !r.replicaSets.items.every(rsDone)) return `replica sets ${JSON.stringify(r.replicaSets.items)}`;
  const pods = r.pods.items;
  const names = pods.map((p) => p.metadata.name).sort();
  if (pods.length !== replicas || new Set(names).size !== replicas) return `pods ${names.join(' ')}`;
  for (const p of pods) {
    if (p.metadata.deletionTimestamp || p.status?.phase !== 'Running' || !p.status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True')) return `pod ${p.metadata.name} not ready`;
    if (p.metadata.ownerReferences?.[0]?.name !== wanting[0].metadata.name) return `pod ${p.metadata.name} not of ${wanting[0].metadata.name}`;
  }
  const procs = webProcesses();
  if (JSON.stringify(procs) !== JSON.stringify(names)) return `processes ${procs.join(' ')} for pods ${names.join(' ')}`;
  return true;
}

async function converged(replicas: number, timeoutMs = 45_000): Promise<void> {
  let last = '';
  try {
    await waitFor(`web to have exactly ${replicas} pods`, async () => {
      const r = await convergedNow(replicas).catch((err: Error) => err.message);
      if (r === true) return true;
      last = r;
      return false;
    }, timeoutMs, 200);
  } catch (err) {
    throw new Error(`${(err as Error).message}: ${last}`);
  }
}

const scale = (replicas: number, via: 'lb' | 'direct' = 'lb') =>
  (via === 'lb' ? viaLb : direct)(`mutation($n: Int!) { scale(kind: Deployment, namespace: "default", name: "web", replicas: $n) { metadata { resourceVersion } } }`, { n: replicas });

async function dispatcherLease(): Promise<{ holder: string; renewTime: string; transitions: number; checkpoint: string }> {
  const { lease } = await direct(`query { lease(namespace: "default", name: "capstan-dispatcher") { metadata { annotations } spec { holderIdentity renewTime leaseTransitions } } }`);
  return {
    holder: lease?.spec?.holderIdentity ?? '',
    renewTime: lease?.spec?.renewTime ?? '',
    transitions: lease?.spec?.leaseTransitions ?? 0,
    checkpoint: lease?.metadata.annotations?.['capstan.io/checkpoint'] ?? '0',
  };
}

/** The dispatcher's identity is `<host>-<pid>-<random>`: the pid names the worker process. */
const leaderIndex = (holder: string) => workers.findIndex((w) => w.child.exitCode === null && w.child.signalCode === null && holder.includes(`-${w.child.pid}-`));

// ─── the load ──────────────────────────────────────────────────────────────────────────────────

interface Acked {
  name: string;
  v: number;
  rv: bigint;
}

/**
 * `writers` loops through HAProxy, each creating its own ConfigMaps and patching each twice
 * (`data.v` 0, 1, 2). A write counts as acknowledged only when its answer arrived; one whose
 * connection died is sent again (a create answered ALREADY_EXISTS had been committed).
 */
function startWriters(writers: number) {
  const acked: Acked[] = [];
  let stopping = false;
  const ackWaiters = new Set<() => void>();
  const write = async (query: string, variables: Record<string, unknown>): Promise<{ rv: bigint } | 'exists'> => {
    for (let attempt = 0; ; attempt++) {
      try {
        const data = await gql(`${lbBase}/graphql`, ADMIN, query, variables);
        const obj = Object.values(data)[0] as { metadata: { resourceVersion: string } };
        return { rv: BigInt(obj.metadata.resourceVersion) };
      } catch (err) {
        if (/ALREADY_EXISTS|already exists/i.test(String((err as Error).message))) return 'exists';
        if (attempt > 200) throw err;
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  };
  const loop = async (w: number) => {
    for (let i = 0; !stopping && i < 400; i++) {
      const name = `cm-${w}-${i}`;
      for (let v = 0; v < 3 && !stopping; v++) {
        const r =
          v === 0
            ? await write(`mutation($n: String!) { createConfigMap(namespace: "default", configMap: { metadata: { name: $n }, data: { v: "0" } }) { metadata { resourceVersion } } }`, { n: name })
            : await write(`mutation($n: String!, $p: JSON!) { patchConfigMap(namespace: "default", name: $n, patch: $p) { metadata { resourceVersion } } }`, { n: name, p: { data: { v: String(v) } } });
        if (r !== 'exists') acked.push({ name, v, rv: r.rv });
        ackWaiters.forEach((f) => f());
        // A steady, bounded rate: the point is writes in flight when a server dies, not throughput.
        await new Promise((r) => setTimeout(r, 15));
      }
    }
  };
  const running = Promise.all(Array.from({ length: writers }, (_, w) => loop(w)));
  return {
    acked,
    /** Resolves once `n` more writes have been acknowledged. */
    more(n: number): Promise<void> {
      const target = acked.length + n;
      return new Promise((resolve) => {
        const check = () => {
          if (acked.length < target) return;
          ackWaiters.delete(check);
          resolve();
        };
        ackWaiters.add(check);
      });
    },
    async stop() {
      stopping = true;
      await running;
    },
  };
}

/** Writes a ConfigMap straight to a live server and returns its resourceVersion (a mark every watch must reach). */
async function mark(name: string): Promise<bigint> {
  const r = await direct(`mutation($n: String!) { createConfigMap(namespace: "default", configMap: { metadata: { name: $n }, data: { v: "mark" } }) { metadata { resourceVersion } } }`, { n: name });
  return BigInt(r.createConfigMap.metadata.resourceVersion);
}

const summary = (w: ResumingWatch) => w.events.map((e) => `${e.rv} ${e.type} ${e.name} ${e.v}`);

// ─── the tests ─────────────────────────────────────────────────────────────────────────────────

describe('a cluster of three API servers, two workers and three agents', () => {
  it('loses no acknowledged write, no watch event and no log line, and makes no duplicate pod, when an API server is killed under load', async () => {
    const { configMaps } = await direct(`query { configMaps(namespace: "default") { metadata { resourceVersion } } }`);
    const startRv = BigInt(configMaps.metadata.resourceVersion);
    // Opened one after another, HAProxy's round robin puts the three of each kind on the three servers.
    const watches: { kind: string; w: ResumingWatch }[] = [];
    for (const [kind, open] of [['graphql', graphqlWatch], ['rest', restWatch]] as const) {
      for (let i = 0; i < 3; i++) {
        const w = kind === 'graphql' ? (open as typeof graphqlWatch)(`ws://127.0.0.1:${lb.port}/graphql`, ADMIN, startRv) : (open as typeof restWatch)(lbBase, ADMIN, startRv);
        watches.push({ kind, w });
        await w.reached(await mark(`open-${kind}-${i}`));
      }
    }
    const logs: FollowedLog[] = [];
    for (let i = 0; i < 3; i++) {
      const l = followLog(lbBase, ADMIN, 'default', 'ticker');
      logs.push(l);
      await l.beyond(-1);
    }
    const writers = startWriters(3);
    try {
      await writers.more(60);
      await scale(6);
      const victim = servers[1]!;
      const killedAt = Date.now();
      victim.child.kill('SIGKILL');
      await new Promise((r) => victim.child.once('exit', r));
      const logAtKill = logs.map((l) => l.numbers.at(-1) ?? -1);
      await writers.more(90);
      // Every follower reads on, 2 s of lines past the kill, whatever server it lands on now.
      await Promise.all(logs.map((l, i) => l.beyond(logAtKill[i]! + 20)));
      figures.logResumeMs = Math.max(0, ...logs.filter((l) => l.retries > 0).map((l) => l.resumedAt - killedAt));
      await writers.stop();
      const finalRv = await mark('final');
      await Promise.all(watches.map(({ w }) => w.reached(finalRv)));
      const resumed = watches.filter(({ w }) => w.reconnects > 0);
      figures.watchResumeMs = Math.max(0, ...resumed.map(({ w }) => w.connectedAt - killedAt));
      await converged(6);
      figures.convergeAfterServerKillMs = Date.now() - killedAt;

      // Every acknowledged write is readable: each ConfigMap holds the value last acknowledged
      // (or a later one whose answer was lost with the server).
      // Paged: a quiet machine writes more than one page (500) of ConfigMaps in this test.
      const stored = new Map<string, string | undefined>();
      for (let token: string | null = null; ; ) {
        type Page = { metadata: { continue: string | null }; items: { metadata: { name: string }; data: Record<string, string> }[] };
        const { configMaps: page }: { configMaps: Page } = await direct<{ configMaps: Page }>(
          `query($c: String) { configMaps(namespace: "default", limit: 500, continue: $c) { metadata { continue } items { metadata { name } data } } }`,
          { c: token },
        );
        for (const c of page.items) stored.set(c.metadata.name, c.data?.v);
        token = page.metadata.continue;
        if (!token) break;
      }
      const lastAcked = new Map<string, number>();
      for (const a of writers.acked) lastAcked.set(a.name, Math.max(a.v, lastAcked.get(a.name) ?? -1));
      const missing = [...lastAcked].filter(([name, v]) => !(Number(stored.get(name)) >= v));
      expect(missing).toEqual([]);
      expect(writers.acked.length).toBeGreaterThanOrEqual(150);

      // Watches: each saw, in strictly increasing revisions, exactly the changes the log replays
      // from the same start (read from a surviving server on one connection), and every
      // acknowledged write among them.
      const reference = restWatch(servers.find(alive)!.baseUrl, ADMIN, startRv);
      await reference.reached(finalRv);
      await reference.stop();
      expect(reference.reconnects).toBe(0);
      for (const { kind, w } of watches) {
        const rvs = w.events.map((e) => e.rv);
        expect(rvs.every((rv, i) => i === 0 || rv > rvs[i - 1]!), `${kind} watch revisions increase`).toBe(true);
        expect(summary(w), `${kind} watch events`).toEqual(summary(reference));
      }
      const seen = new Set(summary(reference));
      expect(writers.acked.filter((a) => !seen.has(`${a.rv} ${a.v === 0 ? 'ADDED' : 'MODIFIED'} ${a.name} ${a.v}`))).toEqual([]);
      // The server that died held at least one watch of each kind, which came back through HAProxy.
      expect(resumed.filter((r) => r.kind === 'graphql').length).toBeGreaterThanOrEqual(1);
      expect(resumed.filter((r) => r.kind === 'rest').length).toBeGreaterThanOrEqual(1);
      // Logs: no number skipped across the re-reads, and at least one follower had to ask again.
      for (const l of logs) expect(l.gaps).toEqual([]);
      expect(logs.some((l) => l.retries > 0)).toBe(true);
    } finally {
      await writers.stop();
      await Promise.all([...watches.map(({ w }) => w.stop()), ...logs.map((l) => l.stop())]);
    }
  }, 120_000);

  it('moves the dispatcher Lease to the other worker within its duration when the leading worker is killed, and still converges a scale made after', async () => {
    const before = await waitFor('a dispatcher leader', async () => {
      const l = await dispatcherLease();
      return leaderIndex(l.holder) >= 0 && l;
    }, 20_000, 100);
    const leader = workers[leaderIndex(before.holder)]!;
    const killedAt = Date.now();
    leader.child.kill('SIGKILL');
    await new Promise((r) => leader.child.once('exit', r));
    const after = await waitFor('the Lease to move', async () => {
      const l = await dispatcherLease();
      return l.holder !== before.holder && leaderIndex(l.holder) >= 0 && l;
    }, 20_000, 50);
    const movedAt = Date.now();
    figures.leaseMoveMs = movedAt - killedAt;
    expect(after.transitions).toBe(before.transitions + 1);
    // The other worker takes over once the Lease has gone unrenewed for its duration, by its
    // own clock; it looks every third of the duration, so it may see that up to then late.
    const renewMs = (LEASE_S * 1000) / 3;
    expect(Date.parse(after.renewTime) - Date.parse(before.renewTime)).toBeLessThan(LEASE_S * 1000 + 2 * renewMs + 500);
    expect(movedAt - killedAt).toBeLessThan(LEASE_S * 1000 + renewMs + 1_000);

    const scaledAt = Date.now();
    await scale(2);
    await converged(2);
    figures.convergeAfterWorkerKillMs = Date.now() - scaledAt;
  }, 60_000);

  it('converges a Deployment scaled while Redis fails over to its replica', async () => {
    const first = await redis.masterPort();
    // The scale goes in just after SENTINEL FAILOVER, so its jobs are enqueued and run while the
    // master changes.
    const failoverAt = Date.now();
    const failover = redis.failover();
    const scaledAt = Date.now();
    await scale(5);
    const second = await failover;
    figures.redisFailoverMs = Date.now() - failoverAt;
    expect(second).not.toBe(first);
    await converged(5);
    figures.convergeAcrossRedisFailoverMs = Date.now() - scaledAt;
  }, 60_000);

  it('rebuilds from the periodic resync a reconcile job that Redis lost', async () => {
    const connection = createRedis(redis.url, { maxRetriesPerRequest: null });
    const queue = new Queue('deployment', { connection, prefix });
    // A canary: only a resync enqueues the StatefulSet `canary` (nothing changes it), and a
    // resync enqueues the statefulset controller's keys before the deployment controller's.
    const canary = new Queue('statefulset', { connection, prefix });
    queue.on('error', () => {});
    canary.on('error', () => {});
    const resynced = async () => (await canary.getJobs(['wait', 'prioritized', 'delayed'])).some((j) => j.data.key === 'default/canary');
    try {
      // Hold the deployment queue so its job is still waiting when Redis loses it.
      await queue.pause();
      // A reconcile already running would read the scale below and act on it: let it finish.
      await waitFor('no running deployment reconcile', async () => (await queue.getActiveCount()) === 0, 20_000, 50);
      const from = (await direct(`query { deployment(namespace: "default", name: "web") { spec { replicas } } }`)).deployment.spec.replicas as number;
      const to = from === 3 ? 2 : 3;
      const scaledAt = Date.now();
      const scaled = BigInt((await scale(to, 'direct')).scale.metadata.resourceVersion);
      // The dispatcher enqueues before it checkpoints: once its checkpoint passed the scale, the
      // job for web waits in the held queue.
      await waitFor('the dispatcher to pass the scale', async () => BigInt((await dispatcherLease()).checkpoint) >= scaled, 20_000, 50);
      expect((await queue.getJobs(['wait', 'prioritized', 'delayed'])).map((j) => j.data.key)).toContain('default/web');
      // What a failover onto a replica that never got the job leaves: no job, no pause. The
      // canary is emptied first and held, so it shows whether a resync ran after the loss.
      await canary.pause();
      await canary.obliterate({ force: true });
      await canary.pause();
      await queue.obliterate({ force: true });
      const lostAt = Date.now();
      expect(await queue.isPaused()).toBe(false);
      const { replicaSets } = await direct(`query { replicaSets(namespace: "default", labelSelector: "app=web") { items { spec { replicas } } } }`);
      expect(replicaSets.items.map((rs: any) => rs.spec.replicas).filter((n: number) => n > 0)).toEqual([from]);
      await waitFor('the ReplicaSet to be scaled', async () => {
        const { replicaSets: now } = await direct(`query { replicaSets(namespace: "default", labelSelector: "app=web") { items { spec { replicas } } } }`);
        return now.items.some((rs: any) => rs.spec.replicas === to);
      }, RESYNC_S * 1000 + 20_000, 50);
      // Nothing but a resync brought the job back: the canary was enqueued with it.
      expect(await resynced()).toBe(true);
      await converged(to);
      figures.convergeAfterLostJobMs = Date.now() - scaledAt;
      figures.convergeAfterLostJobSinceLossMs = Date.now() - lostAt;
    } finally {
      await canary.resume().catch(() => {});
      await queue.close();
      await canary.close();
      connection.disconnect();
    }
  }, 60_000);
});
