/** A node reads the claims and volumes of its pods one object at a time: get, or list/watch by metadata.name. */
import { describe, expect, it } from 'vitest';
import type { KindName, KObject } from '../kinds/types.ts';
import type { Identity } from '../store/types.ts';
import { NodeAuthorizer } from './node-authorizer.ts';

const node = (name: string): Identity => ({ user: `system:node:${name}`, groups: ['system:nodes'], type: 'node' });

const objects: KObject[] = [
  { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web-0', namespace: 'ns' }, spec: { nodeName: 'n1', containers: [{ name: 'c' }], volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'data-web-0' } }] } },
  { apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name: 'pvc-1' }, spec: { hostPath: { path: '/v/pvc-1' }, claimRef: { namespace: 'ns', name: 'data-web-0' } } },
  { apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name: 'pvc-2' }, spec: { hostPath: { path: '/v/pvc-2' }, claimRef: { namespace: 'ns', name: 'other' } } },
];

const authz = new NodeAuthorizer({
  store: {
    async get(kind: KindName, namespace: string | undefined, name: string) {
      return objects.find((o) => o.kind === kind && o.metadata.name === name && o.metadata.namespace === namespace) ?? null;
    },
    async list(kind: KindName, opts) {
      const nodeName = /spec\.nodeName=(.+)/.exec(opts.fieldSelector ?? '')?.[1];
      return { items: objects.filter((o) => o.kind === kind && o.metadata.namespace === opts.namespace && o.spec?.nodeName === nodeName), resourceVersion: '1' };
    },
  },
});

describe('NodeAuthorizer › claims and volumes by name', () => {
  it('lets a node list and watch its pods’ claim and volume with a metadata.name field selector', async () => {
    for (const verb of ['list', 'watch'] as const) {
      expect(await authz.authorize(node('n1'), verb, 'PersistentVolumeClaim', 'ns', undefined, { fieldSelector: 'metadata.name=data-web-0' })).toBe(true);
      expect(await authz.authorize(node('n1'), verb, 'PersistentVolume', undefined, undefined, { fieldSelector: 'metadata.name=pvc-1' })).toBe(true);
    }
  });

  it('refuses other names, other nodes, selectors that name no single object, and writes', async () => {
    expect(await authz.authorize(node('n1'), 'watch', 'PersistentVolumeClaim', 'ns', undefined, { fieldSelector: 'metadata.name=other' })).toBe(false);
    expect(await authz.authorize(node('n1'), 'watch', 'PersistentVolume', undefined, undefined, { fieldSelector: 'metadata.name=pvc-2' })).toBe(false);
    expect(await authz.authorize(node('n2'), 'list', 'PersistentVolumeClaim', 'ns', undefined, { fieldSelector: 'metadata.name=data-web-0' })).toBe(false);
    expect(await authz.authorize(node('n1'), 'list', 'PersistentVolumeClaim', 'ns', undefined, { fieldSelector: 'metadata.name!=x' })).toBe(false);
    expect(await authz.authorize(node('n1'), 'list', 'PersistentVolumeClaim', 'ns', undefined, { fieldSelector: 'metadata.name=data-web-0,metadata.name=x' })).toBe(false);
    expect(await authz.authorize(node('n1'), 'list', 'PersistentVolumeClaim', 'ns')).toBe(false);
    expect(await authz.authorize(node('n1'), 'patch', 'PersistentVolumeClaim', 'ns', 'data-web-0')).toBe(false);
    expect(await authz.authorize(node('n1'), 'update', 'PersistentVolume', undefined, 'pvc-1')).toBe(false);
  });
});
