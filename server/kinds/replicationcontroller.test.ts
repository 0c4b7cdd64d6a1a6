import { describe, expect, it } from 'vitest';
import { replicationController, replicationControllerSelector } from './replicationcontroller.ts';
import type { KObject } from './types.ts';

function makeRC(spec: Record<string, any> = {}, labels?: Record<string, string>): KObject {
  return {
    apiVersion: 'v1',
    kind: 'ReplicationController',
    metadata: { name: 'web', namespace: 'default', ...(labels ? { labels } : {}) },
    spec: { template: { metadata: { labels: { app: 'web', tier: 'front' } }, spec: { containers: [{ name: 'web', image: 'nginx' }] } }, ...spec },
  };
}

function problems(obj: KObject): string[] {
  replicationController.applyDefaults(obj);
  return replicationController.validate(obj).map((e) => `${e.field}: ${e.message}`);
}

describe('replicationController', () => {
  it('defaults the selector and the labels to the template labels, replicas to 1', () => {
    const rc = makeRC();
    expect(problems(rc)).toEqual([]);
    expect(rc.spec.selector).toEqual({ app: 'web', tier: 'front' });
    expect(rc.metadata.labels).toEqual({ app: 'web', tier: 'front' });
    expect(rc.spec.replicas).toBe(1);
    expect(rc.spec.minReadySeconds).toBe(0);
    expect(rc.spec.template.spec.restartPolicy).toBe('Always');
  });

  it('keeps a selector and labels that are given', () => {
    const rc = makeRC({ selector: { app: 'web' } }, { team: 'a' });
    expect(problems(rc)).toEqual([]);
    expect(rc.spec.selector).toEqual({ app: 'web' });
    expect(rc.metadata.labels).toEqual({ team: 'a' });
  });

  it.each([
    ['a selector that misses the template', { selector: { app: 'db' } }, 'spec.template.metadata.labels: Invalid value'],
    ['a selector value that is not a label value', { selector: { app: 'web!' } }, 'spec.selector[app]: Invalid value: "web!"'],
    ['negative replicas', { replicas: -1 }, 'spec.replicas: Invalid value: -1'],
    ['a restart policy other than Always', { template: { metadata: { labels: { app: 'web' } }, spec: { restartPolicy: 'Never', containers: [{ name: 'w', image: 'i' }] } } }, 'spec.template.spec.restartPolicy: Unsupported value: "Never"'],
    ['no template', { template: undefined, selector: { app: 'web' } }, 'spec.template: Required value'],
    ['no selector and no template labels', { template: { spec: { containers: [{ name: 'w', image: 'i' }] } } }, 'spec.selector: Invalid value: {}: empty selector is invalid for replicationcontroller'],
  ])('rejects %s', (_name, spec, expected) => {
    const found = problems(makeRC(spec));
    expect(found.some((p) => p.includes(expected)), `${expected}\nnot in\n${found.join('\n')}`).toBe(true);
  });

  it('selects by equality on every selector label, and nothing without a selector', () => {
    const rc = makeRC({ selector: { app: 'web', tier: 'front' } });
    const selector = replicationControllerSelector(rc);
    expect(selector.matches({ app: 'web', tier: 'front', x: 'y' })).toBe(true);
    expect(selector.matches({ app: 'web' })).toBe(false);
    expect(replicationControllerSelector(makeRC({ selector: {} })).matches({ app: 'web' })).toBe(false);
  });
});
