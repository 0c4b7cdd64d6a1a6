import { describe, expect, it } from 'vitest';
import { CapstanError } from '../../errors.ts';
import type { KObject } from '../../kinds/types.ts';
import { applyStrategicMergePatch } from './strategic-merge.ts';

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

function deployment(): KObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'default', uid: 'u1', labels: { app: 'web' }, finalizers: ['a.io/x', 'b.io/y'] },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: 'web' } },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: {
          containers: [
            {
              name: 'web',
              image: 'nginx:1.25',
              ports: [{ containerPort: 80, protocol: 'TCP' }],
              env: [{ name: 'A', value: '1' }, { name: 'B', value: '2' }],
              volumeMounts: [{ name: 'data', mountPath: '/data' }],
              terminationMessagePath: '/dev/termination-log',
            },
            { name: 'sidecar', image: 'busybox', command: ['sleep', '3600'] },
          ],
          tolerations: [{ key: 'a', operator: 'Exists' }],
          volumes: [{ name: 'data', emptyDir: {} }],
        },
      },
    },
    status: { conditions: [{ type: 'Available', status: 'True' }, { type: 'Progressing', status: 'True' }] },
  };
}

const podSpec = (o: KObject) => o.spec.template.spec;
const names = (list: { name: string }[]) => list.map((e) => e.name);

function rejected(original: KObject, patch: unknown): string {
  try {
    applyStrategicMergePatch(original, patch);
  } catch (err) {
    expect(err).toBeInstanceOf(CapstanError);
    expect((err as CapstanError).code).toBe('INVALID');
    return (err as CapstanError).message;
  }
  throw new Error('the patch applied');
}

