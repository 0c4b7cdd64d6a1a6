import { describe, expect, it } from 'vitest';
import { daemonSet } from './daemonset.ts';
import type { KObject } from './types.ts';

function makeDS(spec: Record<string, any> = {}): KObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name: 'agent', namespace: 'default' },
    spec: { selector: { matchLabels: { app: 'agent' } }, template: { metadata: { labels: { app: 'agent' } }, spec: { containers: [{ name: 'a', image: 'busybox' }] } }, ...spec },
  };
}

function problems(obj: KObject, old?: KObject): string[] {
  daemonSet.applyDefaults(obj);
  if (old) daemonSet.applyDefaults(old);
  return daemonSet.validate(obj, old).map((e) => `${e.field}: ${e.message}`);
}

describe('daemonSet', () => {
  it('defaults to RollingUpdate with maxUnavailable 1 and maxSurge 0, revisionHistoryLimit 10', () => {
    const ds = makeDS();
    expect(problems(ds)).toEqual([]);
    expect(ds.spec.updateStrategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } });
    expect(ds.spec.revisionHistoryLimit).toBe(10);
    expect(ds.spec.minReadySeconds).toBe(0);
  });

  it('accepts OnDelete without rollingUpdate, and a surge instead of unavailability', () => {
    expect(problems(makeDS({ updateStrategy: { type: 'OnDelete' } }))).toEqual([]);
    expect(problems(makeDS({ updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: '50%' } } }))).toEqual([]);
  });

  it.each([
    ['an unknown strategy', { updateStrategy: { type: 'Recreate' } }, 'spec.updateStrategy.type: Unsupported value: "Recreate"'],
    ['rollingUpdate with OnDelete', { updateStrategy: { type: 'OnDelete', rollingUpdate: { maxUnavailable: 1 } } }, 'spec.updateStrategy.rollingUpdate: Forbidden'],
    ['both 0', { updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 0 } } }, 'may not be 0 when `maxSurge` is 0'],
    ['over 100%', { updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '150%' } } }, 'must not be greater than 100%'],
    ['a bad percentage', { updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 'x%' } } }, 'spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value: "x%"'],
    ['a missing selector', { selector: null }, 'spec.selector: Required value'],
    ['a restart policy other than Always', { template: { metadata: { labels: { app: 'agent' } }, spec: { restartPolicy: 'OnFailure', containers: [{ name: 'a', image: 'b' }] } } }, 'Unsupported value: "OnFailure"'],
  ])('rejects %s', (_name, spec, expected) => {
    const found = problems(makeDS(spec));
    expect(found.some((p) => p.includes(expected)), `${expected}\nnot in\n${found.join('\n')}`).toBe(true);
  });

  it('keeps the selector immutable', () => {
    const old = makeDS();
    const changed = makeDS({ selector: { matchLabels: { app: 'agent', v: '2' } }, template: { metadata: { labels: { app: 'agent', v: '2' } }, spec: { containers: [{ name: 'a', image: 'b' }] } } });
    expect(problems(changed, old)).toContain('spec.selector: Invalid value: {"matchLabels":{"app":"agent","v":"2"}}: field is immutable');
  });
});
