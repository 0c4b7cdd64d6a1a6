import { describe, expect, it } from 'vitest';
import { replicaSet } from './replicaset.ts';
import type { KObject } from './types.ts';

function makeReplicaSet(spec: Record<string, any> = {}): KObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name: 'web-5d8f', namespace: 'default' },
    spec: {
      selector: { matchExpressions: [{ key: 'app', operator: 'In', values: ['web'] }] },
      template: { metadata: { labels: { app: 'web', 'pod-template-hash': '5d8f' } }, spec: { containers: [{ name: 'web', image: 'nginx' }] } },
      ...spec,
    },
  };
}

function problems(obj: KObject, old?: KObject): string[] {
  replicaSet.applyDefaults(obj);
  if (old) replicaSet.applyDefaults(old);
  return replicaSet.validate(obj, old).map((e) => `${e.field}: ${e.message}`);
}

describe('replicaSet', () => {
  it('defaults replicas to 1 and minReadySeconds to 0', () => {
    const rs = makeReplicaSet();
    replicaSet.applyDefaults(rs);
    expect(rs.spec.replicas).toBe(1);
    expect(rs.spec.minReadySeconds).toBe(0);
    expect(rs.spec.template.spec.restartPolicy).toBe('Always');
  });

  it('keeps zero replicas', () => {
    const rs = makeReplicaSet({ replicas: 0 });
    expect(problems(rs)).toEqual([]);
    expect(rs.spec.replicas).toBe(0);
  });

  it('accepts set-based selectors that match the template', () => {
    expect(problems(makeReplicaSet())).toEqual([]);
  });

  it.each([
    ['negative replicas', { replicas: -1 }, 'spec.replicas: Invalid value: -1: must be greater than or equal to 0'],
    ['fractional replicas', { replicas: 1.5 }, 'spec.replicas: Invalid value: 1.5: must be an integer'],
    ['negative minReadySeconds', { minReadySeconds: -1 }, 'spec.minReadySeconds: Invalid value: -1'],
    ['a missing selector', { selector: null }, 'spec.selector: Required value'],
    ['an empty selector', { selector: { matchLabels: {} } }, 'empty selector is invalid for replicaset'],
    ['a selector that misses the template', { selector: { matchLabels: { app: 'db' } } }, '`selector` does not match template `labels`'],
    ['In without values', { selector: { matchExpressions: [{ key: 'app', operator: 'In' }] } }, "spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'"],
    ['template labels that are not labels', { template: { metadata: { labels: { app: 'web!' } }, spec: { containers: [{ name: 'a', image: 'b' }] } } }, 'spec.template.metadata.labels[app]: Invalid value: "web!"'],
  ])('rejects %s', (_name, spec, expected) => {
    const found = problems(makeReplicaSet(spec));
    expect(found.some((p) => p.includes(expected)), `${expected}\nnot in\n${found.join('\n')}`).toBe(true);
  });

  it('reads status.replicas for field selectors, 0 when unset', () => {
    expect(replicaSet.fieldSelectors['status.replicas']!(makeReplicaSet())).toBe('0');
    expect(replicaSet.fieldSelectors['status.replicas']!({ ...makeReplicaSet(), status: { replicas: 2 } })).toBe('2');
  });

  it('checks that no more replicas are available than ready', () => {
    const rs = makeReplicaSet();
    rs.status = { replicas: 3, readyReplicas: 1, availableReplicas: 2 };
    expect(problems(rs)).toEqual(['status.availableReplicas: Invalid value: 2: cannot be greater than readyReplicas']);
  });
});
