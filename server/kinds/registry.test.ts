import { describe, expect, it } from 'vitest';
import { expectInvalid } from '../testing.ts';
import { KINDS, kindFor, kindForManifest, validateObject } from './registry.ts';
import type { KindName, KObject } from './types.ts';


/** The smallest valid object of each kind. */
const MINIMAL: Record<KindName, () => KObject> = {
  Namespace: () => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' } }),
  Node: () => ({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'n1' } }),
  Pod: () => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', namespace: 'default' }, spec: { containers: [{ name: 'web', image: 'nginx' }] } }),
  ReplicaSet: () => ({
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name: 'web', namespace: 'default' },
    spec: { selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx' }] } } },
  }),
  Deployment: () => ({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'default' },
    spec: { selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx' }] } } },
  }),
  Service: () => ({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'default' }, spec: { ports: [{ port: 80 }] } }),
  Endpoints: () => ({ apiVersion: 'v1', kind: 'Endpoints', metadata: { name: 'web', namespace: 'default' } }),
  ServiceAccount: () => ({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: 'default' } }),
  Role: () => ({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'pod-reader', namespace: 'default' }, rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }] }),
  ClusterRole: () => ({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'system:pod-reader' }, rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }] }),
  RoleBinding: () => ({
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'RoleBinding',
    metadata: { name: 'read-pods', namespace: 'default' },
    subjects: [{ kind: 'User', name: 'jane' }],
    roleRef: { kind: 'Role', name: 'pod-reader' },
  }),
  ClusterRoleBinding: () => ({
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRoleBinding',
    metadata: { name: 'read-pods' },
    subjects: [{ kind: 'Group', name: 'readers' }],
    roleRef: { kind: 'ClusterRole', name: 'system:pod-reader' },
  }),
  Secret: () => ({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'db', namespace: 'default' }, stringData: { password: 'x' } }),
  ConfigMap: () => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'app', namespace: 'default' }, data: { a: 'b' } }),
  Lease: () => ({ apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: { name: 'n1', namespace: 'kube-node-lease' }, spec: { holderIdentity: 'n1' } }),
  Event: () => ({
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name: 'web.1', namespace: 'default' },
    involvedObject: { kind: 'Pod', name: 'web', namespace: 'default' },
    reason: 'Started',
  }),
  ReplicationController: () => ({
    apiVersion: 'v1',
    kind: 'ReplicationController',
    metadata: { name: 'web', namespace: 'default' },
    spec: { template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx' }] } } },
  }),
  DaemonSet: () => ({
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name: 'agent', namespace: 'default' },
    spec: { selector: { matchLabels: { app: 'agent' } }, template: { metadata: { labels: { app: 'agent' } }, spec: { containers: [{ name: 'agent', image: 'busybox' }] } } },
  }),
  StatefulSet: () => ({
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: 'db', namespace: 'default' },
    spec: { selector: { matchLabels: { app: 'db' } }, template: { metadata: { labels: { app: 'db' } }, spec: { containers: [{ name: 'db', image: 'postgres' }] } } },
  }),
  PersistentVolume: () => ({
    apiVersion: 'v1',
    kind: 'PersistentVolume',
    metadata: { name: 'pv1' },
    spec: { capacity: { storage: '1Gi' }, accessModes: ['ReadWriteOnce'], hostPath: { path: '/srv/pv1' } },
  }),
  PersistentVolumeClaim: () => ({
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: { name: 'data', namespace: 'default' },
    spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
  }),
  StorageClass: () => ({ apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'fast' }, provisioner: 'capstan.io/local-path' }),
  PriorityClass: () => ({ apiVersion: 'scheduling.k8s.io/v1', kind: 'PriorityClass', metadata: { name: 'high' }, value: 1000 }),
  ResourceQuota: () => ({ apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'q', namespace: 'default' }, spec: { hard: { pods: '10', 'requests.cpu': '2' } } }),
  LimitRange: () => ({ apiVersion: 'v1', kind: 'LimitRange', metadata: { name: 'l', namespace: 'default' }, spec: { limits: [{ type: 'Container', max: { cpu: '1' } }] } }),
  Job: () => ({
    apiVersion: 'batch/v1',
    kind: 'Job',
    // The store sets the uid before defaulting; the generated selector is made from it.
    metadata: { name: 'pi', namespace: 'default', uid: '0b7c8f5e-1c1d-4a51-9a4e-8f0d9a2b3c4d' },
    spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'pi', image: 'perl' }] } } },
  }),
  CronJob: () => ({
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name: 'hello', namespace: 'default' },
    spec: { schedule: '*/1 * * * *', jobTemplate: { spec: { template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'hello', image: 'busybox' }] } } } } },
  }),
};

