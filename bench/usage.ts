/**
 * `npm run bench -- usage [--quick]`: what kubectl top costs the database. N nodes of 110 pods
 * each report their usage (one UsageStore.record per node: one transaction replacing its rows),
 * 8 reports in flight, as a cluster's agents do every 15 s; then list reads of every pod's usage
 * (what `kubectl top pods -A` asks for, before the join with the pods). Store only: no API server.
 * `--quick`: 10 nodes instead of 100.
 */
import { parseArgs } from 'node:util';
import { Store } from '../server/store/store.ts';
import { UsageStore, type UsageReport } from '../server/store/usage.ts';
import { benchDatabase, percentile, round } from './support.ts';

const PODS_PER_NODE = 110;
const IN_FLIGHT = 8;

function reportOf(node: number, round: number): UsageReport {
  return {
    nodeName: `node-${node}`,
    windowSeconds: 15,
    node: { cpuNanocores: 1e9 + round, memoryBytes: 4e9 },
    pods: Array.from({ length: PODS_PER_NODE }, (_, i) => ({
      namespace: `ns-${i % 10}`,
      name: `pod-${node}-${i}`,
      containers: [{ name: 'main', cpuNanocores: 1e7 + round, memoryBytes: 5e7 }],
    })),
  };
}

export async function run(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { quick: { type: 'boolean', default: false } } });
  const nodes = values.quick ? 10 : 100;
  const rounds = 3;
  console.log(`bench usage: ${nodes} nodes × ${PODS_PER_NODE} pods, ${rounds} rounds of one report per node (${IN_FLIGHT} in flight), then 50 reads of every pod's usage`);
  const db = await benchDatabase('usage');
  const store = await Store.open({ databaseUrl: db.url, poolSize: 16 });
  try {
    const usage = new UsageStore(store.pool);
    const times: number[] = [];
    const started = performance.now();
    for (let r = 0; r < rounds; r++) {
      let next = 0;
      await Promise.all(
        Array.from({ length: IN_FLIGHT }, async () => {
          for (let n = next++; n < nodes; n = next++) {
            const t0 = performance.now();
            await usage.record(reportOf(n, r));
            times.push(performance.now() - t0);
          }
        }),
      );
    }
    const reportsPerSecond = round((nodes * rounds) / ((performance.now() - started) / 1000), 0);
    times.sort((a, b) => a - b);
    const reads: number[] = [];
    let rows = 0;
    for (let i = 0; i < 50; i++) {
      const t0 = performance.now();
      rows = (await usage.pods()).length;
      reads.push(performance.now() - t0);
    }
    reads.sort((a, b) => a - b);
    const result = {
      nodes,
      podsPerNode: PODS_PER_NODE,
      reportsPerSecond,
      reportP50Ms: round(percentile(times, 50)),
      reportP99Ms: round(percentile(times, 99)),
      readRows: rows,
      readP50Ms: round(percentile(reads, 50)),
      readP99Ms: round(percentile(reads, 99)),
    };
    console.log(`reports: ${reportsPerSecond}/s (p50 ${result.reportP50Ms} ms, p99 ${result.reportP99Ms} ms); reading ${rows} pods' usage: p50 ${result.readP50Ms} ms, p99 ${result.readP99Ms} ms`);
    console.log(`at a 15 s window, ${nodes} nodes need ${round(nodes / 15, 1)} reports/s`);
    console.log(JSON.stringify({ bench: 'usage', ...result }));
  } finally {
    await store.close();
    await db.drop();
  }
}
