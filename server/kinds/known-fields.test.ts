import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CapstanError } from '../errors.ts';
import { knownFieldErrors, schemaNameFor } from './known-fields.ts';
import { KINDS, validateObject } from './registry.ts';
import type { KObject } from './types.ts';

const fullPod = (): any => parse(readFileSync(new URL('../../test/fixtures/full-pod.yaml', import.meta.url), 'utf8'), { version: '1.1' });
const fields = (apiVersion: string, kind: string, obj: unknown) => knownFieldErrors(apiVersion, kind, obj).map((e) => `${e.field}: ${e.message}`);

function invalidFields(obj: any): string[] {
  const def = KINDS[obj.kind as keyof typeof KINDS];
  def.applyDefaults(obj);
  try {
    validateObject(def, obj);
  } catch (err) {
    if (err instanceof CapstanError && err.code === 'INVALID') return err.fields.map((f) => `${f.field}: ${f.message}`);
    throw err;
  }
  return [];
}

describe('knownFieldErrors', () => {
  it('names a misspelt container field by its path, as kubectl --validate=strict does', () => {
    const pod = fullPod();
    pod.spec.containers[0].imagePullPolcy = 'Always';
    expect(fields('v1', 'Pod', pod)).toEqual(['spec.containers[0].imagePullPolcy: unknown field']);
  });

  it('finds unknown fields at the top, in metadata, in status, in maps of objects and deep in lists', () => {
    const pod = fullPod();
    pod.spce = {};
    pod.metadata.nmae = 'x';
    pod.status = { phase: 'Pending', bogus: 1 };
    pod.spec.volumes[6].projected.sources[0].serviceAccountToken.audiense = 'vault';
    pod.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].value = 'x';
    expect(fields('v1', 'Pod', pod).sort()).toEqual([
      'metadata.nmae: unknown field',
      'spce: unknown field',
      'spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].value: unknown field',
      'spec.volumes[6].projected.sources[0].serviceAccountToken.audiense: unknown field',
      'status.bogus: unknown field',
    ]);
  });

  it('accepts every field of a Pod that sets every PodSpec and Container field', () => {
    expect(fields('v1', 'Pod', fullPod())).toEqual([]);
    expect(invalidFields(fullPod())).toEqual([]);
  });

  it('takes any key in maps (labels, annotations, resources) but a map must be an object', () => {
    const pod = fullPod();
    pod.metadata.labels = { 'anything.example.com/goes': 'yes' };
    expect(fields('v1', 'Pod', pod)).toEqual([]);
    pod.metadata.annotations = ['a', 'b'];
    expect(fields('v1', 'Pod', pod)).toEqual(['metadata.annotations: Invalid value: ["a","b"]: must be a map (an object of key: value), not a list']);
  });

  it('takes int-or-string and quantities as strings or numbers, and nothing else', () => {
    const pod = fullPod();
    pod.spec.containers[0].readinessProbe.tcpSocket.port = 'http';
    pod.spec.containers[0].resources.limits.cpu = 1;
    expect(fields('v1', 'Pod', pod)).toEqual([]);
    pod.spec.containers[0].readinessProbe.tcpSocket.port = { port: 80 };
    pod.spec.containers[0].resources.limits.cpu = [1];
    expect(fields('v1', 'Pod', pod)).toEqual([
      'spec.containers[0].resources.limits[cpu]: Invalid value: [1]: must be a quantity (a string or a number), not a list',
      'spec.containers[0].readinessProbe.tcpSocket.port: Invalid value: {"port":80}: must be an integer or a string, not a object',
    ]);
  });

  it('refuses a list where an object belongs and an object where a scalar belongs', () => {
    const pod = fullPod();
    pod.spec.securityContext = [];
    pod.spec.hostname = { a: 1 };
    expect(fields('v1', 'Pod', pod)).toEqual([
      'spec.hostname: Invalid value: {"a":1}: must be a string, not a object',
      'spec.securityContext: Invalid value: []: must be an object, not a list',
    ]);
  });

  it('accepts anything below x-kubernetes-preserve-unknown-fields and schemas that declare nothing', () => {
    const event = { apiVersion: 'v1', kind: 'Event', metadata: { name: 'e', namespace: 'default', managedFields: [{ fieldsV1: { 'f:anything': {} } }] } };
    expect(fields('v1', 'Event', event)).toEqual([]);
  });

  it('spells the path of a wrong value below a map key and a list index, and finds it again on the next object of the kind', () => {
    const pod = fullPod();
    pod.spec.containers[1] = {
      name: 'side',
      image: 'busybox',
      env: [{ name: 'A', valueFrom: { secretKeyRef: { name: 's', key: 'k', bogus: true } } }],
      resources: { requests: { memory: { gi: 1 } } },
    };
    const expected = [
      'spec.containers[1].env[0].valueFrom.secretKeyRef.bogus: unknown field',
      'spec.containers[1].resources.requests[memory]: Invalid value: {"gi":1}: must be a quantity (a string or a number), not a object',
    ];
    expect(fields('v1', 'Pod', pod).sort()).toEqual(expected);
    expect(fields('v1', 'Pod', fullPod())).toEqual([]);
    expect(fields('v1', 'Pod', pod).sort()).toEqual(expected);
  });

  it('has a schema for every kind Capstan serves', () => {
    expect(Object.values(KINDS).filter((d) => !schemaNameFor(d.apiVersion, d.kind)).map((d) => d.kind)).toEqual([]);
  });
});

describe('validateObject with strict fields', () => {
  it('refuses an unknown field of every kind with INVALID naming its path', () => {
    for (const def of Object.values(KINDS)) {
      const obj: KObject = { apiVersion: def.apiVersion, kind: def.kind, metadata: { name: 'x', ...(def.namespaced ? { namespace: 'default' } : {}) }, surprise: true };
      expect(invalidFields(obj), def.kind).toContain('surprise: unknown field');
    }
  });

  it('refuses a Deployment whose pod template has a misspelt container field', () => {
    const deployment: any = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', namespace: 'default' },
      spec: {
        selector: { matchLabels: { app: 'web' } },
        template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx', imagePullPolcy: 'Always' }] } },
      },
    };
    expect(invalidFields(deployment)).toEqual(['spec.template.spec.containers[0].imagePullPolcy: unknown field']);
    delete deployment.spec.template.spec.containers[0].imagePullPolcy;
    // A known field Kubernetes still refuses in a template.
    deployment.spec.template.spec.ephemeralContainers = [{ name: 'debug', image: 'busybox' }];
    expect(invalidFields(deployment)).toEqual(['spec.template.spec.ephemeralContainers: Forbidden: ephemeral containers not allowed in pod template']);
  });

  it('reports a list of annotations or labels once, naming the field', () => {
    const pod = fullPod();
    pod.metadata.annotations = ['a'];
    pod.metadata.labels = ['b'];
    const problems = invalidFields(pod);
    expect(problems.filter((p) => p.startsWith('metadata.annotations'))).toHaveLength(1);
    expect(problems.filter((p) => p.startsWith('metadata.labels'))).toHaveLength(1);
  });
});