describe('KINDS', () => {
  it('serves the twelve kinds of the design', () => {
    expect(Object.keys(KINDS).sort()).toEqual(
      ['ConfigMap', 'Deployment', 'Endpoints', 'Event', 'Lease', 'Namespace', 'Node', 'Pod', 'ReplicaSet', 'Secret', 'Service', 'ServiceAccount', 'Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding', 'ReplicationController', 'DaemonSet', 'StatefulSet', 'Job', 'CronJob', 'PersistentVolume', 'PersistentVolumeClaim', 'StorageClass', 'PriorityClass', 'ResourceQuota', 'LimitRange'].sort(),
    );
    for (const [name, def] of Object.entries(KINDS)) expect(def.kind).toBe(name);
  });

  it('scopes Namespaces and Nodes to the cluster and everything else to namespaces', () => {
    const clusterScoped = Object.values(KINDS).filter((d) => !d.namespaced).map((d) => d.kind);
    expect(clusterScoped.sort()).toEqual(['ClusterRole', 'ClusterRoleBinding', 'Namespace', 'Node', 'PersistentVolume', 'PriorityClass', 'StorageClass']);
  });

  it('gives every kind a status sub-resource exactly when Kubernetes does', () => {
    const withStatus = Object.values(KINDS).filter((d) => d.hasStatusSubresource).map((d) => d.kind);
    expect(withStatus.sort()).toEqual(['Deployment', 'Namespace', 'Node', 'Pod', 'ReplicaSet', 'Service', 'ReplicationController', 'DaemonSet', 'StatefulSet', 'Job', 'CronJob', 'PersistentVolume', 'PersistentVolumeClaim', 'ResourceQuota'].sort());
  });

  it.each(Object.keys(MINIMAL) as KindName[])('accepts a minimal %s after defaulting, and defaulting twice changes nothing', (kind) => {
    const def = KINDS[kind];
    const obj = MINIMAL[kind]();
    def.applyDefaults(obj);
    expect(() => validateObject(def, obj)).not.toThrow();
    const once = structuredClone(obj);
    def.applyDefaults(obj);
    expect(obj).toEqual(once);
    expect(() => validateObject(def, obj, once)).not.toThrow();
  });

  it('lets every kind be selected by metadata.name and metadata.namespace', () => {
    for (const def of Object.values(KINDS)) {
      expect(Object.keys(def.fieldSelectors)).toEqual(expect.arrayContaining(['metadata.name', 'metadata.namespace']));
    }
  });
});

describe('kindFor', () => {
  it.each([
    ['Pod', 'Pod'],
    ['pod', 'Pod'],
    ['pods', 'Pod'],
    ['po', 'Pod'],
    ['PODS', 'Pod'],
    ['deploy', 'Deployment'],
    ['deployments.apps', 'Deployment'],
    ['deployment.v1.apps', 'Deployment'],
    ['rs', 'ReplicaSet'],
    ['svc', 'Service'],
    ['ep', 'Endpoints'],
    ['endpoints', 'Endpoints'],
    ['sa', 'ServiceAccount'],
    ['cm', 'ConfigMap'],
    ['ns', 'Namespace'],
    ['no', 'Node'],
    ['ev', 'Event'],
    ['leases.coordination.k8s.io', 'Lease'],
    ['lease', 'Lease'],
    ['secrets', 'Secret'],
  ])('finds %s as %s', (name, kind) => {
    expect(kindFor(name)?.kind).toBe(kind);
  });

  it.each(['widgets', 'pods.apps', '', 'deployments.extensions'])('finds nothing for %j', (name) => {
    expect(kindFor(name)).toBeUndefined();
  });
});

