/**
 * `npm run bench -- api`: creates per second through the GraphQL API at a fixed concurrency
 * (~1 KB ConfigMaps), patches per second of those objects at the same concurrency, then p50/p99 mutation latency at a fixed offered rate (open loop: a
 * request every 1/rate seconds whether or not earlier ones finished, half creates, half
 * patches). The server runs as its own process, as in production.
 *
 * It also prints the CPU seconds the server, its Postgres backends and the load generator spent
 * in the creates phase (the load generator shares the machine's cores with the server). With
 * `--profile DIR` the server is CPU-profiled during the creates phase: DIR/api-creates.cpuprofile
 * (open it in Chrome's DevTools) and a summary by module and function on the output.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatSummary, inspectEnv, startProfile, summarise } from './cpu-profile.ts';
import { cpuSeconds, postgresBackendSeconds, queriesPer, serverQueryCounts } from './nodes.ts';
import { benchDatabase, freePort, graphqlPoster, percentile, round, startServerProcess } from './support.ts';

const CREATE = `mutation($ns: String!, $cm: ConfigMapInput!) { createConfigMap(namespace: $ns, configMap: $cm) { metadata { resourceVersion } } }`;
const PATCH = `mutation($ns: String!, $name: String!, $patch: JSON!) { patchConfigMap(namespace: $ns, name: $name, patch: $patch) { metadata { resourceVersion } } }`;

const payload = 'x'.repeat(900);
const configMap = (name: string) => ({ metadata: { name, labels: { bench: 'api', shard: name.slice(-1) } }, data: { payload } });

export async function run(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      creates: { type: 'string' },
      patches: { type: 'string' },
      concurrency: { type: 'string', default: '32' },
      rate: { type: 'string', default: '500' },
      seconds: { type: 'string' },
      profile: { type: 'string' },
    },
  });
  const creates = Number(values.creates ?? (values.quick ? 500 : 20_000));
  const concurrency = Number(values.concurrency);
  const rate = Number(values.rate);
  const seconds = Number(values.seconds ?? (values.quick ? 2 : 20));
  console.log(`bench api: ${creates} creates, then ${values.patches ?? Math.floor(creates / 2)} patches, at concurrency ${concurrency}; then ${rate} mutations/s for ${seconds} s`);

  const patches = Number(values.patches ?? Math.floor(creates / 2));
  const r = await measureApi({ creates, patches, concurrency, rate, seconds, profileDir: values.profile });
  console.log(JSON.stringify({ bench: 'api', ...r, concurrency, rate, creates, patches }));
}

/** What one run of the API load measured. */
export interface ApiLoadResult {
  createsPerSec: number;
  /** Patches per second at the same concurrency, and the CPU each cost the server and Postgres. */
  patchesPerSec: number;
  patchCpuUs: { server: number; postgres: number };
  p50Ms: number;
  p99Ms: number;
  errors: number;
  /** CPU seconds spent during the creates phase, per process. */
  cpuSeconds: { server: number; postgres: number; loadGenerator: number };
}


/**
 * The API load against a fresh server process: `creates` creates at `concurrency`, then
 * `rate` mutations/s (half creates, half patches) for `seconds`. `bench etcd` runs the same.
 */