describe('applyStrategicMergePatch', () => {
  describe('maps', () => {
    it('merge recursively, keeping fields the patch does not name', () => {
      const out = applyStrategicMergePatch(deployment(), { metadata: { labels: { tier: 'front' } }, spec: { replicas: 3 } });
      expect(out.metadata.labels).toEqual({ app: 'web', tier: 'front' });
      expect(out.spec.replicas).toBe(3);
      expect(out.spec.strategy.type).toBe('RollingUpdate');
    });
    it('delete a key whose patch value is null', () => {
      const out = applyStrategicMergePatch(deployment(), { metadata: { labels: { app: null } }, status: null });
      expect(out.metadata.labels).toEqual({});
      expect(out).not.toHaveProperty('status');
    });
    it('ignore a null for a key the object does not have', () => {
      const out = applyStrategicMergePatch(deployment(), { metadata: { annotations: { gone: null } } });
      expect(out.metadata.annotations).toEqual({});
    });
    it('drop nulls inside a value the object did not have', () => {
      const out = applyStrategicMergePatch(deployment(), { spec: { paused: true, revisionHistoryLimit: null, progressDeadline: { a: null, b: 1 } } });
      expect(out.spec.paused).toBe(true);
      expect(out.spec).not.toHaveProperty('revisionHistoryLimit');
      expect(out.spec.progressDeadline).toEqual({ b: 1 });
    });
    it('take the patch value when the types differ', () => {
      const out = applyStrategicMergePatch(deployment(), { spec: { replicas: { weird: true } } });
      expect(out.spec.replicas).toEqual({ weird: true });
    });
    it('are replaced whole by $patch: replace', () => {
      const out = applyStrategicMergePatch(deployment(), { metadata: { labels: { $patch: 'replace', only: 'this' } } });
      expect(out.metadata.labels).toEqual({ only: 'this' });
    });
    it('are emptied by $patch: delete', () => {
      const out = applyStrategicMergePatch(deployment(), { spec: { strategy: { $patch: 'delete' } } });
      expect(out.spec.strategy).toEqual({});
    });
    it('reject $patch: merge, as Kubernetes does in a map', () => {
      expect(rejected(deployment(), { metadata: { labels: { $patch: 'merge', b: 'c' } } })).toContain('unknown patch type "merge" in map at metadata.labels');
    });
    it('reject an unknown $patch directive', () => {
      expect(rejected(deployment(), { metadata: { labels: { $patch: 'explode' } } })).toContain('unknown patch type "explode" in map at metadata.labels');
    });
  });

  describe('lists without a merge strategy', () => {
    it('are replaced whole (tolerations are atomic)', () => {
      const out = applyStrategicMergePatch(deployment(), { spec: { template: { spec: { tolerations: [{ key: 'b', operator: 'Exists' }] } } } });
      expect(podSpec(out).tolerations).toEqual([{ key: 'b', operator: 'Exists' }]);
    });
    it('are replaced whole for a container command', () => {
      const out = applyStrategicMergePatch(deployment(), { spec: { template: { spec: { containers: [{ name: 'sidecar', command: ['true'] }] } } } });
      expect(podSpec(out).containers[1].command).toEqual(['true']);
    });
    it('are replaced whole for Endpoints subsets and their addresses', () => {
      const endpoints: KObject = {
        apiVersion: 'v1',
        kind: 'Endpoints',
        metadata: { name: 'web' },
        subsets: [{ addresses: [{ ip: '10.0.0.1' }], ports: [{ port: 80 }] }],
      };
      const out = applyStrategicMergePatch(endpoints, { subsets: [{ addresses: [{ ip: '10.0.0.2' }] }] });
      expect(out.subsets).toEqual([{ addresses: [{ ip: '10.0.0.2' }] }]);
    });
    it('are replaced whole in a kind the table does not know', () => {
      const widget: KObject = { apiVersion: 'x/v1', kind: 'Widget', metadata: { name: 'w', finalizers: ['a'] }, spec: { containers: [{ name: 'a' }] } };
      const out = applyStrategicMergePatch(widget, { metadata: { finalizers: ['b'] }, spec: { containers: [{ name: 'b' }] } });
      expect(out.spec.containers).toEqual([{ name: 'b' }]);
      // finalizers merge as a set in every kind (ObjectMeta); the new value goes first, as in Kubernetes
      expect(out.metadata.finalizers).toEqual(['b', 'a']);
    });
  });

  describe('lists merged by key', () => {
    it('merge a container by name, keeping the fields the patch does not name', () => {
      const out = applyStrategicMergePatch(deployment(), { spec: { template: { spec: { containers: [{ name: 'web', image: 'nginx:1.26' }] } } } });
      expect(names(podSpec(out).containers)).toEqual(['web', 'sidecar']);
      expect(podSpec(out).containers[0]).toMatchObject({ image: 'nginx:1.26', terminationMessagePath: '/dev/termination-log' });
    });
    it('add an element with a new key ahead of the elements only the server has, as Kubernetes does', () => {
      // The kubectl patch docs show the same: a patched-in container lists before the existing one.
      const out = applyStrategicMergePatch(deployment(), { spec: { template: { spec: { containers: [{ name: 'log', image: 'fluent' }] } } } });
      expect(names(podSpec(out).containers)).toEqual(['log', 'web', 'sidecar']);
    });
    it('merge env by name, ports by containerPort and volumeMounts by mountPath', () => {
      const out = applyStrategicMergePatch(deployment(), {
        spec: {
          template: {
            spec: {
              containers: [
                {
                  name: 'web',
                  env: [{ name: 'B', value: 'two' }, { name: 'C', value: '3' }],
                  ports: [{ containerPort: 80, name: 'http' }, { containerPort: 443 }],
                  volumeMounts: [{ mountPath: '/data', readOnly: true }],
                },
              ],
            },
          },
        },
      });
      const web = podSpec(out).containers[0];
      expect(web.env).toEqual([{ name: 'A', value: '1' }, { name: 'B', value: 'two' }, { name: 'C', value: '3' }]);
      expect(web.ports).toEqual([{ containerPort: 80, protocol: 'TCP', name: 'http' }, { containerPort: 443 }]);
      expect(web.volumeMounts).toEqual([{ name: 'data', mountPath: '/data', readOnly: true }]);
    });
    it('remove an element named with $patch: delete', () => {
      const out = applyStrategicMergePatch(deployment(), { spec: { template: { spec: { containers: [{ $patch: 'delete', name: 'sidecar' }] } } } });
      expect(names(podSpec(out).containers)).toEqual(['web']);
    });
    it('become the patch list with a $patch: replace element', () => {
      const out = applyStrategicMergePatch(deployment(), {
        spec: { template: { spec: { containers: [{ name: 'only', image: 'x', extra: null }, { $patch: 'replace' }] } } },
      });
      expect(podSpec(out).containers).toEqual([{ name: 'only', image: 'x' }]);
    });
    it('put the patch elements in the patch order and server-only elements where they were', () => {
      const out = applyStrategicMergePatch(deployment(), {
        spec: { template: { spec: { containers: [{ name: 'new', image: 'n' }, { name: 'web', image: 'w' }] } } },
      });
      // web stays ahead of sidecar (its place on the server), new comes before web as the patch says
      expect(names(podSpec(out).containers)).toEqual(['new', 'web', 'sidecar']);
    });
    it('reject an element without the merge key', () => {
      expect(rejected(deployment(), { spec: { template: { spec: { containers: [{ image: 'x' }] } } } })).toContain(
        'spec.template.spec.containers: map {"image":"x"} does not contain declared merge key: name',
      );
    });
    it('reject a $patch: delete element without the merge key', () => {
      expect(rejected(deployment(), { spec: { template: { spec: { volumes: [{ $patch: 'delete' }] } } } })).toContain('does not contain declared merge key: name');
    });
    it('reject $patch: merge inside a list', () => {
      expect(rejected(deployment(), { spec: { template: { spec: { volumes: [{ $patch: 'merge' }] } } } })).toContain('merging lists cannot yet be specified');
    });
    it('merge status conditions by type', () => {
      const out = applyStrategicMergePatch(deployment(), { status: { conditions: [{ type: 'Progressing', status: 'False', reason: 'Stuck' }] } });
      expect(out.status.conditions).toEqual([{ type: 'Available', status: 'True' }, { type: 'Progressing', status: 'False', reason: 'Stuck' }]);
    });
    it('merge ownerReferences by uid', () => {
      const rs: KObject = {
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        metadata: { name: 'web-1', ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: 'u1' }] },
      };
      const out = applyStrategicMergePatch(rs, { metadata: { ownerReferences: [{ uid: 'u1', controller: true }, { uid: 'u2', apiVersion: 'v1', kind: 'X', name: 'x' }] } });
      expect(out.metadata.ownerReferences).toEqual([
        { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: 'u1', controller: true },
        { uid: 'u2', apiVersion: 'v1', kind: 'X', name: 'x' },
      ]);
    });
    it('merge Service ports by port', () => {
      const svc: KObject = {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'web' },
        spec: { clusterIP: '10.96.0.10', ports: [{ port: 80, targetPort: 8080, nodePort: 30080 }] },
      };
      const out = applyStrategicMergePatch(svc, { spec: { ports: [{ port: 80, targetPort: 9090 }, { port: 443 }] } });
      expect(out.spec.ports).toEqual([{ port: 80, targetPort: 9090, nodePort: 30080 }, { port: 443 }]);
      expect(out.spec.clusterIP).toBe('10.96.0.10');
    });
    it('merge Node addresses and conditions by type', () => {
      const node: KObject = {
        apiVersion: 'v1',
        kind: 'Node',
        metadata: { name: 'n1' },
        status: { addresses: [{ type: 'InternalIP', address: '10.0.0.1' }, { type: 'Hostname', address: 'n1' }], conditions: [{ type: 'Ready', status: 'True' }] },
      };
      const out = applyStrategicMergePatch(node, {
        status: { addresses: [{ type: 'InternalIP', address: '10.0.0.2' }], conditions: [{ type: 'MemoryPressure', status: 'False' }] },
      });
      expect(out.status.addresses).toEqual([{ type: 'InternalIP', address: '10.0.0.2' }, { type: 'Hostname', address: 'n1' }]);
      expect(out.status.conditions.map((c: { type: string }) => c.type)).toEqual(['MemoryPressure', 'Ready']);
    });
    it('merge a Pod spec directly, and a CronJob pod template through jobTemplate', () => {
      const pod: KObject = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [{ name: 'a', image: 'a' }] } };
      expect(names(applyStrategicMergePatch(pod, { spec: { containers: [{ name: 'b', image: 'b' }] } }).spec.containers)).toEqual(['b', 'a']);
      const cron: KObject = {
        apiVersion: 'batch/v1',
        kind: 'CronJob',
        metadata: { name: 'c' },
        spec: { jobTemplate: { spec: { template: { spec: { containers: [{ name: 'a', image: 'a' }] } } } } },
      };
      const out = applyStrategicMergePatch(cron, { spec: { jobTemplate: { spec: { template: { spec: { containers: [{ name: 'a', image: 'a2' }] } } } } } });
      expect(out.spec.jobTemplate.spec.template.spec.containers).toEqual([{ name: 'a', image: 'a2' }]);
    });
  });

  describe('lists of scalars merged as a set', () => {
    it('add new finalizers after the existing ones without duplicating', () => {
      const out = applyStrategicMergePatch(deployment(), { metadata: { finalizers: ['b.io/y', 'c.io/z'] } });
      expect(out.metadata.finalizers).toEqual(['a.io/x', 'b.io/y', 'c.io/z']);
    });
    it('remove values named by $deleteFromPrimitiveList', () => {
      const out = applyStrategicMergePatch(deployment(), { metadata: { '$deleteFromPrimitiveList/finalizers': ['a.io/x'] } });
      expect(out.metadata.finalizers).toEqual(['b.io/y']);
    });
    it('ignore $deleteFromPrimitiveList for a list the object does not have', () => {
      const d = deployment();
      delete d.metadata.finalizers;
      expect(applyStrategicMergePatch(d, { metadata: { '$deleteFromPrimitiveList/finalizers': ['a'] } }).metadata).not.toHaveProperty('finalizers');
    });
  });

  describe('$retainKeys', () => {
    it('clears the fields it does not list, as kubectl sends when a Deployment switches to Recreate', () => {
      const out = applyStrategicMergePatch(deployment(), { spec: { strategy: { $retainKeys: ['type'], type: 'Recreate', rollingUpdate: null } } });
      expect(out.spec.strategy).toEqual({ type: 'Recreate' });
    });
    it('clears the old source of a volume that changes type', () => {
      const out = applyStrategicMergePatch(deployment(), {
        spec: { template: { spec: { volumes: [{ name: 'data', $retainKeys: ['configMap', 'name'], configMap: { name: 'cm' } }] } } },
      });
      expect(podSpec(out).volumes).toEqual([{ name: 'data', configMap: { name: 'cm' } }]);
    });
    it('rejects a patch that sets a field the list does not name', () => {
      expect(rejected(deployment(), { spec: { strategy: { $retainKeys: ['type'], type: 'Recreate', rollingUpdate: {} } } })).toContain('invalid patch format of retainKeys');
    });
  });

  describe('$setElementOrder', () => {
    it('orders the merged list as the directive says', () => {
      const out = applyStrategicMergePatch(deployment(), {
        spec: { template: { spec: { '$setElementOrder/containers': [{ name: 'sidecar' }, { name: 'web' }], containers: [{ name: 'web', image: 'w2' }] } } },
      });
      expect(names(podSpec(out).containers)).toEqual(['sidecar', 'web']);
      expect(podSpec(out).containers[1].image).toBe('w2');
      expect(podSpec(out)).not.toHaveProperty('$setElementOrder/containers');
    });
    it('reorders without a patch list', () => {
      const out = applyStrategicMergePatch(deployment(), { spec: { template: { spec: { '$setElementOrder/containers': [{ name: 'sidecar' }, { name: 'web' }] } } } });
      expect(names(podSpec(out).containers)).toEqual(['sidecar', 'web']);
    });
    it('keeps an element only the server has before the elements it preceded', () => {
      const d = deployment();
      podSpec(d).containers.splice(1, 0, { name: 'injected', image: 'proxy' });
      const out = applyStrategicMergePatch(d, {
        spec: { template: { spec: { '$setElementOrder/containers': [{ name: 'sidecar' }, { name: 'web' }], containers: [{ name: 'sidecar', image: 's2' }] } } },
      });
      expect(names(podSpec(out).containers)).toEqual(['injected', 'sidecar', 'web']);
    });
    it('orders a list of scalars', () => {
      const out = applyStrategicMergePatch(deployment(), { metadata: { '$setElementOrder/finalizers': ['b.io/y', 'c.io/z', 'a.io/x'], finalizers: ['c.io/z'] } });
      expect(out.metadata.finalizers).toEqual(['b.io/y', 'c.io/z', 'a.io/x']);
    });
    it('accepts an empty directive list, which orders nothing', () => {
      const out = applyStrategicMergePatch(deployment(), { spec: { template: { spec: { '$setElementOrder/containers': [], containers: [{ name: 'web', image: 'w2' }] } } } });
      expect(names(podSpec(out).containers)).toEqual(['web', 'sidecar']);
    });
    it('rejects a patch list in another order than the directive', () => {
      expect(
        rejected(deployment(), {
          spec: { template: { spec: { '$setElementOrder/containers': [{ name: 'web' }, { name: 'sidecar' }], containers: [{ name: 'sidecar' }, { name: 'web' }] } } },
        }),
      ).toContain('does not match the $setElementOrder/containers list');
    });
  });

  describe('what kubectl sends', () => {
    it('kubectl apply: a three-way patch changing an image, removing a container and an env var, with the last-applied annotation', () => {
      const patch = {
        metadata: { annotations: { [LAST_APPLIED]: '{"kind":"Deployment"}' } },
        spec: {
          template: {
            spec: {
              '$setElementOrder/containers': [{ name: 'web' }],
              containers: [
                { '$setElementOrder/env': [{ name: 'A' }], env: [{ $patch: 'delete', name: 'B' }], image: 'nginx:1.26', name: 'web' },
                { $patch: 'delete', name: 'sidecar' },
              ],
            },
          },
        },
      };
      const out = applyStrategicMergePatch(deployment(), patch);
      expect(out.metadata.annotations).toEqual({ [LAST_APPLIED]: '{"kind":"Deployment"}' });
      expect(podSpec(out).containers).toEqual([
        {
          name: 'web',
          image: 'nginx:1.26',
          ports: [{ containerPort: 80, protocol: 'TCP' }],
          env: [{ name: 'A', value: '1' }],
          volumeMounts: [{ name: 'data', mountPath: '/data' }],
          terminationMessagePath: '/dev/termination-log',
        },
      ]);
    });
    it('kubectl rollout restart: an annotation on the pod template', () => {
      const out = applyStrategicMergePatch(deployment(), { spec: { template: { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': '2026-12-06T03:00:00Z' } } } } });
      expect(out.spec.template.metadata).toEqual({ labels: { app: 'web' }, annotations: { 'kubectl.kubernetes.io/restartedAt': '2026-12-06T03:00:00Z' } });
    });
    it('kubectl label --overwrite and removal with key-', () => {
      const out = applyStrategicMergePatch(deployment(), { metadata: { labels: { app: null, env: 'prod' } } });
      expect(out.metadata.labels).toEqual({ env: 'prod' });
    });
    it('kubectl edit: removing a finalizer and a container port', () => {
      const out = applyStrategicMergePatch(deployment(), {
        metadata: { '$deleteFromPrimitiveList/finalizers': ['b.io/y'] },
        spec: { template: { spec: { '$setElementOrder/containers': [{ name: 'web' }, { name: 'sidecar' }], containers: [{ name: 'web', ports: [{ $patch: 'delete', containerPort: 80 }] }] } } },
      });
      expect(out.metadata.finalizers).toEqual(['a.io/x']);
      expect(podSpec(out).containers[0].ports).toEqual([]);
    });
  });

  it('changes neither the object nor the patch', () => {
    const original = deployment();
    const before = structuredClone(original);
    const patch = { spec: { strategy: { $retainKeys: ['type'], type: 'Recreate' }, template: { spec: { containers: [{ $patch: 'delete', name: 'web' }] } } } };
    const patchBefore = structuredClone(patch);
    applyStrategicMergePatch(original, patch);
    expect(original).toEqual(before);
    expect(patch).toEqual(patchBefore);
  });

  it('rejects a patch that is not an object', () => {
    expect(rejected(deployment(), [{ op: 'add' }])).toBe('strategic merge patch: the patch must be a JSON object');
  });
});
