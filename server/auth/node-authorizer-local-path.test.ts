/** A node cleans up the local-path volumes labelled for it: it may watch them and drop their cleanup finalizer, nothing more. */
import { describe, expect, it } from 'vitest';
import type { KindName, KObject } from '../kinds/types.ts';
import { LOCAL_PATH_CLEANUP_FINALIZER, LOCAL_PATH_NODE_LABEL } from '../storage/local-path-cleanup.ts';
import type { Identity } from '../store/types.ts';
import { NodeAuthorizer } from './node-authorizer.ts';
import { admitVolumeWrite } from './node-restriction.ts';

const node = (name: string): Identity => ({ user: `system:node:${name}`, groups: ['system:nodes'], type: 'node' });

const volume = (name: string, onNode: string | undefined, finalizers = [LOCAL_PATH_CLEANUP_FINALIZER, 'kubernetes.io/pv-protection']): KObject => ({
  apiVersion: 'v1',
  kind: 'PersistentVolume',
  metadata: { name, uid: `uid-${name}`, resourceVersion: '5', labels: onNode ? { [LOCAL_PATH_NODE_LABEL]: onNode } : {}, finalizers, deletionTimestamp: '2026-01-01T00:00:00Z' },
  spec: { hostPath: { path: `/var/lib/capstan/volumes/${name}` }, persistentVolumeReclaimPolicy: 'Delete' },
});

const objects = [volume('pvc-a', 'n1'), volume('pvc-b', 'n2'), volume('manual', undefined)];
const authz = new NodeAuthorizer({
  store: {
    async get(kind: KindName, _namespace: string | undefined, name: string) {
      return objects.find((o) => o.kind === kind && o.metadata.name === name) ?? null;
    },
    async list() {
      return { items: [], resourceVersion: '1' };
    },
  },
});

describe('NodeAuthorizer › local-path volumes', () => {
  it('lets a node list and watch the volumes labelled for it, and get, update and patch each of them', async () => {
    for (const verb of ['list', 'watch'] as const) {
      expect(await authz.authorize(node('n1'), verb, 'PersistentVolume', undefined, undefined, { labelSelector: `${LOCAL_PATH_NODE_LABEL}=n1` })).toBe(true);
      expect(await authz.authorize(node('n1'), verb, 'PersistentVolume', undefined, undefined, { labelSelector: `${LOCAL_PATH_NODE_LABEL} in (n1),app=x` })).toBe(true);
    }
    for (const verb of ['get', 'update', 'patch'] as const) expect(await authz.authorize(node('n1'), verb, 'PersistentVolume', undefined, 'pvc-a')).toBe(true);
  });

  it("refuses other nodes' volumes, volumes without the label, selectors that do not pin the node, status writes and deletes", async () => {
    for (const selector of [`${LOCAL_PATH_NODE_LABEL}=n2`, `${LOCAL_PATH_NODE_LABEL}!=n2`, `${LOCAL_PATH_NODE_LABEL} in (n1,n2)`, LOCAL_PATH_NODE_LABEL, '', 'a=(']) {
      expect(await authz.authorize(node('n1'), 'watch', 'PersistentVolume', undefined, undefined, { labelSelector: selector }), selector).toBe(false);
    }
    for (const verb of ['get', 'update', 'patch'] as const) {
      expect(await authz.authorize(node('n1'), verb, 'PersistentVolume', undefined, 'pvc-b')).toBe(false);
      expect(await authz.authorize(node('n1'), verb, 'PersistentVolume', undefined, 'manual')).toBe(false);
      expect(await authz.authorize(node('n1'), verb, 'PersistentVolume', undefined, 'missing')).toBe(false);
    }
    expect(await authz.authorize(node('n1'), 'update', 'PersistentVolume/status', undefined, 'pvc-a')).toBe(false);
    expect(await authz.authorize(node('n1'), 'delete', 'PersistentVolume', undefined, 'pvc-a')).toBe(false);
    expect(await authz.authorize(node('n1'), 'create', 'PersistentVolume', undefined, 'pvc-new')).toBe(false);
  });
});

describe('admitVolumeWrite (NodeRestriction for volumes)', () => {
  const current = volume('pvc-a', 'n1');
  const dropped = (v: KObject): KObject => ({ ...v, metadata: { ...v.metadata, finalizers: ['kubernetes.io/pv-protection'], resourceVersion: '6' } });

  it('lets the node drop the cleanup finalizer, keeping the others', () => {
    expect(() => admitVolumeWrite('n1', current, dropped(current))).not.toThrow();
  });

  it('refuses any other change: other finalizers, labels, annotations, spec, and volumes of other nodes', () => {
    const edit = (f: (v: KObject) => void) => {
      const next = structuredClone(dropped(current));
      f(next);
      return next;
    };
    expect(() => admitVolumeWrite('n1', current, { ...current, metadata: { ...current.metadata, finalizers: [] } })).toThrow(/may only remove the finalizer/);
    expect(() => admitVolumeWrite('n1', current, edit((v) => (v.metadata.labels = { [LOCAL_PATH_NODE_LABEL]: 'n2' })))).toThrow(/FORBIDDEN|may only/);
    expect(() => admitVolumeWrite('n1', current, edit((v) => (v.metadata.annotations = { a: 'b' })))).toThrow(/may only/);
    expect(() => admitVolumeWrite('n1', current, edit((v) => (v.spec.hostPath.path = '/etc'))))
      .toThrow(/may only/);
    expect(() => admitVolumeWrite('n1', current, edit((v) => (v.spec.persistentVolumeReclaimPolicy = 'Retain')))).toThrow(/may only/);
    expect(() => admitVolumeWrite('n2', current, dropped(current))).toThrow(/not a local-path volume of this node/);
  });
});
