import { describe, expect, it } from 'vitest';
import type { KindName, KObject } from '../kinds/types.ts';
import type { Identity, ListResult } from '../store/types.ts';
import { createAuthorizer } from './authorize.ts';

const G = 'rbac.authorization.k8s.io';

/** A store holding only RBAC objects: enough for the RBAC half; the node rules read no pods here. */
function store(objects: Partial<Record<KindName, KObject[]>>) {
  return {
    async get() {
      return null;
    },
    async list(kind: KindName): Promise<ListResult> {
      return { items: objects[kind] ?? [], resourceVersion: '1', continue: '' } as ListResult;
    },
  };
}

/** A ClusterRole `name` with `rules`, bound cluster-wide to `subject`. */
function granted(name: string, rules: unknown[], subject: Record<string, string>): Partial<Record<KindName, KObject[]>> {
  return {
    ClusterRole: [{ apiVersion: `${G}/v1`, kind: 'ClusterRole', metadata: { name }, rules }],
    ClusterRoleBinding: [{ apiVersion: `${G}/v1`, kind: 'ClusterRoleBinding', metadata: { name }, roleRef: { apiGroup: G, kind: 'ClusterRole', name }, subjects: [subject] }],
  };
}

const node: Identity = { user: 'system:node:n1', groups: ['system:nodes'], type: 'node' };

describe('createAuthorizer', () => {
  it('lets admins and members of system:masters do everything, without any binding', async () => {
    const authorize = createAuthorizer({ store: store({}) });
    expect(await authorize({ user: 'admin', groups: [], type: 'admin' }, 'delete', 'Node', undefined, 'n1')).toBe(true);
    expect(await authorize({ user: 'root', groups: ['system:masters'], type: 'user' }, 'delete', 'Node', undefined, 'n1')).toBe(true);
  });

  it('gives users and service accounts what RBAC grants, and nothing else', async () => {
    const authorize = createAuthorizer({ store: store(granted('ns-reader', [{ apiGroups: [''], resources: ['namespaces'], verbs: ['list'] }], { kind: 'User', name: 'jane' })) });
    expect(await authorize({ user: 'jane', groups: [], type: 'user' }, 'list', 'Namespace')).toBe(true);
    expect(await authorize({ user: 'jane', groups: [], type: 'user' }, 'delete', 'Namespace', undefined, 'x')).toBe(false);
    expect(await authorize({ user: 'system:serviceaccount:a:b', groups: ['system:serviceaccounts'], type: 'serviceaccount' }, 'list', 'Namespace')).toBe(false);
  });

  it('gives bootstrap tokens nothing, whatever is bound to them', async () => {
    const authorize = createAuthorizer({ store: store(granted('all', [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }], { kind: 'Group', name: 'system:bootstrappers' })) });
    expect(await authorize({ user: 'system:bootstrap:x', groups: ['system:bootstrappers'], type: 'bootstrap' }, 'list', 'Namespace')).toBe(false);
  });

  describe('for nodes', () => {
    it('keeps the node rules', async () => {
      const authorize = createAuthorizer({ store: store({}) });
      expect(await authorize(node, 'update', 'Node', undefined, 'n1')).toBe(true);
      expect(await authorize(node, 'update', 'Node', undefined, 'n2')).toBe(false);
    });

    it('adds what RBAC grants them', async () => {
      const authorize = createAuthorizer({ store: store(granted('node-extra', [{ apiGroups: [''], resources: ['nodes'], verbs: ['update'] }], { kind: 'Group', name: 'system:nodes' })) });
      expect(await authorize(node, 'update', 'Node', undefined, 'n2')).toBe(true);
    });

    it("keeps the node rules' own refusal when RBAC grants nothing more", async () => {
      const authorize = createAuthorizer({ store: store({}) });
      await expect(authorize(node, 'list', 'Pod', 'apps')).rejects.toThrow('a node may list only the pods bound to it');
      const widened = createAuthorizer({ store: store(granted('pods', [{ apiGroups: [''], resources: ['pods'], verbs: ['list'] }], { kind: 'User', name: 'system:node:n1' })) });
      expect(await widened(node, 'list', 'Pod', 'apps')).toBe(true);
    });
  });
});
