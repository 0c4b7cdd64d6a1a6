/**
 * `npm run bench -- claim-list [--quick] [--pods N] [--runs R]`: what one workload sync's read
 * of its pods costs in a namespace crowded with other pods. N unrelated pods (nine in ten
 * controlled by one of N/40 other ReplicaSets and labelled as theirs, one in ten orphans without
 * labels) and one ReplicaSet with 3 pods are written through the store; then R times each:
 * `namespace` = every pod of the namespace, as the controllers read before
 * (`store.list('Pod', { namespace })`), and `candidates` = the matching and controlled pods only
 * (workers/controllers/claim-candidates.ts), and each of its two lists alone. The table is
 * analyzed after the fill, as autovacuum would (`--no-analyze`: with the planner's stale
 * statistics). `--quick`: 1,000 pods, 5 runs.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';
import type { KObject } from '../server/kinds/types.ts';
import { selectorFromLabelSelectorObject } from '../server/selectors/label-selector-object.ts';
import { Store } from '../server/store/store.ts';
import { listClaimCandidates } from '../workers/controllers/claim-candidates.ts';
import { benchDatabase, percentile, round } from './support.ts';

const NS = 'crowded';

const pod = (name: string, labels: Record<string, string>, owner?: { name: string; uid: string }): KObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: {
    name,
    labels,
    ...(owner ? { ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: owner.name, uid: owner.uid, controller: true, blockOwnerDeletion: true }] } : {}),
  },
  spec: { containers: [{ name: 'main', image: 'nginx', resources: { requests: { cpu: '10m', memory: '16Mi' } } }] },
});

async function timed(runs: number, read: () => Promise<KObject[]>): Promise<{ p50: number; p95: number; rows: number }> {
  const ms: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    rows = (await read()).length;
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  return { p50: round(percentile(ms, 50)), p95: round(percentile(ms, 95)), rows };
}

export async function run(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { quick: { type: 'boolean' }, pods: { type: 'string' }, runs: { type: 'string' }, 'no-analyze': { type: 'boolean' } } });
  const pods = Number(values.pods ?? (values.quick ? 1000 : 20_000));
  const runs = Number(values.runs ?? (values.quick ? 5 : 20));
  const db = await benchDatabase('claim_list');
  const store = await Store.open({ databaseUrl: db.url, poolSize: 16 });
  try {
    await store.create('Namespace', undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: NS } });
    const others = Array.from({ length: Math.max(1, Math.floor(pods / 40)) }, (_, i) => ({ name: `svc-${i}`, uid: randomUUID() }));
    const fillStarted = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        for (let i = next++; i < pods; i = next++) {
          const owner = i % 10 === 9 ? undefined : others[i % others.length]!;
          await store.create('Pod', NS, pod(`unrelated-${i}`, owner ? { app: owner.name } : {}, owner));
        }
      }),
    );
    const fillSeconds = (performance.now() - fillStarted) / 1000;
    const rs = await store.create('ReplicaSet', NS, {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: { name: 'web' },
      spec: { replicas: 3, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: pod('t', {}).spec } },
    });
    for (let i = 0; i < 3; i++) await store.create('Pod', NS, pod(`web-${i}`, { app: 'web' }, { name: 'web', uid: rs.metadata.uid! }));
    const selector = selectorFromLabelSelectorObject(rs.spec.selector);
    if (!values['no-analyze']) {
      // The statistics autovacuum keeps after a fill this size: without them the planner takes the
      // namespace for a few rows and reads all of them even for the owner index's query.
      const admin = new pg.Client({ connectionString: db.url });
      await admin.connect();
      await admin.query('ANALYZE objects');
      await admin.end();
    }

    const namespace = await timed(runs, async () => (await store.list('Pod', { namespace: NS })).items);
    const candidates = await timed(runs, () => listClaimCandidates(store, 'Pod', rs, selector));
    const bySelector = await timed(runs, async () => (await store.list('Pod', { namespace: NS, labelSelector: 'app=web' })).items);
    const byController = await timed(runs, async () => (await store.list('Pod', { namespace: NS, controllerUid: rs.metadata.uid })).items);
    const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
    console.log(`${pods} unrelated pods + 3 of the ReplicaSet in one namespace (written in ${round(fillSeconds)} s${values['no-analyze'] ? ', not analyzed' : ''}); ${runs} reads each; load ${load}`);
    console.log(`  every pod of the namespace (before): p50 ${namespace.p50} ms, p95 ${namespace.p95} ms, ${namespace.rows} pods`);
    console.log(`  claim candidates (after):            p50 ${candidates.p50} ms, p95 ${candidates.p95} ms, ${candidates.rows} pods`);
    console.log(`    of which the selector's list:       p50 ${bySelector.p50} ms, p95 ${bySelector.p95} ms (the namespace's rows scanned in Postgres)`);
    console.log(`    and the controller uid's list:      p50 ${byController.p50} ms, p95 ${byController.p95} ms (the owner index)`);
    console.log(JSON.stringify({ bench: 'claim-list', pods, runs, analyzed: !values['no-analyze'], namespace, candidates, bySelector, byController, load }));
  } finally {
    await store.close();
    await db.drop();
  }
}
