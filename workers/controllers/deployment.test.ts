/**
 * The Deployment reconcile's steps, against the in-memory store (workers/testing/memory-store.ts):
 * one step per reconcile, driven here by hand by writing the ReplicaSets' status as their pods
 * would. test/deployment.test.ts runs the same controller against Postgres and real workers.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { KObject } from '../../server/kinds/types.ts';
import { createLogger } from '../../server/logger.ts';
import type { ControllerStore } from '../controller-store.ts';
import type { ReconcileContext } from '../controller.ts';
import { MemoryStore } from '../testing/memory-store.ts';
import { reconcileDeployment } from './deployment.ts';
import { POD_TEMPLATE_HASH_LABEL, REVISION_ANNOTATION } from './deployment-rollout.ts';

const NOW = Date.UTC(2026, 11, 6, 12, 0, 0);
let clock = NOW;
let store: MemoryStore;
const ctx = (): ReconcileContext<ControllerStore> => ({ store, signal: new AbortController().signal, log: createLogger({ level: 'silent' }) });
const reconcile = () => reconcileDeployment('default/web', ctx(), { now: () => clock, recreatePollMs: 1_000 });

function deployment(replicas: number, image: string, strategy: Record<string, unknown>): KObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web' },
    spec: {
      replicas,
      selector: { matchLabels: { app: 'web' } },
      strategy,
      template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image }] } },
    },
  };
}

const replicaSets = async () => (await store.list('ReplicaSet', { namespace: 'default' })).items.sort((a, b) => Number(a.metadata.annotations?.[REVISION_ANNOTATION]) - Number(b.metadata.annotations?.[REVISION_ANNOTATION]));
const sizes = async () => (await replicaSets()).map((rs) => [rs.metadata.annotations?.[REVISION_ANNOTATION], rs.spec.replicas]);

/** What the ReplicaSet controller and the pods would report: `available` of its replicas up. */
async function podsUp(rs: KObject, available: number): Promise<void> {
  const replicas = rs.spec.replicas;
  await store.updateStatus('ReplicaSet', 'default', rs.metadata.name, { replicas, readyReplicas: available, availableReplicas: available, observedGeneration: rs.metadata.generation });
}

async function setImage(image: string): Promise<void> {
  await store.update('Deployment', 'default', 'web', (d) => ({ ...d, spec: { ...d.spec, template: { ...d.spec.template, spec: { containers: [{ name: 'c', image }] } } } }));
}

beforeEach(() => {
  clock = NOW;
  store = new MemoryStore(() => new Date(clock));
  store.seed('Namespace', undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } });
});

describe('reconcileDeployment', () => {
  it('creates one ReplicaSet for the template, named and selected by its hash, at revision 1 with every replica', async () => {
    const [d] = store.seed('Deployment', 'default', deployment(3, 'nginx:1', { type: 'RollingUpdate' }));
    await reconcile();
    const [rs, ...more] = await replicaSets();
    expect(more).toEqual([]);
    const hash = rs!.metadata.labels![POD_TEMPLATE_HASH_LABEL]!;
    expect(rs!.metadata.name).toBe(`web-${hash}`);
    expect(rs!.spec.selector.matchLabels).toEqual({ app: 'web', [POD_TEMPLATE_HASH_LABEL]: hash });
    expect(rs!.spec.template.metadata.labels).toEqual({ app: 'web', [POD_TEMPLATE_HASH_LABEL]: hash });
    expect(rs!.spec.replicas).toBe(3);
    expect(rs!.metadata.annotations?.[REVISION_ANNOTATION]).toBe('1');
    expect(rs!.metadata.ownerReferences).toEqual([expect.objectContaining({ kind: 'Deployment', name: 'web', uid: d!.metadata.uid, controller: true })]);
    expect((await store.get('Deployment', 'default', 'web'))!.metadata.annotations?.[REVISION_ANNOTATION]).toBe('1');
  });

  it('rolls a new template out within maxSurge and maxUnavailable, one step per reconcile', async () => {
    store.seed('Deployment', 'default', deployment(4, 'nginx:1', { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } }));
    await reconcile();
    await podsUp((await replicaSets())[0]!, 4);
    await setImage('nginx:2');

    await reconcile();
    expect(await sizes()).toEqual([['1', 4], ['2', 1]]);

    // The new pod is not available yet: nothing may go down (maxUnavailable 0), nothing more up (maxSurge 1).
    await reconcile();
    expect(await sizes()).toEqual([['1', 4], ['2', 1]]);

    await podsUp((await replicaSets())[1]!, 1);
    await reconcile();
    expect(await sizes()).toEqual([['1', 3], ['2', 1]]);

    // The old ReplicaSet reports 3 pods: room for one more new one.
    await podsUp((await replicaSets())[0]!, 3);
    await reconcile();
    expect(await sizes()).toEqual([['1', 3], ['2', 2]]);
  });

  it('with Recreate, scales the old ReplicaSet to zero and waits for its pods before creating the new one', async () => {
    store.seed('Deployment', 'default', deployment(2, 'nginx:1', { type: 'Recreate' }));
    await reconcile();
    const [first] = await replicaSets();
    await podsUp(first!, 2);
    await setImage('nginx:2');

    await reconcile();
    expect(await sizes()).toEqual([['1', 0]]);

    // Its pods still report: requeue to look again, no new ReplicaSet yet.
    const waiting = await reconcile();
    expect(waiting).toEqual({ requeueAfterMs: 1_000 });
    expect(await sizes()).toEqual([['1', 0]]);

    await store.updateStatus('ReplicaSet', 'default', first!.metadata.name, { replicas: 0, availableReplicas: 0, observedGeneration: 2 });
    await reconcile();
    expect(await sizes()).toEqual([['1', 0], ['2', 2]]);
  });

  it('reports the rollout in the Deployment status', async () => {
    store.seed('Deployment', 'default', deployment(2, 'nginx:1', { type: 'RollingUpdate' }));
    await reconcile();
    await podsUp((await replicaSets())[0]!, 2);
    await reconcile();
    const status = (await store.get('Deployment', 'default', 'web'))!.status;
    expect(status).toMatchObject({ replicas: 2, updatedReplicas: 2, readyReplicas: 2, availableReplicas: 2, observedGeneration: 1 });
    expect(status.conditions.map((c: { type: string; status: string }) => [c.type, c.status])).toEqual(expect.arrayContaining([['Available', 'True'], ['Progressing', 'True']]));
  });

  it('keeps only revisionHistoryLimit old ReplicaSets once a rollout is complete', async () => {
    const input = deployment(1, 'nginx:1', { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } });
    input.spec.revisionHistoryLimit = 1;
    store.seed('Deployment', 'default', input);
    for (const image of ['nginx:1', 'nginx:2', 'nginx:3']) {
      if (image !== 'nginx:1') await setImage(image);
      // Drive each rollout to completion: reconcile, report every ReplicaSet's pods as its spec says.
      for (let step = 0; step < 6; step++) {
        await reconcile();
        for (const rs of await replicaSets()) await podsUp(rs, rs.spec.replicas);
      }
    }
    expect(await sizes()).toEqual([['2', 0], ['3', 1]]);
  });
});
