import { describe, expect, it } from 'vitest';
import { CapstanError } from '../../errors.ts';
import type { KObject } from '../../kinds/types.ts';
import { recordUpdate, serverSideApply, type ManagedFieldsEntry } from './server-side-apply.ts';

const T0 = new Date('2026-12-06T03:00:00.123Z');
const T1 = new Date('2026-12-06T03:05:00Z');
const T2 = new Date('2026-12-06T03:10:00Z');

function config(overrides: { replicas?: number; image?: string; labels?: Record<string, string>; containers?: unknown[] } = {}): KObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'default', labels: overrides.labels ?? { app: 'web' } },
    spec: {
      replicas: overrides.replicas ?? 2,
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: { containers: overrides.containers ?? [{ name: 'web', image: overrides.image ?? 'nginx:1.25', ports: [{ containerPort: 80 }] }] },
      },
    },
  };
}

/** What the store adds on create: server-managed metadata. */
function stored(obj: KObject): KObject {
  return { ...obj, metadata: { ...obj.metadata, uid: 'u-1', resourceVersion: '7', generation: 1, creationTimestamp: '2026-12-06T02:00:00Z' } };
}

const entries = (obj: KObject): ManagedFieldsEntry[] => (obj.metadata as unknown as { managedFields?: ManagedFieldsEntry[] }).managedFields ?? [];
const entryOf = (obj: KObject, manager: string) => entries(obj).find((e) => e.manager === manager);

function conflict(fn: () => unknown): CapstanError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(CapstanError);
    expect((err as CapstanError).code).toBe('CONFLICT');
    return err as CapstanError;
  }
  throw new Error('no conflict');
}

