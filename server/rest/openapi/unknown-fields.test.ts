import { describe, expect, it } from 'vitest';
import { fieldValidationOutcome, unknownFields } from './unknown-fields.ts';

const pod = (container: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'web', labels: { 'any-key': 'x' }, annotations: { a: 'b' } },
  spec: { containers: [{ name: 'web', image: 'nginx', ...container }], ...extra },
});

describe('unknownFields', () => {
  it('finds nothing in a pod that uses only declared fields, maps included', () => {
    const obj = pod(
      { ports: [{ containerPort: 80 }], resources: { limits: { cpu: '1' } }, env: [{ name: 'A', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }] },
      { nodeSelector: { disk: 'ssd' }, initContainers: [{ name: 'proxy', image: 'envoy', restartPolicy: 'Always' }] },
    );
    expect(unknownFields('v1', 'Pod', obj)).toEqual([]);
  });

  it('names each unknown field by its path, through lists and references', () => {
    const obj = pod({ bogus: 1, ports: [{ containerPort: 80, nmae: 'http' }] }, { extra: true });
    expect(unknownFields('v1', 'Pod', obj)).toEqual(['spec.containers[0].bogus', 'spec.containers[0].ports[0].nmae', 'spec.extra']);
    expect(unknownFields('v1', 'Pod', { ...pod({}), metadata: { name: 'web', lables: {} } })).toEqual(['metadata.lables']);
  });

  it('reads the kinds of named groups', () => {
    const deployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: { replicas: 2, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx', imagePolicy: 'x' }] } } },
    };
    expect(unknownFields('apps/v1', 'Deployment', deployment)).toEqual(['spec.template.spec.containers[0].imagePolicy']);
  });

  it('knows nothing of a kind Kubernetes has no definition for', () => {
    expect(unknownFields('example.com/v1', 'Widget', { spec: { anything: 1 } })).toEqual([]);
  });
});

describe('fieldValidationOutcome', () => {
  const bad = pod({ bogus: 1 }, { extra: true });

  it('refuses unknown fields under Strict with kube-apiserver words', () => {
    expect(fieldValidationOutcome('Strict', 'v1', 'Pod', bad)).toEqual({
      warnings: [],
      error: 'Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].bogus", unknown field "spec.extra"',
    });
    expect(fieldValidationOutcome('Strict', 'v1', 'Pod', pod({}))).toEqual({ warnings: [] });
  });

  it('warns under Warn and says nothing under Ignore', () => {
    expect(fieldValidationOutcome('Warn', 'v1', 'Pod', bad)).toEqual({ warnings: ['unknown field "spec.containers[0].bogus"', 'unknown field "spec.extra"'] });
    expect(fieldValidationOutcome('Ignore', 'v1', 'Pod', bad)).toEqual({ warnings: [] });
  });
});
