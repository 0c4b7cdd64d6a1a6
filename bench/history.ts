/**
 * `npm run bench -- history`: the cost of one compaction as the history kept below the horizon
 * grows. For each size K: K ConfigMaps (each keeps its entry below the horizon), then a fixed
 * number of Lease renewals, then one timed compaction. With per-window pruning the time follows
 * the renewals, not K.
 */
import { parseArgs } from 'node:util';
import type { KObject } from '../server/kinds/types.ts';
import { Store } from '../server/store/store.ts';
import { benchDatabase, round } from './support.ts';

export async function run(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { quick: { type: 'boolean', default: false }, renewals: { type: 'string' } } });
  const sizes = values.quick ? [200, 1000] : [1000, 10_000, 30_000];
  const renewals = Number(values.renewals ?? (values.quick ? 500 : 2000));
  console.log(`bench history: kept history of ${sizes.join(' / ')} objects, then ${renewals} Lease renewals, then one compaction (minAge 0, minRevisions 5, history 10 revisions / 24 h)`);
  const results: { kept: number; renewals: number; compactMs: number; deleted: number }[] = [];
  for (const size of sizes) {
    const db = await benchDatabase('history');
    const store = await Store.open({ databaseUrl: db.url, poolSize: 16 });
    try {
      await store.create('Namespace', undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'kube-node-lease' } }).catch(() => {});
      for (let i = 0; i < size; i += 200) {
        await Promise.all(
          Array.from({ length: Math.min(200, size - i) }, (_, j) =>
            store.create('ConfigMap', 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `cm-${i + j}` }, data: { n: '1' } } as KObject),
          ),
        );
      }
      const lease = { apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: { name: 'n1' }, spec: { holderIdentity: 'n1', leaseDurationSeconds: 40 } } as KObject;
      await store.create('Lease', 'kube-node-lease', lease);
      await store.log.compact({ minAgeMs: 0, minRevisions: 5 });
      for (let i = 0; i < renewals; i++) await store.patch('Lease', 'kube-node-lease', 'n1', { spec: { leaseDurationSeconds: 40 + (i % 2) } });
      const start = performance.now();
      const r = await store.log.compact({ minAgeMs: 0, minRevisions: 5 });
      const compactMs = round(performance.now() - start, 1);
      results.push({ kept: size, renewals, compactMs, deleted: r.deleted });
      console.log(`kept history of ${size} objects: compaction of ${renewals} renewals took ${compactMs} ms, deleted ${r.deleted} rows`);
    } finally {
      await store.close();
      await db.drop();
    }
  }
  console.log(JSON.stringify({ bench: 'history', results }));
}
