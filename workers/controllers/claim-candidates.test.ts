/**
 * listClaimCandidates against the in-memory store (workers/testing/memory-store.ts);
 * test/workload-sync-reads.test.ts runs the controllers that use it against Postgres.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { KObject } from '../../server/kinds/types.ts';
import { parseLabelSelector } from '../../server/selectors/label-selector.ts';
import { selectorFromLabelSelectorObject } from '../../server/selectors/label-selector-object.ts';
import type { ListOptions, ListResult } from '../../server/store/types.ts';
import { MemoryStore } from '../testing/memory-store.ts';
import { listClaimCandidates } from './claim-candidates.ts';

let store: MemoryStore;
let owner: KObject;

const pod = (name: string, labels: Record<string, string>, controller?: KObject): KObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: {
    name,
    labels,
    ...(controller ? { ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: controller.metadata.name, uid: controller.metadata.uid!, controller: true }] } : {}),
  },
  spec: { containers: [{ name: 'c', image: 'nginx' }] },
});

const names = (objs: KObject[]) => objs.map((o) => o.metadata.name);

beforeEach(() => {
  store = new MemoryStore();
  store.seed('Namespace', undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } });
  [owner] = store.seed('ReplicaSet', 'default', {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name: 'web' },
    spec: { replicas: 1, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } } },
  }) as [KObject];
  const [other] = store.seed('ReplicaSet', 'default', { ...owner, metadata: { name: 'other' } }) as [KObject];
  store.seed('Pod', 'default', pod('b-owned', { app: 'web' }, owner));
  store.seed('Pod', 'default', pod('a-owned-relabelled', { app: 'debug' }, owner));
  store.seed('Pod', 'default', pod('c-orphan', { app: 'web' }));
  store.seed('Pod', 'default', pod('d-of-other', { app: 'web' }, other));
  store.seed('Pod', 'default', pod('e-unrelated', { app: 'db' }));
  store.seed('Pod', 'default', pod('f-unrelated-of-other', { app: 'db' }, other));
});

describe('listClaimCandidates', () => {
  it('lists the pods the selector matches and the pods the owner controls, each once, by name', async () => {
    const got = await listClaimCandidates(store, 'Pod', owner, selectorFromLabelSelectorObject(owner.spec.selector));
    expect(names(got)).toEqual(['a-owned-relabelled', 'b-owned', 'c-orphan', 'd-of-other']);
  });

  it('lists only the owned pods for a missing selector, which matches nothing', async () => {
    const got = await listClaimCandidates(store, 'Pod', owner, selectorFromLabelSelectorObject(undefined));
    expect(names(got)).toEqual(['a-owned-relabelled', 'b-owned']);
  });

  it('lists every pod of the namespace for an empty selector, which matches everything', async () => {
    const got = await listClaimCandidates(store, 'Pod', owner, parseLabelSelector(''));
    expect(got).toHaveLength(6);
  });

  it('keeps the later version of a pod the two lists saw at two versions', async () => {
    const older = pod('b-owned', { app: 'web' }, owner);
    older.metadata = { ...older.metadata, uid: 'u1', resourceVersion: '9' };
    const newer = { ...older, metadata: { ...older.metadata, resourceVersion: '10' } };
    const reader = {
      async list(_kind: string, opts: ListOptions = {}): Promise<ListResult> {
        return { items: [opts.controllerUid ? older : newer], resourceVersion: '10' };
      },
    };
    const got = await listClaimCandidates(reader, 'Pod', owner, parseLabelSelector('app=web'));
    expect(got.map((o) => o.metadata.resourceVersion)).toEqual(['10']);
  });
});
