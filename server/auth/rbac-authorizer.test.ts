import { describe, expect, it } from 'vitest';
import type { KindName, KObject } from '../kinds/types.ts';
import type { ListResult } from '../store/types.ts';
import { RbacAuthorizer, requestAttributes } from './rbac-authorizer.ts';

const G = 'rbac.authorization.k8s.io';
const meta = (name: string, namespace?: string) => ({ name, ...(namespace ? { namespace } : {}) });

function fakeStore(objects: Partial<Record<KindName, KObject[]>>) {
  const store = {
    reads: 0,
    objects,
    async list(kind: KindName): Promise<ListResult> {
      store.reads++;
      return { items: store.objects[kind] ?? [], resourceVersion: '1', continue: '' } as ListResult;
    },
  };
  return store;
}

const policy = () => ({
  ClusterRole: [
    { apiVersion: `${G}/v1`, kind: 'ClusterRole', metadata: meta('pod-reader'), rules: [{ verbs: ['get', 'list'], apiGroups: [''], resources: ['pods'] }] },
    { apiVersion: `${G}/v1`, kind: 'ClusterRole', metadata: meta('node-reader'), rules: [{ verbs: ['get'], apiGroups: [''], resources: ['nodes'] }] },
  ],
  Role: [{ apiVersion: `${G}/v1`, kind: 'Role', metadata: meta('cm-writer', 'team-a'), rules: [{ verbs: ['create'], apiGroups: [''], resources: ['configmaps'] }] }],
  RoleBinding: [
    { apiVersion: `${G}/v1`, kind: 'RoleBinding', metadata: meta('sa-reads-pods', 'team-a'), roleRef: { apiGroup: G, kind: 'ClusterRole', name: 'pod-reader' }, subjects: [{ kind: 'ServiceAccount', name: 'builder' }] },
    { apiVersion: `${G}/v1`, kind: 'RoleBinding', metadata: meta('jane-writes', 'team-a'), roleRef: { apiGroup: G, kind: 'Role', name: 'cm-writer' }, subjects: [{ kind: 'User', apiGroup: G, name: 'jane' }] },
    // A RoleBinding of a cluster-scoped rule's ClusterRole grants nothing outside its namespace.
    { apiVersion: `${G}/v1`, kind: 'RoleBinding', metadata: meta('nodes-in-ns', 'team-a'), roleRef: { apiGroup: G, kind: 'ClusterRole', name: 'node-reader' }, subjects: [{ kind: 'User', apiGroup: G, name: 'jane' }] },
  ],
  ClusterRoleBinding: [
    { apiVersion: `${G}/v1`, kind: 'ClusterRoleBinding', metadata: meta('auditors'), roleRef: { apiGroup: G, kind: 'ClusterRole', name: 'pod-reader' }, subjects: [{ kind: 'Group', apiGroup: G, name: 'auditors' }] },
  ],
});

const sa = { user: 'system:serviceaccount:team-a:builder', groups: ['system:serviceaccounts', 'system:serviceaccounts:team-a'], type: 'serviceaccount' as const };
const jane = { user: 'jane', groups: [], type: 'user' as const };

describe('requestAttributes', () => {
  it("maps Capstan's resources through the kind registry", () => {
    expect(requestAttributes('get', 'Pod/log', 'a', 'web')).toEqual({ verb: 'get', apiGroup: '', resource: 'pods', subresource: 'log', namespace: 'a', name: 'web' });
    expect(requestAttributes('update', 'Deployment/scale', 'a', 'web')).toMatchObject({ apiGroup: 'apps', resource: 'deployments', subresource: 'scale' });
    expect(requestAttributes('list', 'Lease', 'kube-node-lease')).toMatchObject({ apiGroup: 'coordination.k8s.io', resource: 'leases' });
    expect(requestAttributes('list', 'ClusterRole')).toMatchObject({ apiGroup: G, resource: 'clusterroles' });
    expect(requestAttributes('get', 'metrics')).toEqual({ verb: 'get', path: '/metrics' });
    expect(requestAttributes('get', 'Widget')).toBeNull();
  });

  it('drops the namespace of cluster-scoped kinds', () => {
    expect(requestAttributes('get', 'Node', 'a', 'n1')).not.toHaveProperty('namespace');
  });
});