describe('kindForManifest', () => {
  it('finds kinds by apiVersion and kind', () => {
    expect(kindForManifest('apps/v1', 'Deployment').plural).toBe('deployments');
    expect(kindForManifest('coordination.k8s.io/v1', 'Lease').kind).toBe('Lease');
    expect(kindForManifest('v1', 'Pod').kind).toBe('Pod');
  });

  it.each([
    ['v1', 'Deployment', 'apiVersion', 'no matches for kind "Deployment" in version "v1": Deployment is served as apiVersion "apps/v1"'],
    ['extensions/v1beta1', 'Deployment', 'apiVersion', 'Deployment is served as apiVersion "apps/v1"'],
    ['v1', 'pod', 'kind', 'did you mean "Pod"?'],
    ['v1', 'Widget', 'kind', 'no matches for kind "Widget" in version "v1" (supported kinds: Namespace, Node, Pod'],
    ['v1', '', 'kind', 'every manifest needs a kind'],
    ['', 'Pod', 'apiVersion', 'every manifest needs an apiVersion'],
  ])('rejects %j %j, naming %s', (apiVersion, kind, field, message) => {
    const err = expectInvalid(() => kindForManifest(apiVersion, kind));
    expect(err.field).toBe(field);
    expect(err.message).toContain(message);
  });
});

