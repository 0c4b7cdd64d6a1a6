import { describe, expect, it } from 'vitest';
import type { KindName, KObject } from '../kinds/types.ts';
import type { Identity, ListOptions } from '../store/types.ts';
import { NodeAuthorizer } from './node-authorizer.ts';

const node = (name: string): Identity => ({ user: `system:node:${name}`, groups: ['system:nodes'], type: 'node' });

/** A store of a few objects, as the node rules read them. */
function storeOf(objects: KObject[]) {
  const find = (kind: string, namespace: string | undefined, name: string) =>
    objects.find((o) => o.kind === kind && o.metadata.name === name && (o.metadata.namespace ?? undefined) === namespace) ?? null;
  return {
    async get(kind: KindName, namespace: string | undefined, name: string) {
      return find(kind, namespace, name);
    },
    async list(kind: KindName, opts: ListOptions) {
      const nodeName = /spec\.nodeName=(.+)/.exec(opts.fieldSelector ?? '')?.[1];
      const items = objects.filter((o) => o.kind === kind && o.metadata.namespace === opts.namespace && (!nodeName || o.spec?.nodeName === nodeName));
      return { items, resourceVersion: '1' };
    },
  };
}

const pod = (name: string, nodeName: string, claim: string): KObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: 'ns' },
  spec: { nodeName, containers: [{ name: 'c' }], volumes: [{ name: 'data', persistentVolumeClaim: { claimName: claim } }] },
});
const pv = (name: string, claim: { namespace: string; name: string } | undefined): KObject => ({
  apiVersion: 'v1',
  kind: 'PersistentVolume',
  metadata: { name },
  spec: { hostPath: { path: `/srv/${name}` }, ...(claim ? { claimRef: claim } : {}) },
});

describe('NodeAuthorizer › persistent volumes', () => {
  const authz = new NodeAuthorizer({
    store: storeOf([pod('a', 'n1', 'mine'), pod('b', 'n2', 'theirs'), pv('pv-mine', { namespace: 'ns', name: 'mine' }), pv('pv-theirs', { namespace: 'ns', name: 'theirs' }), pv('pv-free', undefined)]),
  });

  it('lets a node get the claims its pods mount, and no others', async () => {
    expect(await authz.authorize(node('n1'), 'get', 'PersistentVolumeClaim', 'ns', 'mine')).toBe(true);
    expect(await authz.authorize(node('n1'), 'get', 'PersistentVolumeClaim', 'ns', 'theirs')).toBe(false);
    expect(await authz.authorize(node('n1'), 'list', 'PersistentVolumeClaim', 'ns')).toBe(false);
    expect(await authz.authorize(node('n1'), 'update', 'PersistentVolumeClaim', 'ns', 'mine')).toBe(false);
  });

  it("lets a node get a volume bound to one of its pods' claims, and no others", async () => {
    expect(await authz.authorize(node('n1'), 'get', 'PersistentVolume', undefined, 'pv-mine')).toBe(true);
    expect(await authz.authorize(node('n1'), 'get', 'PersistentVolume', undefined, 'pv-theirs')).toBe(false);
    expect(await authz.authorize(node('n1'), 'get', 'PersistentVolume', undefined, 'pv-free')).toBe(false);
    expect(await authz.authorize(node('n1'), 'list', 'PersistentVolume')).toBe(false);
  });
});

describe('NodeAuthorizer › objects pod volumes show', () => {
  const shows = (name: string, nodeName: string, configMap: string, secret: string): KObject => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'ns' },
    spec: { nodeName, containers: [{ name: 'c' }], volumes: [{ name: 'v', projected: { sources: [{ configMap: { name: configMap } }, { secret: { name: secret } }] } }] },
  });
  const authz = new NodeAuthorizer({ store: storeOf([shows('a', 'n1', 'cm-mine', 's-mine'), shows('b', 'n2', 'cm-theirs', 's-theirs')]) });

  it('lets a node watch, one at a time by metadata.name, the ConfigMaps and Secrets its pods reference, and no others', async () => {
    const watch = (kind: 'ConfigMap' | 'Secret', name: string) => authz.authorize(node('n1'), 'watch', kind, 'ns', undefined, { fieldSelector: `metadata.name=${name}` });
    expect(await watch('ConfigMap', 'cm-mine')).toBe(true);
    expect(await watch('Secret', 's-mine')).toBe(true);
    expect(await watch('ConfigMap', 'cm-theirs')).toBe(false);
    expect(await watch('Secret', 's-theirs')).toBe(false);
    expect(await authz.authorize(node('n1'), 'watch', 'ConfigMap', 'ns')).toBe(false);
    expect(await authz.authorize(node('n1'), 'list', 'Secret', 'ns', undefined, { fieldSelector: 'metadata.name!=s-theirs' })).toBe(false);
  });
});
