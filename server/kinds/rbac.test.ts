import { describe, expect, it } from 'vitest';
import { CapstanError } from '../errors.ts';
import { KINDS, kindFor, validateObject } from './registry.ts';
import type { KindName, KObject } from './types.ts';

const G = 'rbac.authorization.k8s.io';

function errorsOf(kind: KindName, obj: KObject, old?: KObject): string[] {
  const def = KINDS[kind];
  def.applyDefaults(obj);
  try {
    validateObject(def, obj, old);
    return [];
  } catch (err) {
    if (!(err instanceof CapstanError)) throw err;
    return (err.fields ?? []).map((f) => `${f.field}: ${f.message}`);
  }
}

const role = (rules: unknown): KObject => ({ apiVersion: `${G}/v1`, kind: 'Role', metadata: { name: 'r', namespace: 'a' }, rules });
const clusterRole = (extra: Record<string, unknown>): KObject => ({ apiVersion: `${G}/v1`, kind: 'ClusterRole', metadata: { name: 'system:r' }, ...extra });
const binding = (kind: 'RoleBinding' | 'ClusterRoleBinding', extra: Record<string, unknown>): KObject => ({
  apiVersion: `${G}/v1`,
  kind,
  metadata: kind === 'RoleBinding' ? { name: 'b', namespace: 'a' } : { name: 'b' },
  ...extra,
});

describe('RBAC kinds', () => {
  it('are found by their plural names, qualified by group', () => {
    expect(kindFor('clusterroles.rbac.authorization.k8s.io')?.kind).toBe('ClusterRole');
    expect(kindFor('rolebindings')?.kind).toBe('RoleBinding');
  });

  describe('Role and ClusterRole rules', () => {
    it('accept resources, sub-resources, * and resourceNames', () => {
      expect(errorsOf('Role', role([{ apiGroups: ['', 'apps'], resources: ['pods', 'pods/log', '*', '*/scale'], verbs: ['get'], resourceNames: ['web'] }]))).toEqual([]);
    });

    it('require verbs, and api groups and resources on resource rules', () => {
      expect(errorsOf('Role', role([{ resources: ['pods'] }]))).toEqual([
        'rules[0].verbs: Required value: verbs must contain at least one value',
        'rules[0].apiGroups: Required value: resource rules must supply at least one api group',
      ]);
      expect(errorsOf('Role', role([{ apiGroups: [''], verbs: ['get'] }]))).toEqual(['rules[0].resources: Required value: resource rules must supply at least one resource']);
    });

    it('refuse a resource with more than one sub-resource', () => {
      expect(errorsOf('Role', role([{ apiGroups: [''], resources: ['pods/log/x'], verbs: ['get'] }]))[0]).toMatch(/^rules\[0\]\.resources\[0\]: Invalid value: "pods\/log\/x"/);
    });

    it('allow nonResourceURLs in ClusterRoles only, never mixed with resources', () => {
      expect(errorsOf('ClusterRole', clusterRole({ rules: [{ nonResourceURLs: ['/metrics', '/healthz/*'], verbs: ['get'] }] }))).toEqual([]);
      expect(errorsOf('Role', role([{ nonResourceURLs: ['/metrics'], verbs: ['get'] }]))).toEqual([
        'rules[0].nonResourceURLs: Invalid value: ["/metrics"]: namespaced rules cannot apply to non-resource URLs',
      ]);
      expect(errorsOf('ClusterRole', clusterRole({ rules: [{ nonResourceURLs: ['/metrics'], resources: ['pods'], apiGroups: [''], verbs: ['get'] }] }))).toEqual([
        'rules[0].nonResourceURLs: Invalid value: ["/metrics"]: rules cannot apply to both regular resources and non-resource URLs',
      ]);
    });

    it('check an aggregationRule as label selectors', () => {
      expect(errorsOf('ClusterRole', clusterRole({ aggregationRule: { clusterRoleSelectors: [{ matchLabels: { [`${G}/aggregate-to-view`]: 'true' } }] } }))).toEqual([]);
      expect(errorsOf('ClusterRole', clusterRole({ aggregationRule: { clusterRoleSelectors: [{ matchExpressions: [{ key: 'a', operator: 'Is' }] }] } }))).toEqual([
        'aggregationRule.clusterRoleSelectors[0].matchExpressions[0].operator: Invalid value: "Is": not a valid selector operator',
      ]);
    });

    it('take path-segment names such as system:basic-user', () => {
      expect(errorsOf('ClusterRole', { ...clusterRole({}), metadata: { name: 'system:basic-user' } })).toEqual([]);
      expect(errorsOf('ClusterRole', { ...clusterRole({}), metadata: { name: 'a/b' } })).toEqual([`metadata.name: Invalid value: "a/b": may not contain '/'`]);
    });
  });

  describe('RoleBinding and ClusterRoleBinding', () => {
    it('default the API groups of roleRef and subjects', () => {
      const b = binding('RoleBinding', { roleRef: { kind: 'Role', name: 'r' }, subjects: [{ kind: 'User', name: 'jane' }, { kind: 'ServiceAccount', name: 'builder' }] });
      expect(errorsOf('RoleBinding', b)).toEqual([]);
      expect(b.roleRef.apiGroup).toBe(G);
      expect(b.subjects.map((s: any) => s.apiGroup)).toEqual([G, '']);
    });

    it('require a roleRef, and a ClusterRole for ClusterRoleBindings', () => {
      expect(errorsOf('RoleBinding', binding('RoleBinding', {}))).toEqual(['roleRef: Required value']);
      expect(errorsOf('ClusterRoleBinding', binding('ClusterRoleBinding', { roleRef: { kind: 'Role', name: 'r' } }))).toEqual([
        'roleRef.kind: Unsupported value: "Role": supported values: "ClusterRole"',
      ]);
    });

    it('check subjects: known kinds, names, and a namespace for service accounts of ClusterRoleBindings', () => {
      expect(
        errorsOf('ClusterRoleBinding', binding('ClusterRoleBinding', { roleRef: { kind: 'ClusterRole', name: 'view' }, subjects: [{ kind: 'Robot', name: 'r2' }, { kind: 'ServiceAccount', name: 'builder' }, { kind: 'Group' }] })),
      ).toEqual([
        'subjects[0].kind: Unsupported value: "Robot": supported values: "User", "Group", "ServiceAccount"',
        'subjects[1].namespace: Required value',
        'subjects[2].name: Required value',
      ]);
    });

    it('refuse to change roleRef', () => {
      const old = binding('RoleBinding', { roleRef: { apiGroup: G, kind: 'Role', name: 'r' }, subjects: [] });
      const changed = binding('RoleBinding', { roleRef: { apiGroup: G, kind: 'ClusterRole', name: 'admin' }, subjects: [] });
      expect(errorsOf('RoleBinding', changed, old)[0]).toMatch(/^roleRef: Invalid value: .*cannot change roleRef/);
      const same = binding('RoleBinding', { roleRef: { kind: 'Role', name: 'r' }, subjects: [{ kind: 'User', name: 'jane' }] });
      expect(errorsOf('RoleBinding', same, old)).toEqual([]);
    });
  });
});
