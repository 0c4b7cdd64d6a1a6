import { describe, expect, it } from 'vitest';
import type { FieldError } from '../errors.ts';
import { pod, podQOSClass, podRequests } from './pod.ts';
import type { KObject } from './types.ts';

function makePod(spec: Record<string, any> = {}, status?: Record<string, any>): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'web', namespace: 'default' },
    spec: { containers: [{ name: 'web', image: 'nginx:1.25' }], ...spec },
    ...(status ? { status } : {}),
  };
}

/** Defaults then validation, as the API server runs them. */
function problems(obj: KObject, old?: KObject): string[] {
  pod.applyDefaults(obj);
  if (old) pod.applyDefaults(old);
  return pod.validate(obj, old).map((e: FieldError) => `${e.field}: ${e.message}`);
}

function container(fields: Record<string, any>): Record<string, any> {
  return { name: 'web', image: 'nginx:1.25', ...fields };
}

describe('pod', () => {
  describe('applyDefaults', () => {
    it('fills the pod-level defaults of Kubernetes', () => {
      const p = makePod();
      pod.applyDefaults(p);
      expect(p.spec).toMatchObject({
        restartPolicy: 'Always',
        terminationGracePeriodSeconds: 30,
        dnsPolicy: 'ClusterFirst',
        schedulerName: 'default-scheduler',
        serviceAccountName: 'default',
        hostNetwork: false,
        enableServiceLinks: true,
      });
      expect(p.status).toEqual({ phase: 'Pending', qosClass: 'BestEffort' });
    });

    it('keeps a status that is already there and is idempotent', () => {
      const p = makePod({}, { phase: 'Running', podIP: '127.64.0.5' });
      pod.applyDefaults(p);
      const once = structuredClone(p);
      pod.applyDefaults(p);
      expect(p).toEqual(once);
      expect(p.status).toEqual({ phase: 'Running', podIP: '127.64.0.5' });
    });
  });

  describe('validate', () => {
    it('validates the spec with pod paths', () => {
      expect(problems(makePod({ containers: [{ name: 'web' }] }))).toEqual(['spec.containers[0].image: Required value']);
    });

    it('checks the status phase', () => {
      expect(problems(makePod({}, { phase: 'Done' }))).toEqual([
        'status.phase: Unsupported value: "Done": supported values: "Pending", "Running", "Succeeded", "Failed", "Unknown"',
      ]);
    });

    it('wants a spec', () => {
      const p = makePod();
      delete p.spec;
      expect(problems(p)).toEqual(['spec: Required value']);
    });
  });

  describe('validate on update', () => {
    function update(change: (spec: any) => void, before: Record<string, any> = {}): string[] {
      const old = makePod(before);
      pod.applyDefaults(old);
      const next = structuredClone(old);
      change(next.spec);
      return problems(next, old);
    }

    it('forbids changing anything but the few mutable fields', () => {
      const found = update((s) => (s.containers[0].command = ['sh']));
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(/^spec: Forbidden: pod updates may not change fields other than `spec.containers\[\*\].image`/);
      expect(found[0]).toContain('(changed: spec.containers[0].command)');
    });

    it('allows changing images', () => {
      expect(update((s) => (s.containers[0].image = 'nginx:1.26'))).toEqual([]);
    });

    it('allows binding an unbound pod, once', () => {
      expect(update((s) => (s.nodeName = 'n1'))).toEqual([]);
      expect(update((s) => (s.nodeName = 'n2'), { nodeName: 'n1' })[0]).toContain('spec: Forbidden');
    });

    it('allows adding tolerations but not removing them', () => {
      const base = { tolerations: [{ key: 'a', operator: 'Exists' }] };
      expect(update((s) => s.tolerations.push({ key: 'b', operator: 'Exists' }), base)).toEqual([]);
      expect(update((s) => (s.tolerations = []), base)).toEqual([
        'spec.tolerations: Forbidden: existing toleration can not be modified except its tolerationSeconds',
      ]);
    });

    it('allows setting or shortening activeDeadlineSeconds only', () => {
      expect(update((s) => (s.activeDeadlineSeconds = 60))).toEqual([]);
      expect(update((s) => (s.activeDeadlineSeconds = 30), { activeDeadlineSeconds: 60 })).toEqual([]);
      expect(update((s) => (s.activeDeadlineSeconds = 90), { activeDeadlineSeconds: 60 })).toEqual([
        'spec.activeDeadlineSeconds: Invalid value: 90: must be less than or equal to previous value',
      ]);
      expect(update((s) => delete s.activeDeadlineSeconds, { activeDeadlineSeconds: 60 })[0]).toContain('must not update from a positive integer to nil value');
    });

    it('lets status change freely', () => {
      const old = makePod();
      pod.applyDefaults(old);
      const next = structuredClone(old);
      next.status = { phase: 'Running', podIP: '127.64.0.9', conditions: [{ type: 'Ready', status: 'True' }] };
      expect(problems(next, old)).toEqual([]);
    });
  });

  describe('fieldSelectors', () => {
    it('reads the fields Kubernetes supports', () => {
      const p = makePod({ nodeName: 'n1' }, { phase: 'Running', podIP: '127.64.0.2' });
      pod.applyDefaults(p);
      const read = (f: string) => pod.fieldSelectors[f]!(p);
      expect([read('spec.nodeName'), read('status.phase'), read('status.podIP'), read('spec.restartPolicy'), read('spec.hostNetwork')]).toEqual([
        'n1',
        'Running',
        '127.64.0.2',
        'Always',
        'false',
      ]);
      expect(read('metadata.namespace')).toBe('default');
    });
  });
});

