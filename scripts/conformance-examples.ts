/**
 * `npm run conformance:examples`: applies every document of every manifest under
 * test/fixtures/examples/ (real-world-shaped manifests of every kind Capstan serves, in the shapes
 * the Kubernetes documentation uses) to a fresh cluster: an API server and a workers process on a
 * throwaway database, and two hollow nodes. Documents are applied one at a time, in file order,
 * through GraphQL `apply`, so one refusal does not hide the others. Then it waits a short while
 * for the pods (those of the manifests and those the controllers make) to be bound.
 *
 * Prints each refusal with its reason, then `accepted/total` and `scheduled/total`, and as its
 * last line one JSON object with the same figures. Pods held back on purpose (schedulingGates)
 * are reported apart and left out of the scheduled total.
 *
 *   npm run conformance:examples [-- --wait-seconds 30]
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseAllDocuments } from 'yaml';
import { startHollowNodes } from '../node-agent/hollow/index.ts';
import { startServerProcess, startWorkersProcess } from '../test/cluster.ts';
import { createTestDatabase, gql, redisPrefix, ROOT } from '../test/harness.ts';

const EXAMPLES = path.join(ROOT, 'test/fixtures/examples');
const APPLY = 'mutation($m: String!) { apply(manifests: $m) { kind namespace name action } }';

interface Document {
  file: string;
  index: number;
  kind: string;
  name: string;
  text: string;
}

/** Every document of every example file, in file order, as its own YAML text. */
function exampleDocuments(): Document[] {
  const docs: Document[] = [];
  for (const file of readdirSync(EXAMPLES).filter((f) => /\.ya?ml$/.test(f)).sort()) {
    const parsed = parseAllDocuments(readFileSync(path.join(EXAMPLES, file), 'utf8'), { version: '1.1' });
    (Array.isArray(parsed) ? parsed : [parsed]).forEach((doc, index) => {
      const value = doc.toJS() as { kind?: string; metadata?: { name?: string } } | null;
      if (!value) return;
      docs.push({ file, index, kind: String(value.kind), name: String(value.metadata?.name), text: doc.toString() });
    });
  }
  return docs;
}

interface PodView {
  metadata: { namespace: string; name: string };
  spec?: { nodeName?: string; schedulingGates?: { name: string }[] };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'wait-seconds': { type: 'string', default: '30' } } });
  const waitMs = Number(values['wait-seconds']) * 1000;
  const docs = exampleDocuments();
  const db = await createTestDatabase('conformance_examples');
  const bootstrapToken = `boot-${randomBytes(12).toString('hex')}`;
  const server = await startServerProcess({ databaseUrl: db.url, bootstrapToken });
  const workers = await startWorkersProcess(db.url, redisPrefix('conformance_examples'));
  const hollow = await startHollowNodes({ server: server.baseUrl, bootstrapToken, count: 2, namePrefix: 'example-node-', labels: { 'kubernetes.io/os': 'linux' } });
  try {
    const rejected: { document: string; error: string }[] = [];
    for (const d of docs) {
      try {
        await gql(server.url, server.token, APPLY, { m: d.text });
      } catch (err) {
        rejected.push({ document: `${d.file}#${d.index + 1} ${d.kind}/${d.name}`, error: (err as Error).message });
      }
    }
    for (const r of rejected) console.log(`refused ${r.document}: ${r.error}`);
    const accepted = docs.length - rejected.length;

    // Pods bound within the wait; the controllers' pods appear meanwhile, so count at the end.
    // Through the REST API: it returns pods whole (schedulingGates included).
    const listPods = async (): Promise<PodView[]> => {
      const r = await fetch(`${server.baseUrl}/api/v1/pods`, { headers: { authorization: `Bearer ${server.token}` } });
      if (!r.ok) throw new Error(`listing pods: HTTP ${r.status}`);
      return ((await r.json()) as { items: PodView[] }).items;
    };
    const gated = (p: PodView) => (p.spec?.schedulingGates?.length ?? 0) > 0;
    const deadline = Date.now() + waitMs;
    let pods = await listPods();
    while (Date.now() < deadline && pods.some((p) => !gated(p) && !p.spec?.nodeName)) {
      await new Promise((r) => setTimeout(r, 1000));
      pods = await listPods();
    }
    const candidates = pods.filter((p) => !gated(p));
    const scheduled = candidates.filter((p) => p.spec?.nodeName);
    for (const p of candidates.filter((x) => !x.spec?.nodeName)) console.log(`not scheduled within ${waitMs / 1000} s: ${p.metadata.namespace}/${p.metadata.name}`);
    const figures = {
      accepted,
      total: docs.length,
      acceptedPercent: Math.round((1000 * accepted) / docs.length) / 10,
      scheduled: scheduled.length,
      pods: candidates.length,
      gated: pods.length - candidates.length,
      nodes: hollow.nodeNames.length,
      waitSeconds: waitMs / 1000,
      rejected: rejected.map((r) => r.document),
    };
    console.log(`accepted ${accepted}/${docs.length} documents (${figures.acceptedPercent} %)`);
    console.log(`scheduled ${scheduled.length}/${candidates.length} pods on ${figures.nodes} hollow nodes within ${waitMs / 1000} s (${figures.gated} held by schedulingGates, not counted)`);
    console.log(JSON.stringify(figures));
  } finally {
    await hollow.close();
    await workers.stop();
    await server.stop();
    await db.drop();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
