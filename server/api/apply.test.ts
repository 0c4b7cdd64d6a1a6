import { describe, expect, it } from 'vitest';
import { CapstanError } from '../errors.ts';
import { LAST_APPLIED, parseManifests, threeWayPatch } from './apply.ts';

function invalidOf(fn: () => unknown): CapstanError {
  try {
    fn();
  } catch (err) {
    if (err instanceof CapstanError) return err;
    throw err;
  }
  throw new Error('expected a CapstanError');
}

describe('threeWayPatch', () => {
  it('sets what the manifest changes and leaves fields nobody applied alone', () => {
    const current = { spec: { replicas: 1, clusterIP: '127.32.0.9' }, status: { ready: 1 } };
    expect(threeWayPatch({ spec: { replicas: 1 } }, current, { spec: { replicas: 3 } })).toEqual({ spec: { replicas: 3 } });
  });

  it('removes what the previous apply set and this one no longer does', () => {
    const last = { metadata: { labels: { app: 'web', team: 'blue' } } };
    const current = { metadata: { labels: { app: 'web', team: 'blue', added: 'by-controller' } } };
    expect(threeWayPatch(last, current, { metadata: { labels: { app: 'web' } } })).toEqual({ metadata: { labels: { team: null } } });
  });

  it('replaces plain lists whole and returns an empty patch when nothing differs', () => {
    const current = { spec: { args: ['a', 'b'] } };
    expect(threeWayPatch(undefined, current, { spec: { args: ['a'] } })).toEqual({ spec: { args: ['a'] } });
    expect(threeWayPatch(current, current, current)).toEqual({});
  });

  it('keeps an allocated nodePort and defaults of a Service port when the same ports are applied again', () => {
    const last = { spec: { ports: [{ port: 80, targetPort: 8080 }] } };
    const current = { spec: { ports: [{ port: 80, targetPort: 8080, protocol: 'TCP', nodePort: 31418 }] } };
    expect(threeWayPatch(last, current, { spec: { ports: [{ port: 80, targetPort: 8080 }] } })).toEqual({});
    expect(threeWayPatch(last, current, { spec: { ports: [{ port: 80, targetPort: 9090 }] } })).toEqual({
      spec: { ports: [{ port: 80, targetPort: 9090, protocol: 'TCP', nodePort: 31418 }] },
    });
  });

  it('merges containers by name: a changed image keeps the server defaults, a dropped field is removed, a dropped container goes', () => {
    const last = { containers: [{ name: 'web', image: 'a', args: ['x'] }, { name: 'side', image: 's' }] };
    const current = { containers: [{ name: 'web', image: 'a', args: ['x'], imagePullPolicy: 'IfNotPresent' }, { name: 'side', image: 's', imagePullPolicy: 'IfNotPresent' }] };
    expect(threeWayPatch(last, current, { containers: [{ name: 'web', image: 'b' }] })).toEqual({
      containers: [{ name: 'web', image: 'b', imagePullPolicy: 'IfNotPresent' }],
    });
  });
  it('keeps list elements the server added that no apply named, such as the service-account volume and its mounts', () => {
    const sa = { name: 'kube-api-access-x7k2p', projected: { sources: [] } };
    const saMount = { name: 'kube-api-access-x7k2p', readOnly: true, mountPath: '/var/run/secrets/kubernetes.io/serviceaccount' };
    const applied = { spec: { volumes: [{ name: 'data', emptyDir: {} }], containers: [{ name: 'web', volumeMounts: [{ name: 'data', mountPath: '/data' }] }] } };
    const current = { spec: { volumes: [{ name: 'data', emptyDir: {} }, sa], containers: [{ name: 'web', volumeMounts: [{ name: 'data', mountPath: '/data' }, saMount] }] } };
    expect(threeWayPatch(applied, current, applied)).toEqual({});
    expect(threeWayPatch(undefined, current, applied)).toEqual({});
    // What the previous apply had and this one drops still goes.
    const fewer = { spec: { ...applied.spec, volumes: [{ name: 'other', emptyDir: {} }] } };
    expect(threeWayPatch(applied, current, fewer)).toEqual({ spec: { volumes: [{ name: 'other', emptyDir: {} }, sa] } });
  });
});

describe('parseManifests', () => {
  it('reads YAML 1.1 as Kubernetes does: octal modes and yes/no booleans, dates kept as strings', () => {
    const [m] = parseManifests('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  annotations:\n    when: 2001-12-14\ndata:\n  a: "1"\nimmutable: yes\nx: 0644\n', undefined);
    expect(m!.object).toMatchObject({ immutable: true, x: 420, metadata: { namespace: 'default', annotations: { when: '2001-12-14' } } });
  });

  it('records the applied document in the last-applied annotation, without the annotation itself', () => {
    const [m] = parseManifests('apiVersion: v1\nkind: Node\nmetadata:\n  name: n1\n  namespace: ignored\n', undefined);
    expect(m!.namespace).toBeUndefined();
    expect(JSON.parse(m!.object.metadata.annotations![LAST_APPLIED]!)).toEqual({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'n1' } });
  });

  it('names the document and the line of malformed YAML', () => {
    const e = invalidOf(() => parseManifests('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\nkind: [\n', undefined));
    expect(e.code).toBe('INVALID');
    expect(e.message).toMatch(/^document 2 \(line 4\): malformed YAML at line \d+, column \d+: /);
    expect(e.field).toBe('manifests[1]');
  });

  it('refuses a namespace that contradicts the request, generateName, and the same object twice', () => {
    const doc = (ns: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  namespace: ${ns}\n`;
    expect(invalidOf(() => parseManifests(doc('one'), 'two')).field).toBe('manifests[0].metadata.namespace');
    expect(invalidOf(() => parseManifests('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  generateName: a-\n', undefined)).field).toBe('manifests[0].metadata.name');
    expect(invalidOf(() => parseManifests(`${doc('x')}---\n${doc('x')}`, undefined)).message).toContain('the same object as document 1');
  });

  it('refuses annotations or labels given as a list, naming the field, rather than dropping them', () => {
    for (const field of ['annotations', 'labels']) {
      const e = invalidOf(() => parseManifests(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  ${field}:\n  - team=web\n`, undefined));
      expect(e.code).toBe('INVALID');
      expect(e.field).toBe(`manifests[0].metadata.${field}`);
      expect(e.message).toContain(`metadata.${field} must be a map of key: value, not a list`);
    }
  });

  it('reports every invalid document in one error', () => {
    const e = invalidOf(() => parseManifests('kind: Gizmo\n---\nkind: ConfigMap\n', undefined));
    expect(e.fields.map((f) => f.field)).toEqual(['manifests[0].kind', 'manifests[1].apiVersion']);
  });
});