describe('podRequests', () => {
  it('sums the containers', () => {
    const p = makePod({
      containers: [container({ resources: { requests: { cpu: '250m', memory: '64Mi' } } }), container({ name: 'b', resources: { requests: { cpu: '0.5', memory: '1G' } } })],
    });
    expect(podRequests(p)).toEqual({ cpuMillis: 750n, memoryBytes: 67_108_864n + 1_000_000_000n });
  });

  it('takes the largest init container when it asks for more, per resource', () => {
    const p = makePod({
      initContainers: [container({ name: 'i1', resources: { requests: { cpu: '2' } } }), container({ name: 'i2', resources: { requests: { memory: '10Mi' } } })],
      containers: [container({ resources: { requests: { cpu: '500m', memory: '1Gi' } } })],
    });
    expect(podRequests(p)).toEqual({ cpuMillis: 2000n, memoryBytes: 1_073_741_824n });
  });

  it('counts limits as requests when requests are missing, as defaulting would', () => {
    expect(podRequests(makePod({ containers: [container({ resources: { limits: { cpu: '1', memory: '1Mi' } } })] }))).toEqual({
      cpuMillis: 1000n,
      memoryBytes: 1_048_576n,
    });
  });

  it('is zero for pods that ask for nothing', () => {
    expect(podRequests(makePod())).toEqual({ cpuMillis: 0n, memoryBytes: 0n });
  });
});

describe('podQOSClass', () => {
  it.each([
    [{}, 'BestEffort'],
    [{ requests: { cpu: '100m' } }, 'Burstable'],
    [{ limits: { cpu: '1', memory: '1Gi' } }, 'Guaranteed'],
    [{ limits: { cpu: '1', memory: '1Gi' }, requests: { cpu: '500m', memory: '1Gi' } }, 'Burstable'],
    [{ limits: { cpu: '1' } }, 'Burstable'],
  ])('classes resources %j as %s', (resources, qos) => {
    expect(podQOSClass(makePod({ containers: [container({ resources })] }))).toBe(qos);
  });
});

describe('Pod scheduling gates', () => {
  it('gives a gated pod PodScheduled=False with reason SchedulingGated on create', () => {
    const p = makePod({ schedulingGates: [{ name: 'example.com/quota' }] });
    pod.applyDefaults(p);
    expect(p.status.conditions).toEqual([expect.objectContaining({ type: 'PodScheduled', status: 'False', reason: 'SchedulingGated' })]);
    const plain = makePod();
    pod.applyDefaults(plain);
    expect(plain.status.conditions).toBeUndefined();
  });

  it('refuses duplicate or malformed gates and a nodeName set with gates on create', () => {
    expect(problems(makePod({ schedulingGates: [{ name: 'a' }, { name: 'a' }, { name: 'not valid!' }], nodeName: 'n1' }))).toEqual([
      'spec.nodeName: Forbidden: cannot be set until all schedulingGates have been cleared',
      'spec.schedulingGates[1].name: Duplicate value: "a"',
      expect.stringMatching(/^spec\.schedulingGates\[2\]\.name: Invalid value: "not valid!": /),
    ]);
  });

  it('refuses ephemeral containers on create, as Kubernetes does', () => {
    expect(problems(makePod({ ephemeralContainers: [{ name: 'debug', image: 'busybox', targetContainerName: 'web' }] }))).toEqual([
      'spec.ephemeralContainers: Forbidden: cannot be set on create',
    ]);
  });

  it('lets an update remove gates but not add one', () => {
    const old = makePod({ schedulingGates: [{ name: 'a' }, { name: 'b' }] });
    expect(problems(makePod({ schedulingGates: [{ name: 'b' }] }), old)).toEqual([]);
    expect(problems(makePod({}), structuredClone(old))).toEqual([]);
    expect(problems(makePod({ schedulingGates: [{ name: 'a' }, { name: 'b' }, { name: 'c' }] }), structuredClone(old))).toEqual([
      "spec.schedulingGates: Forbidden: only deletion is allowed, but found new scheduling gate 'c'",
    ]);
  });
});