describe('RbacAuthorizer', () => {
  it('grants a service account what a RoleBinding in its namespace grants, there only', async () => {
    const rbac = new RbacAuthorizer({ store: fakeStore(policy()) });
    expect(await rbac.authorize(sa, 'list', 'Pod', 'team-a')).toBe(true);
    expect(await rbac.authorize(sa, 'list', 'Pod', 'team-b')).toBe(false);
    expect(await rbac.authorize(sa, 'list', 'Pod')).toBe(false);
    expect(await rbac.authorize(sa, 'delete', 'Pod', 'team-a', 'web')).toBe(false);
    expect(await rbac.authorize(sa, 'get', 'Secret', 'team-a', 'db')).toBe(false);
  });

  it("grants a Role's rules to a user bound in the namespace", async () => {
    const rbac = new RbacAuthorizer({ store: fakeStore(policy()) });
    expect(await rbac.authorize(jane, 'create', 'ConfigMap', 'team-a', 'x')).toBe(true);
    expect(await rbac.authorize(jane, 'create', 'ConfigMap', 'team-b', 'x')).toBe(false);
    expect(await rbac.authorize(jane, 'get', 'Node', undefined, 'n1')).toBe(false);
  });

  it('grants ClusterRoleBindings everywhere, to groups', async () => {
    const rbac = new RbacAuthorizer({ store: fakeStore(policy()) });
    const auditor = { user: 'ann', groups: ['auditors'], type: 'user' as const };
    expect(await rbac.authorize(auditor, 'list', 'Pod')).toBe(true);
    expect(await rbac.authorize(auditor, 'get', 'Pod', 'any', 'x')).toBe(true);
    expect(await rbac.authorize(auditor, 'get', 'Pod/log', 'any', 'x')).toBe(false);
  });

  it('lets system:masters do everything without a binding', async () => {
    const rbac = new RbacAuthorizer({ store: fakeStore({}) });
    expect(await rbac.authorize({ user: 'root', groups: ['system:masters'], type: 'user' }, 'delete', 'Node', undefined, 'n1')).toBe(true);
  });

  it('adds system:authenticated to every identity', async () => {
    const store = fakeStore({
      ClusterRole: [{ apiVersion: `${G}/v1`, kind: 'ClusterRole', metadata: meta('m'), rules: [{ verbs: ['get'], nonResourceURLs: ['/metrics'] }] }],
      ClusterRoleBinding: [{ apiVersion: `${G}/v1`, kind: 'ClusterRoleBinding', metadata: meta('m'), roleRef: { apiGroup: G, kind: 'ClusterRole', name: 'm' }, subjects: [{ kind: 'Group', name: 'system:authenticated' }] }],
    });
    expect(await new RbacAuthorizer({ store }).authorize(jane, 'get', 'metrics')).toBe(true);
  });

  describe('policy freshness', () => {
    it('reads the store once per refresh period, serves a stale copy while reloading, and never one past maxAge', async () => {
      let now = 0;
      const store = fakeStore(policy());
      const rbac = new RbacAuthorizer({ store, refreshAfterMs: 1_000, maxAgeMs: 2_000, now: () => now });
      expect(await rbac.authorize(jane, 'create', 'ConfigMap', 'team-a', 'x')).toBe(true);
      const reads = store.reads;
      for (let i = 0; i < 50; i++) await rbac.authorize(jane, 'create', 'ConfigMap', 'team-a', 'x');
      expect(store.reads).toBe(reads);

      store.objects.RoleBinding = [];
      now = 1_500; // stale but usable: answered from the old copy, reloaded behind it
      expect(await rbac.authorize(jane, 'create', 'ConfigMap', 'team-a', 'x')).toBe(true);
      await new Promise((r) => setTimeout(r, 0));
      expect(await rbac.authorize(jane, 'create', 'ConfigMap', 'team-a', 'x')).toBe(false);

      store.objects.RoleBinding = policy().RoleBinding;
      now = 5_000; // too old: the request waits for the reload
      expect(await rbac.authorize(jane, 'create', 'ConfigMap', 'team-a', 'x')).toBe(true);
    });
  });

  it('lists the rules an identity holds, split into resource and non-resource rules', async () => {
    const rbac = new RbacAuthorizer({ store: fakeStore(policy()) });
    const rules = await rbac.rulesFor(jane, 'team-a');
    expect(rules.resourceRules).toEqual([
      { verbs: ['create'], apiGroups: [''], resources: ['configmaps'] },
      { verbs: ['get'], apiGroups: [''], resources: ['nodes'] },
    ]);
    expect(rules.nonResourceRules).toEqual([]);
  });
});
