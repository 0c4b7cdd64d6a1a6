/**
 * `npm run bench -- rest`: the Kubernetes REST API beside GraphQL on one API server process.
 *
 * 1. Lists: with N pods stored (10,000; spread over 20 namespaces), the real kubectl's
 *    `get pods -A` (server-side Table, 500 per page as kubectl asks) and `-o name`, timed end to
 *    end (kubectl's own start included), beside a GraphQL client paging through the same pods.
 * 2. Watches: W REST watches (1,000), each a chunked HTTPS stream selecting one node's pods
 *    with a field selector, as client-go informers of node agents would, plus 10 watching every
 *    pod, while pod writes flow at a fixed rate: commit → arrival latency of every delivery.
 *    The GraphQL figure for the same shape is `npm run bench -- watch`.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { promisify } from 'node:util';
import { kubeconfigYaml } from '../cli/cluster/kubeconfig.ts';
import { Store } from '../server/store/store.ts';
import { clusterCa } from '../test/kubectl.ts';
import { benchDatabase, graphqlPoster, percentile, round, startServerProcess } from './support.ts';

const run$ = promisify(execFile);

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await fn();
  return [value, performance.now() - t0];
}

export async function run(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      pods: { type: 'string' },
      watchers: { type: 'string' },
      all: { type: 'string', default: '10' },
      rate: { type: 'string', default: '200' },
      seconds: { type: 'string' },
      repeat: { type: 'string', default: '3' },
    },
  });
  const pods = Number(values.pods ?? (values.quick ? 500 : 10_000));
  const watchers = Number(values.watchers ?? (values.quick ? 50 : 1000));
  const allWatchers = Number(values.all);
  const rate = Number(values.rate);
  const seconds = Number(values.seconds ?? (values.quick ? 2 : 10));
  const repeat = Number(values.repeat);
  console.log(`bench rest: ${pods} pods listed by kubectl and GraphQL (${repeat} runs each); ${watchers} node + ${allWatchers} all-pod REST watches, ${rate} writes/s for ${seconds} s`);

  const db = await benchDatabase('rest');
  const server = await startServerProcess(db.url);
  const store = await Store.open({ databaseUrl: db.url, poolSize: 16 });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'capstan-bench-rest-'));
  const streams: import('node:http').ClientRequest[] = [];
  try {
    const base = server.url.replace(/\/graphql$/, '');
    const ca = await clusterCa({ url: server.url, token: server.token });
    writeFileSync(path.join(dir, 'ca.crt'), ca);
    writeFileSync(path.join(dir, 'kubeconfig'), kubeconfigYaml({ server: base, token: server.token, certificateAuthority: path.join(dir, 'ca.crt') }));

    // ── the pods ─────────────────────────────────────────────────────────────────────────
    const namespaces = Array.from({ length: 20 }, (_, i) => `ns-${i}`);
    for (const ns of namespaces) await store.create('Namespace', undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } });
    const [, fillMs] = await timed(async () => {
      for (let i = 0; i < pods; i += 200) {
        await Promise.all(
          Array.from({ length: Math.min(200, pods - i) }, (_, j) =>
            store.create('Pod', namespaces[(i + j) % namespaces.length], {
              apiVersion: 'v1',
              kind: 'Pod',
              metadata: { name: `pod-${i + j}`, labels: { app: 'bench' } },
              spec: { nodeName: `node-${(i + j) % 100}`, containers: [{ name: 'c', image: 'busybox', command: ['sleep', '1000'] }] },
            }),
          ),
        );
      }
    });
    console.log(`stored ${pods} pods in ${round(fillMs / 1000, 1)} s`);

    // ── lists ────────────────────────────────────────────────────────────────────────────
    const kubectl = (args: string[]) => run$('kubectl', args, { env: { ...process.env, KUBECONFIG: path.join(dir, 'kubeconfig'), HOME: dir }, maxBuffer: 256 * 1024 * 1024 });
    await kubectl(['get', 'ns']); // discovery cache warm, as for any interactive user
    const table: number[] = [];
    const names: number[] = [];
    const gqlList: number[] = [];
    for (let r = 0; r < repeat; r++) {
      const [out, ms] = await timed(() => kubectl(['get', 'pods', '-A']));
      if (out.stdout.trim().split('\n').length !== pods + 1) throw new Error(`kubectl get pods -A printed ${out.stdout.trim().split('\n').length - 1} rows, not ${pods}`);
      table.push(ms);
      names.push((await timed(() => kubectl(['get', 'pods', '-A', '-o', 'name'])))[1]);
    }
    const gql = graphqlPoster(server.url, server.token);
    for (let r = 0; r < repeat; r++) {
      const [count, ms] = await timed(async () => {
        let n = 0;
        let cont: string | null = null;
        do {
          const data: any = await gql.post('query($c: String) { pods(limit: 500, continue: $c) { items { metadata { name namespace creationTimestamp } status { phase } spec { nodeName } } metadata { continue } } }', { c: cont });
          n += data.pods.items.length;
          cont = data.pods.metadata.continue;
        } while (cont);
        return n;
      });
      if (count !== pods) throw new Error(`GraphQL listed ${count} pods, not ${pods}`);
      gqlList.push(ms);
    }
    gql.close();
    const med = (xs: number[]) => round(percentile([...xs].sort((a, b) => a - b), 50), 0);
    console.log(`kubectl get pods -A (Table, 500 a page): median ${med(table)} ms of ${table.map((x) => round(x, 0)).join(', ')}`);
    console.log(`kubectl get pods -A -o name (objects): median ${med(names)} ms`);
    console.log(`GraphQL pods, 500 a page, same pods: median ${med(gqlList)} ms`);

    // ── watches ──────────────────────────────────────────────────────────────────────────
    const { resourceVersion } = await store.list('Pod', { limit: 1 });
    const agent = new https.Agent({ keepAlive: false, ca, maxSockets: Infinity });
    const arrivals: { node: [string, number][]; all: [string, number][] } = { node: [], all: [] };
    let delivered = 0;
    const open = (fieldSelector: string | undefined, sink: [string, number][]) =>
      new Promise<void>((resolve, reject) => {
        const q = new URLSearchParams({ watch: 'true', resourceVersion, allowWatchBookmarks: 'true' });
        if (fieldSelector) q.set('fieldSelector', fieldSelector);
        const req = https.request(`${base.replace('http://', 'https://')}/api/v1/pods?${q}`, { agent, headers: { authorization: `Bearer ${server.token}` } }, (res) => {
          if (res.statusCode !== 200) return reject(new Error(`watch answered ${res.statusCode}`));
          resolve();
          let buffer = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            buffer += chunk;
            for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
              const line = buffer.slice(0, nl);
              buffer = buffer.slice(nl + 1);
              const e = JSON.parse(line) as { type: string; object: { metadata: { resourceVersion: string } } };
              if (e.type === 'BOOKMARK') continue;
              sink.push([e.object.metadata.resourceVersion, performance.now()]);
              delivered++;
            }
          });
          res.on('error', () => {});
        });
        req.on('error', (err) => (streams.includes(req) ? undefined : reject(err)));
        streams.push(req);
        req.end();
      });
    const [, openMs] = await timed(async () => {
      for (let i = 0; i < watchers; i += 50) {
        await Promise.all(Array.from({ length: Math.min(50, watchers - i) }, (_, j) => open(`spec.nodeName=node-${i + j}`, arrivals.node)));
      }
      await Promise.all(Array.from({ length: allWatchers }, () => open(undefined, arrivals.all)));
    });
    console.log(`${watchers + allWatchers} REST watches open in ${round(openMs / 1000, 1)} s`);

    const committedAt = new Map<string, number>();
    const total = Math.round(rate * seconds);
    const interval = 1000 / rate;
    let expected = 0;
    const inflight: Promise<void>[] = [];
    const start = performance.now();
    for (let i = 0; i < total; i++) {
      const wait = start + i * interval - performance.now();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      const node = i % watchers;
      inflight.push(
        store
          .create('Pod', 'default', {
            apiVersion: 'v1',
            kind: 'Pod',
            metadata: { name: `w-${i}` },
            spec: { nodeName: `node-${node}`, containers: [{ name: 'c', image: 'busybox' }] },
          })
          .then((obj) => {
            committedAt.set(obj.metadata.resourceVersion!, performance.now());
            expected += 1 + allWatchers;
          }),
      );
    }
    await Promise.all(inflight);
    const deadline = Date.now() + 15_000;
    while (delivered < expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const latencies = (list: [string, number][]) =>
      list
        .filter(([rv]) => committedAt.has(rv))
        .map(([rv, t]) => Math.max(0, t - committedAt.get(rv)!))
        .sort((a, b) => a - b);
    const latNode = latencies(arrivals.node);
    const latAll = latencies(arrivals.all);
    const all = [...latNode, ...latAll].sort((a, b) => a - b);
    console.log(`REST node watches: p50 ${round(percentile(latNode, 50), 2)} ms, p99 ${round(percentile(latNode, 99), 2)} ms (${latNode.length} deliveries)`);
    console.log(`REST all-pod watches: p50 ${round(percentile(latAll, 50), 2)} ms, p99 ${round(percentile(latAll, 99), 2)} ms (${latAll.length} deliveries)`);
    console.log(`delivered ${delivered} of ${expected} expected`);
    console.log(
      JSON.stringify({
        bench: 'rest',
        pods,
        kubectlGetPodsAllMs: med(table),
        kubectlGetPodsNameMs: med(names),
        graphqlListMs: med(gqlList),
        watchers: watchers + allWatchers,
        watchP50Ms: round(percentile(all, 50), 2),
        watchP99Ms: round(percentile(all, 99), 2),
        delivered,
        expected,
        rate,
        seconds,
      }),
    );
  } finally {
    for (const s of streams) s.destroy();
    await store.close();
    await server.stop();
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}