describe('validateObject', () => {
  function invalidFields(kind: KindName, change: (obj: KObject) => void, old?: KObject): string[] {
    const def = KINDS[kind];
    const obj = MINIMAL[kind]();
    change(obj);
    def.applyDefaults(obj);
    return expectInvalid(() => validateObject(def, obj, old)).fields.map((f) => `${f.field}: ${f.message}`);
  }

  it('throws one INVALID error that lists every problem, Kubernetes-style', () => {
    const obj = MINIMAL.Pod();
    obj.spec.containers = [{ name: 'Web' }];
    obj.metadata.labels = { app: 'web server' };
    KINDS.Pod.applyDefaults(obj);
    const err = expectInvalid(() => validateObject(KINDS.Pod, obj));
    expect(err.message).toMatch(/^Pod "web" is invalid: metadata\.labels\[app\]: Invalid value: "web server": /);
    expect(err.fields.map((f) => f.field)).toEqual(['metadata.labels[app]', 'spec.containers[0].name', 'spec.containers[0].image']);
  });

  it.each([
    ['Pod', 'Web_1', 'a lowercase RFC 1123 subdomain'],
    ['Namespace', 'my.ns', 'a lowercase RFC 1123 label'],
    ['Service', '1web', 'a DNS-1035 label must consist of lower case alphanumeric characters'],
    ['Node', 'Node1', 'a lowercase RFC 1123 subdomain'],
  ] as const)('checks %s names with the rule Kubernetes uses for them', (kind, name, message) => {
    const found = invalidFields(kind, (o) => (o.metadata.name = name));
    expect(found[0]).toContain(`metadata.name: Invalid value: "${name}": ${message}`);
  });

  it('allows names that only looser rules accept', () => {
    const cm = MINIMAL.ConfigMap();
    cm.metadata.name = 'app.config';
    expect(() => validateObject(KINDS.ConfigMap, cm)).not.toThrow();
    const p = MINIMAL.Pod();
    p.metadata.name = '1web';
    KINDS.Pod.applyDefaults(p);
    expect(() => validateObject(KINDS.Pod, p)).not.toThrow();
  });

  it.each([
    ['a missing name', (o: KObject) => ((o.metadata as any).name = undefined), 'metadata.name: Required value: name or generateName is required'],
    ['a bad generateName', (o: KObject) => Object.assign(o.metadata, { name: '', generateName: 'Web-' }), 'metadata.generateName: Invalid value: "Web-"'],
    ['a missing namespace', (o: KObject) => delete o.metadata.namespace, 'metadata.namespace: Required value'],
    ['a bad namespace', (o: KObject) => (o.metadata.namespace = 'My_NS'), 'metadata.namespace: Invalid value: "My_NS"'],
    ['a bad label key', (o: KObject) => (o.metadata.labels = { 'a/b/c': 'x' }), 'metadata.labels: Invalid value: "a/b/c"'],
    ['a label value that is not a string', (o: KObject) => (o.metadata.labels = { replicas: 3 as any }), 'metadata.labels[replicas]: Invalid value: 3: must be a string'],
    ['a bad annotation key', (o: KObject) => (o.metadata.annotations = { 'bad key': 'x' }), 'metadata.annotations: Invalid value: "bad key"'],
    ['oversized annotations', (o: KObject) => (o.metadata.annotations = { big: 'x'.repeat(300_000) }), 'metadata.annotations: Too long: must have at most 262144 bytes'],
    ['an owner reference without uid', (o: KObject) => (o.metadata.ownerReferences = [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'rs' } as any]), 'metadata.ownerReferences[0].uid: Required value'],
    [
      'two controllers',
      (o: KObject) =>
        (o.metadata.ownerReferences = [
          { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'a', uid: '1', controller: true },
          { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'b', uid: '2', controller: true },
        ]),
      'Only one reference can have Controller set to true. Found "true" in references for ReplicaSet/a and ReplicaSet/b',
    ],
    ['a bad finalizer', (o: KObject) => (o.metadata.finalizers = ['example.com/a b']), 'metadata.finalizers[0]: Invalid value: "example.com/a b"'],
    ['orphan and foreground together', (o: KObject) => (o.metadata.finalizers = ['orphan', 'foregroundDeletion']), 'finalizer orphan and foregroundDeletion cannot be both set'],
    ['a kind that does not match', (o: KObject) => (o.kind = 'Service'), 'kind: Invalid value: "Service": must be "Pod"'],
    ['an apiVersion that does not match', (o: KObject) => (o.apiVersion = 'apps/v1'), 'apiVersion: Invalid value: "apps/v1": must be "v1" for Pod'],
  ])('rejects %s', (_name, change, expected) => {
    const found = invalidFields('Pod', change);
    expect(found.some((p) => p.includes(expected)), `${expected}\nnot in\n${found.join('\n')}`).toBe(true);
  });

  it('forbids a namespace on cluster-scoped kinds unless defaulting cleared it', () => {
    const n = MINIMAL.Node();
    n.metadata.namespace = 'default';
    expect(expectInvalid(() => validateObject(KINDS.Node, n)).message).toContain('metadata.namespace: Forbidden: not allowed on this type');
    KINDS.Node.applyDefaults(n);
    expect(() => validateObject(KINDS.Node, n)).not.toThrow();
  });

  it('accepts a generateName in place of a name', () => {
    const p = MINIMAL.Pod();
    p.metadata = { name: '', generateName: 'web-', namespace: 'default' };
    KINDS.Pod.applyDefaults(p);
    expect(() => validateObject(KINDS.Pod, p)).not.toThrow();
  });

  it('keeps name, namespace and uid immutable', () => {
    const old = MINIMAL.ConfigMap();
    old.metadata.uid = 'u1';
    const found = invalidFields('ConfigMap', (o) => Object.assign(o.metadata, { name: 'other', uid: 'u2' }), old);
    expect(found).toEqual(['metadata.name: Invalid value: "other": field is immutable', 'metadata.uid: Invalid value: "u2": field is immutable']);
  });

  it('reports a non-object as invalid', () => {
    expect(expectInvalid(() => validateObject(KINDS.Pod, null as any)).message).toBe('Pod is invalid: must be an object');
  });
});