export async function measureApi(opts: { creates: number; patches?: number; concurrency: number; rate: number; seconds: number; profileDir?: string }): Promise<ApiLoadResult> {
  const { creates, concurrency, rate, seconds } = opts;
  const db = await benchDatabase('api');
  const inspectPort = opts.profileDir ? await freePort() : undefined;
  const server = await startServerProcess(db.url, inspectPort ? inspectEnv(inspectPort) : {});
  const api = graphqlPoster(server.url, server.token);
  try {
    // Warm up connections and JIT.
    for (let i = 0; i < 300; i++) await api.post(CREATE, { ns: 'default', cm: configMap(`warm-${i}`) });

    let next = 0;
    const profile = inspectPort ? await startProfile(inspectPort) : undefined;
    const queries0 = await serverQueryCounts(server.url.replace(/\/graphql$/, ''), server.token);
    const pg0 = await postgresBackendSeconds(db.url);
    const server0 = cpuSeconds(server.child.pid!);
    const self0 = process.cpuUsage();
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < creates) {
          const i = next++;
          await api.post(CREATE, { ns: 'default', cm: configMap(`cm-${i}`) });
        }
      }),
    );
    const elapsed = (performance.now() - t0) / 1000;
    const selfUsage = process.cpuUsage(self0);
    const cpu = {
      server: round(cpuSeconds(server.child.pid!) - server0, 2),
      postgres: round([...(await postgresBackendSeconds(db.url))].reduce((sum, [pid, s]) => sum + s - (pg0.get(pid) ?? 0), 0), 2),
      loadGenerator: round((selfUsage.user + selfUsage.system) / 1e6, 2),
    };
    const createsPerSec = creates / elapsed;
    console.log(`throughput: ${creates} creates in ${round(elapsed, 2)} s = ${Math.round(createsPerSec)} creates/s`);
    console.log(
      `CPU seconds in the creates phase: server ${cpu.server} (${round((cpu.server / creates) * 1e6)} µs per create), Postgres backends ${cpu.postgres}, load generator ${cpu.loadGenerator}`,
    );
    const queries = queriesPer(queries0, await serverQueryCounts(server.url.replace(/\/graphql$/, ''), server.token), creates, 3);
    console.log(`database statements per create: ${queries.total} (${Object.entries(queries.byStatement).map(([k, v]) => `${k} ${v}`).join(', ')})`);
    if (profile) {
      const p = await profile.stop();
      const dir = path.resolve(opts.profileDir!);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'api-creates.cpuprofile'), JSON.stringify(p));
      console.log(`server profile of the creates phase (${path.join(dir, 'api-creates.cpuprofile')}):\n${formatSummary(summarise(p))}`);
    }

    // Patches (read, merge, compare-and-swap) of the objects just made, at the same concurrency:
    // the shape of Lease renewals and status writes, most of a big cluster's writes.
    const patches = opts.patches ?? Math.floor(creates / 2);
    let nextPatch = 0;
    const pgP0 = await postgresBackendSeconds(db.url);
    const serverP0 = cpuSeconds(server.child.pid!);
    const tp = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (nextPatch < patches) {
          const i = nextPatch++;
          await api.post(PATCH, { ns: 'default', name: `cm-${i % creates}`, patch: { data: { n: String(i) } } });
        }
      }),
    );
    const patchSeconds = (performance.now() - tp) / 1000;
    const patchCpu = {
      server: cpuSeconds(server.child.pid!) - serverP0,
      postgres: [...(await postgresBackendSeconds(db.url))].reduce((sum, [pid, s]) => sum + s - (pgP0.get(pid) ?? 0), 0),
    };
    const patchesPerSec = patches / patchSeconds;
    const perPatchUs = { server: Math.round((patchCpu.server / Math.max(1, patches)) * 1e6), postgres: Math.round((patchCpu.postgres / Math.max(1, patches)) * 1e6) };
    console.log(
      `patches: ${patches} in ${round(patchSeconds, 2)} s = ${Math.round(patchesPerSec)} patches/s; CPU per patch: server ${perPatchUs.server} µs, Postgres backends ${perPatchUs.postgres} µs`,
    );

    const latencies: number[] = [];
    let errors = 0;
    const total = Math.round(rate * seconds);
    const interval = 1000 / rate;
    const inflight: Promise<void>[] = [];
    const start = performance.now();
    for (let i = 0; i < total; i++) {
      const due = start + i * interval;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      const t = performance.now();
      const op =
        i % 2 === 0
          ? api.post(CREATE, { ns: 'default', cm: configMap(`lat-${i}`) })
          : api.post(PATCH, { ns: 'default', name: `cm-${i % Math.max(1, creates)}`, patch: { data: { n: String(i) } } });
      inflight.push(
        op.then(
          () => void latencies.push(performance.now() - t),
          () => void errors++,
        ),
      );
    }
    await Promise.all(inflight);
    const achieved = total / ((performance.now() - start) / 1000);
    latencies.sort((a, b) => a - b);
    const p50 = percentile(latencies, 50);
    const p99 = percentile(latencies, 99);
    console.log(`latency at ${rate}/s offered (${Math.round(achieved)}/s achieved, ${errors} errors): p50 ${round(p50, 2)} ms, p99 ${round(p99, 2)} ms`);
    return { createsPerSec: Math.round(createsPerSec), patchesPerSec: Math.round(patchesPerSec), patchCpuUs: perPatchUs, p50Ms: round(p50, 2), p99Ms: round(p99, 2), errors, cpuSeconds: cpu };
  } finally {
    api.close();
    await server.stop();
    await db.drop();
  }
}