describe('serverSideApply', () => {
  describe('on create', () => {
    const created = serverSideApply(null, config(), { manager: 'kubectl', force: false, now: T0 });

    it('returns the configuration as the object', () => {
      expect(created.spec.template.spec.containers).toEqual([{ name: 'web', image: 'nginx:1.25', ports: [{ containerPort: 80 }] }]);
      expect(created.metadata.labels).toEqual({ app: 'web' });
    });

    it('records one Apply entry in the FieldsV1 format, time to the second', () => {
      expect(entries(created)).toEqual([
        {
          manager: 'kubectl',
          operation: 'Apply',
          apiVersion: 'apps/v1',
          time: '2026-12-06T03:00:00Z',
          fieldsType: 'FieldsV1',
          fieldsV1: {
            'f:metadata': { 'f:labels': { 'f:app': {} } },
            'f:spec': {
              'f:replicas': {},
              'f:selector': {},
              'f:template': {
                'f:metadata': { 'f:labels': { 'f:app': {} } },
                'f:spec': {
                  'f:containers': {
                    'k:{"name":"web"}': {
                      '.': {},
                      'f:image': {},
                      'f:name': {},
                      'f:ports': { 'k:{"containerPort":80,"protocol":"TCP"}': { '.': {}, 'f:containerPort': {} } },
                    },
                  },
                },
              },
            },
          },
        },
      ]);
    });
  });

  it('keeps name, namespace and server-managed metadata out of the fields and takes none of it from the configuration', () => {
    const live = stored(serverSideApply(null, config(), { manager: 'kubectl', force: false, now: T0 }));
    const applied = config({ image: 'nginx:1.26' });
    Object.assign(applied.metadata, { uid: 'bogus', resourceVersion: '1', generation: 9, creationTimestamp: '1999-01-01T00:00:00Z' });
    const out = serverSideApply(live, applied, { manager: 'kubectl', force: false, now: T1 });
    expect(out.metadata).toMatchObject({ uid: 'u-1', resourceVersion: '7', generation: 1, creationTimestamp: '2026-12-06T02:00:00Z' });
    const metadataFields = Object.keys(entryOf(out, 'kubectl')!.fieldsV1['f:metadata'] as object);
    expect(metadataFields).toEqual(['f:labels']);
  });

  it('lets the same manager change its own fields and moves its entry time', () => {
    const live = serverSideApply(null, config(), { manager: 'kubectl', force: false, now: T0 });
    const out = serverSideApply(live, config({ replicas: 5 }), { manager: 'kubectl', force: false, now: T1 });
    expect(out.spec.replicas).toBe(5);
    expect(entryOf(out, 'kubectl')!.time).toBe('2026-12-06T03:05:00Z');
  });

  it('keeps the entry time when the apply changes nothing', () => {
    const live = serverSideApply(null, config(), { manager: 'kubectl', force: false, now: T0 });
    const out = serverSideApply(live, config(), { manager: 'kubectl', force: false, now: T1 });
    expect(entryOf(out, 'kubectl')!.time).toBe('2026-12-06T03:00:00Z');
    expect(out).toEqual(live);
  });

  describe('conflicts', () => {
    it('fail an apply that changes a field another applier owns, as Kubernetes words it', () => {
      const live = serverSideApply(null, config(), { manager: 'kubectl', force: false, now: T0 });
      const err = conflict(() => serverSideApply(live, { ...config({ replicas: 3 }), spec: { replicas: 3 } }, { manager: 'hpa', force: false, now: T1 }));
      expect(err.message).toBe('Apply failed with 1 conflict: conflict with "kubectl": .spec.replicas');
      expect(err.fields).toEqual([{ field: '.spec.replicas', message: 'conflict with "kubectl"' }]);
    });

    it('name an updater with its apiVersion, as for kubectl client-side apply', () => {
      const live = recordUpdate(null, config(), { manager: 'kubectl-client-side-apply', now: T0 });
      const err = conflict(() => serverSideApply(live, config({ replicas: 3 }), { manager: 'kubectl', force: false, now: T1 }));
      expect(err.message).toBe('Apply failed with 1 conflict: conflict with "kubectl-client-side-apply" using apps/v1: .spec.replicas');
    });

    it('list every conflicting field under its manager when there are several', () => {
      const live = recordUpdate(null, config(), { manager: 'kubectl-client-side-apply', now: T0 });
      const err = conflict(() => serverSideApply(live, config({ replicas: 3, image: 'nginx:1.26' }), { manager: 'kubectl', force: false, now: T1 }));
      expect(err.message).toBe(
        'Apply failed with 2 conflicts: conflicts with "kubectl-client-side-apply" using apps/v1:\n- .spec.replicas\n- .spec.template.spec.containers[name="web"].image',
      );
    });

    it('do not arise when the apply sets the value the field already has: both managers own it', () => {
      const live = recordUpdate(null, config(), { manager: 'kubectl-client-side-apply', now: T0 });
      const out = serverSideApply(live, config(), { manager: 'kubectl', force: false, now: T1 });
      expect((entryOf(out, 'kubectl')!.fieldsV1['f:spec'] as Record<string, unknown>)['f:replicas']).toEqual({});
      expect((entryOf(out, 'kubectl-client-side-apply')!.fieldsV1['f:spec'] as Record<string, unknown>)['f:replicas']).toEqual({});
    });

    it('move ownership to the applier when forced', () => {
      const live = serverSideApply(null, config(), { manager: 'kubectl', force: false, now: T0 });
      const out = serverSideApply(live, { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec: { replicas: 9 } }, { manager: 'hpa', force: true, now: T1 });
      expect(out.spec.replicas).toBe(9);
      expect(entryOf(out, 'hpa')!.fieldsV1).toEqual({ 'f:spec': { 'f:replicas': {} } });
      expect(entryOf(out, 'kubectl')!.fieldsV1['f:spec']).not.toHaveProperty('f:replicas');
      // the first manager now conflicts on the field it lost
      expect(conflict(() => serverSideApply(out, config({ replicas: 2 }), { manager: 'kubectl', force: false, now: T2 })).message).toBe(
        'Apply failed with 1 conflict: conflict with "hpa": .spec.replicas',
      );
    });
  });

  describe('fields the manager no longer applies', () => {
    it('are removed when nobody else owns them', () => {
      const live = serverSideApply(null, config({ labels: { app: 'web', tier: 'front' } }), { manager: 'kubectl', force: false, now: T0 });
      const out = serverSideApply(live, config({ labels: { app: 'web' } }), { manager: 'kubectl', force: false, now: T1 });
      expect(out.metadata.labels).toEqual({ app: 'web' });
    });

    it('stay when another manager owns them too', () => {
      let live = serverSideApply(null, config({ labels: { app: 'web', tier: 'front' } }), { manager: 'kubectl', force: false, now: T0 });
      live = serverSideApply(live, { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', labels: { tier: 'front' } } }, { manager: 'other', force: false, now: T0 });
      const out = serverSideApply(live, config({ labels: { app: 'web' } }), { manager: 'kubectl', force: false, now: T1 });
      expect(out.metadata.labels).toEqual({ app: 'web', tier: 'front' });
    });

    it('remove a whole container, and leave one another manager set', () => {
      const two = [
        { name: 'web', image: 'nginx' },
        { name: 'log', image: 'fluent' },
      ];
      let live = serverSideApply(null, config({ containers: two }), { manager: 'kubectl', force: false, now: T0 });
      live = recordUpdate(live, { ...live, spec: { ...live.spec, template: { ...live.spec.template, spec: { containers: [...two, { name: 'proxy', image: 'envoy' }] } } } }, { manager: 'injector', now: T1 });
      const out = serverSideApply(live, config({ containers: [{ name: 'web', image: 'nginx' }] }), { manager: 'kubectl', force: false, now: T2 });
      expect(out.spec.template.spec.containers.map((c: { name: string }) => c.name)).toEqual(['web', 'proxy']);
    });

    it('are not removed when the object was changed by an update since, which took them over', () => {
      const live = serverSideApply(null, config({ labels: { app: 'web', tier: 'front' } }), { manager: 'kubectl', force: false, now: T0 });
      const edited = recordUpdate(live, { ...live, metadata: { ...live.metadata, labels: { app: 'web', tier: 'back' } } }, { manager: 'kubectl-edit', now: T1 });
      const out = serverSideApply(edited, config({ labels: { app: 'web' } }), { manager: 'kubectl', force: false, now: T2 });
      expect(out.metadata.labels).toEqual({ app: 'web', tier: 'back' });
    });
  });

  describe('merging lists', () => {
    it('merges keyed list items, keeping what only the live object has', () => {
      const live = stored(config());
      live.spec.template.spec.containers[0].terminationMessagePath = '/dev/termination-log';
      // forced: the live object's fields belong to before-first-apply
      const out = serverSideApply(live, config({ image: 'nginx:1.26' }), { manager: 'kubectl', force: true, now: T0 });
      expect(out.spec.template.spec.containers[0]).toEqual({ name: 'web', image: 'nginx:1.26', ports: [{ containerPort: 80 }], terminationMessagePath: '/dev/termination-log' });
    });

    it('puts new items after the live-only ones', () => {
      const live = stored(config({ containers: [{ name: 'a', image: 'a' }, { name: 'b', image: 'b' }] }));
      const out = serverSideApply(live, config({ containers: [{ name: 'c', image: 'c' }] }), { manager: 'x', force: false, now: T0 });
      expect(out.spec.template.spec.containers.map((c: { name: string }) => c.name)).toEqual(['a', 'b', 'c']);
    });

    it('takes the applied order for items both have', () => {
      const live = stored(config({ containers: [{ name: 'a', image: 'a' }, { name: 'b', image: 'b' }] }));
      const out = serverSideApply(live, config({ containers: [{ name: 'b', image: 'b' }, { name: 'a', image: 'a' }] }), { manager: 'x', force: false, now: T0 });
      expect(out.spec.template.spec.containers.map((c: { name: string }) => c.name)).toEqual(['b', 'a']);
    });

    it('owns finalizers one by one as a set', () => {
      const applied: KObject = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', finalizers: ['a.io/x'] }, data: { k: 'v' } };
      const live: KObject = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', finalizers: ['b.io/y'] } };
      const out = serverSideApply(live, applied, { manager: 'm', force: false, now: T0 });
      expect(out.metadata.finalizers).toEqual(['b.io/y', 'a.io/x']);
      expect(entryOf(out, 'm')!.fieldsV1).toEqual({ 'f:data': { 'f:k': {} }, 'f:metadata': { 'f:finalizers': { 'v:"a.io/x"': {} } } });
    });

    it('replaces an atomic list whole and owns it as one field', () => {
      const live = stored(config());
      live.spec.template.spec.tolerations = [{ key: 'a', operator: 'Exists' }];
      const applied = config();
      applied.spec.template.spec.tolerations = [{ key: 'b', operator: 'Exists' }];
      const out = serverSideApply(live, applied, { manager: 'm', force: true, now: T0 });
      expect(out.spec.template.spec.tolerations).toEqual([{ key: 'b', operator: 'Exists' }]);
      const podSpec = ((entryOf(out, 'm')!.fieldsV1['f:spec'] as Record<string, any>)['f:template'] as Record<string, any>)['f:spec'];
      expect(podSpec['f:tolerations']).toEqual({});
    });
  });

  describe('an object nobody owns fields of yet', () => {
    it('gives its fields to before-first-apply, so an apply that changes them conflicts', () => {
      const live = stored(config());
      const err = conflict(() => serverSideApply(live, config({ replicas: 5 }), { manager: 'kubectl', force: false, now: T1 }));
      expect(err.message).toBe('Apply failed with 1 conflict: conflict with "before-first-apply" using apps/v1: .spec.replicas');
    });

    it('lets an apply that changes none of them through, sharing ownership', () => {
      const out = serverSideApply(stored(config()), config(), { manager: 'kubectl', force: false, now: T1 });
      expect(entries(out).map((e) => `${e.operation}:${e.manager}`)).toEqual(['Apply:kubectl', 'Update:before-first-apply']);
    });
  });

  describe('kubectl moving from client-side apply', () => {
    const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';
    function clientSideApplied(): KObject {
      const obj = config();
      obj.metadata.annotations = { [LAST_APPLIED]: JSON.stringify(config()) };
      return recordUpdate(null, stored(obj), { manager: 'kubectl-client-side-apply', now: T0 });
    }

    it('takes over fields that still hold their last-applied value without --force-conflicts', () => {
      const out = serverSideApply(clientSideApplied(), config({ replicas: 4 }), { manager: 'kubectl', force: false, now: T1 });
      expect(out.spec.replicas).toBe(4);
      expect((entryOf(out, 'kubectl')!.fieldsV1['f:spec'] as Record<string, unknown>)['f:replicas']).toEqual({});
    });

    it('still conflicts on a field changed since the last client-side apply', () => {
      const live = clientSideApplied();
      const scaled = recordUpdate(live, { ...live, spec: { ...live.spec, replicas: 9 } }, { manager: 'kubectl-scale', now: T1 });
      expect(conflict(() => serverSideApply(scaled, config({ replicas: 4 }), { manager: 'kubectl', force: false, now: T2 })).message).toBe(
        'Apply failed with 1 conflict: conflict with "kubectl-scale" using apps/v1: .spec.replicas',
      );
    });

    it('does so only for the manager named kubectl', () => {
      conflict(() => serverSideApply(clientSideApplied(), config({ replicas: 4 }), { manager: 'other', force: false, now: T1 }));
    });

    it('rewrites the annotation to the applied configuration, keys sorted as Go writes them', () => {
      const applied = config({ replicas: 4 });
      applied.metadata.annotations = { note: 'a&b' };
      const out = serverSideApply(clientSideApplied(), applied, { manager: 'kubectl', force: false, now: T1 });
      const value = out.metadata.annotations![LAST_APPLIED]!;
      expect(value.endsWith('}\n')).toBe(true);
      expect(value.startsWith('{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"annotations":{"note":"a\\u0026b"},"labels"')).toBe(true);
      expect(JSON.parse(value)).toEqual(applied);
    });

    it('leaves an object without the annotation without it', () => {
      const out = serverSideApply(null, config(), { manager: 'kubectl', force: false, now: T0 });
      expect(out.metadata.annotations).toBeUndefined();
    });
  });

  describe('rejects a configuration', () => {
    const invalid = (applied: unknown, current: KObject | null = null) => {
      try {
        serverSideApply(current, applied as KObject, { manager: 'm', force: false, now: T0 });
      } catch (err) {
        expect((err as CapstanError).code).toBe('INVALID');
        return (err as CapstanError).message;
      }
      throw new Error('accepted');
    };
    it('without a name', () => {
      expect(invalid({ apiVersion: 'v1', kind: 'ConfigMap', metadata: {} })).toBe('metadata.name must be set in an applied configuration');
    });
    it('with managedFields', () => {
      expect(invalid({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', managedFields: [{ manager: 'x' }] } })).toBe('metadata.managedFields must be nil');
    });
    it('with a keyed list item that lacks its key', () => {
      expect(invalid(config({ containers: [{ image: 'x' }] }))).toContain('.spec.template.spec.containers: element 0: associative list with keys has an element that omits key field(s) ["name"]');
    });
    it('with two items of one key', () => {
      expect(invalid(config({ containers: [{ name: 'a' }, { name: 'a' }] }))).toContain('element 1: duplicate entry {"name":"a"}');
    });
  });

  it('changes neither the live object nor the configuration', () => {
    const live = recordUpdate(null, config(), { manager: 'kubectl-client-side-apply', now: T0 });
    const applied = config({ replicas: 4 });
    const liveBefore = structuredClone(live);
    const appliedBefore = structuredClone(applied);
    serverSideApply(live, applied, { manager: 'kubectl', force: true, now: T1 });
    expect(live).toEqual(liveBefore);
    expect(applied).toEqual(appliedBefore);
  });
});

describe('recordUpdate', () => {
  it('records a create as an Update owning every field, the map fields it created marked with "."', () => {
    const out = recordUpdate(null, stored(config()), { manager: 'kubectl-create', now: T0 });
    expect(entries(out)).toEqual([
      {
        manager: 'kubectl-create',
        operation: 'Update',
        apiVersion: 'apps/v1',
        time: '2026-12-06T03:00:00Z',
        fieldsType: 'FieldsV1',
        fieldsV1: {
          'f:metadata': { 'f:labels': { '.': {}, 'f:app': {} } },
          'f:spec': {
            'f:replicas': {},
            'f:selector': {},
            'f:template': {
              'f:metadata': { 'f:labels': { '.': {}, 'f:app': {} } },
              'f:spec': {
                'f:containers': {
                  'k:{"name":"web"}': {
                    '.': {},
                    'f:image': {},
                    'f:name': {},
                    'f:ports': { '.': {}, 'k:{"containerPort":80,"protocol":"TCP"}': { '.': {}, 'f:containerPort': {} } },
                  },
                },
              },
            },
          },
        },
      },
    ]);
  });

  it('takes a changed field away from the applier that owned it', () => {
    const live = serverSideApply(null, config(), { manager: 'kubectl', force: false, now: T0 });
    const scaled = recordUpdate(live, { ...live, spec: { ...live.spec, replicas: 7 } }, { manager: 'kubectl-scale', now: T1 });
    expect(entryOf(scaled, 'kubectl-scale')!.fieldsV1).toEqual({ 'f:spec': { 'f:replicas': {} } });
    expect(entryOf(scaled, 'kubectl')!.fieldsV1['f:spec']).not.toHaveProperty('f:replicas');
    expect(conflict(() => serverSideApply(scaled, config(), { manager: 'kubectl', force: false, now: T2 })).message).toBe(
      'Apply failed with 1 conflict: conflict with "kubectl-scale" using apps/v1: .spec.replicas',
    );
  });

  it('adds to the fields the same manager owned from earlier updates', () => {
    const first = recordUpdate(stored(config()), { ...stored(config()), spec: { ...config().spec, replicas: 3 } }, { manager: 'ctl', now: T0 });
    const second = recordUpdate(first, { ...first, metadata: { ...first.metadata, labels: { app: 'web', x: 'y' } } }, { manager: 'ctl', now: T1 });
    expect(entries(second)).toHaveLength(1);
    expect(entryOf(second, 'ctl')!.fieldsV1).toEqual({ 'f:metadata': { 'f:labels': { 'f:x': {} } }, 'f:spec': { 'f:replicas': {} } });
    expect(entryOf(second, 'ctl')!.time).toBe('2026-12-06T03:05:00Z');
  });

  it('drops a removed field from its owner, and an owner left with nothing', () => {
    const live = recordUpdate(null, stored(config()), { manager: 'a', now: T0 });
    const labelled = recordUpdate(live, { ...live, metadata: { ...live.metadata, labels: { app: 'web', x: 'y' } } }, { manager: 'b', now: T1 });
    const unlabelled = recordUpdate(labelled, { ...labelled, metadata: { ...labelled.metadata, labels: { app: 'web' } } }, { manager: 'c', now: T2 });
    expect(entries(unlabelled).map((e) => e.manager)).toEqual(['a']);
    expect(unlabelled.metadata.labels).toEqual({ app: 'web' });
  });

  it('changes no entry for a write that changes nothing but server-managed metadata', () => {
    const live = recordUpdate(null, stored(config()), { manager: 'a', now: T0 });
    const same = recordUpdate(live, { ...live, metadata: { ...live.metadata, resourceVersion: '8' } }, { manager: 'b', now: T1 });
    expect(entries(same)).toEqual(entries(live));
  });

  describe('with the status subresource', () => {
    const withStatus = (obj: KObject, replicas: number): KObject => ({ ...obj, status: { replicas, conditions: [{ type: 'Available', status: 'True' }] } });

    it('owns no status for a write to the object itself', () => {
      const out = recordUpdate(null, withStatus(stored(config()), 2), { manager: 'kubectl-create', now: T0 });
      expect(entryOf(out, 'kubectl-create')!.fieldsV1).not.toHaveProperty('f:status');
    });

    it('owns only status, in an entry marked with the subresource, for a status write', () => {
      const live = recordUpdate(null, stored(config()), { manager: 'kubectl-create', now: T0 });
      const next = { ...withStatus(live, 2), spec: { ...live.spec, replicas: 5 } };
      const out = recordUpdate(live, next, { manager: 'kube-controller-manager', now: T1, subresource: 'status' });
      expect(entryOf(out, 'kube-controller-manager')).toEqual({
        manager: 'kube-controller-manager',
        operation: 'Update',
        apiVersion: 'apps/v1',
        time: '2026-12-06T03:05:00Z',
        fieldsType: 'FieldsV1',
        fieldsV1: { 'f:status': { 'f:conditions': { '.': {}, 'k:{"type":"Available"}': { '.': {}, 'f:status': {}, 'f:type': {} } }, 'f:replicas': {} } },
        subresource: 'status',
      });
      // the spec change was not this write's: the creator keeps spec.replicas
      expect((entryOf(out, 'kubectl-create')!.fieldsV1['f:spec'] as Record<string, unknown>)['f:replicas']).toEqual({});
    });

    it('names the subresource of a conflicting status writer', () => {
      const applied = withStatus({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' } }, 3);
      const live = recordUpdate(null, withStatus(stored(config()), 2), { manager: 'kcm', now: T0, subresource: 'status' });
      expect(conflict(() => serverSideApply(live, applied, { manager: 'x', force: false, now: T1, subresource: 'status' })).message).toBe(
        'Apply failed with 1 conflict: conflict with "kcm" with subresource "status" using apps/v1: .status.replicas',
      );
    });

    it('applies to the object itself without owning or conflicting on the status in the configuration', () => {
      const live = recordUpdate(null, withStatus(stored(config()), 2), { manager: 'kcm', now: T0, subresource: 'status' });
      const out = serverSideApply(live, withStatus(config(), 9), { manager: 'kubectl', force: false, now: T1 });
      expect(entryOf(out, 'kubectl')!.fieldsV1).not.toHaveProperty('f:status');
      expect(entryOf(out, 'kcm')!.fieldsV1).toHaveProperty('f:status');
    });
  });

  describe('managedFields the write itself carries', () => {
    const live = () => recordUpdate(null, stored(config()), { manager: 'a', now: T0 });
    const withManagedFields = (obj: KObject, managedFields: unknown) => ({ ...obj, metadata: { ...obj.metadata, managedFields } }) as KObject;

    it('are kept when the write leaves them out, as kubectl replace does', () => {
      const previous = live();
      const out = recordUpdate(previous, stored(config({ replicas: 3 })), { manager: 'b', now: T1 });
      expect(entries(out).map((e) => e.manager)).toEqual(['a', 'b']);
    });

    it('replace the stored ones when the write sets them', () => {
      const previous = live();
      const given = [{ manager: 'z', operation: 'Update', apiVersion: 'apps/v1', time: '2026-01-01T00:00:00Z', fieldsType: 'FieldsV1', fieldsV1: { 'f:spec': { 'f:paused': {} } } }];
      const out = recordUpdate(previous, withManagedFields(previous, given), { manager: 'b', now: T1 });
      expect(entries(out)).toEqual(given);
    });

    it('are cleared by [{}]', () => {
      const previous = live();
      const out = recordUpdate(previous, withManagedFields(previous, [{}]), { manager: 'b', now: T1 });
      expect(entries(out)).toEqual([]);
    });

    it('are ignored in a status write', () => {
      const previous = live();
      const out = recordUpdate(previous, withManagedFields(previous, [{}]), { manager: 'b', now: T1, subresource: 'status' });
      expect(entries(out)).toEqual(entries(previous));
    });
  });

  it('lists Apply entries before Update entries', () => {
    const live = recordUpdate(null, stored(config()), { manager: 'zz-update', now: T0 });
    const out = serverSideApply(live, { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', annotations: { a: 'b' } } }, { manager: 'applier', force: false, now: T1 });
    expect(entries(out).map((e) => `${e.operation}:${e.manager}`)).toEqual(['Apply:applier', 'Update:zz-update']);
  });
});
