import { describe, expect, it } from 'vitest';
import type { AgentPodFragment } from '../api/generated/operations.ts';
import { namedFromApi, podFromApi } from './pod-types.ts';

const apiPod = (metadata: Record<string, unknown>, spec: unknown = { containers: [{ name: 'c', image: 'busybox' }] }) =>
  ({ metadata: { annotations: null, labels: null, ...metadata }, spec, status: null }) as unknown as AgentPodFragment;

describe('podFromApi', () => {
  it('drops the null fields of a pod the API answered with', () => {
    const pod = podFromApi(apiPod({ name: 'web', namespace: 'default', uid: 'u1' }));
    expect(pod.metadata).toEqual({ name: 'web', namespace: 'default', uid: 'u1' });
    expect('status' in pod).toBe(false);
  });

  it('refuses a pod without what every stored pod has, naming what is missing', () => {
    expect(() => podFromApi(apiPod({ name: 'web', namespace: null, uid: null }))).toThrow('the API answered with a pod without namespace, uid');
    expect(() => podFromApi(apiPod({ name: 'web', namespace: 'default', uid: 'u1' }, null))).toThrow('without spec');
  });
});

describe('namedFromApi', () => {
  it('keeps named objects and refuses an unnamed one', () => {
    expect(namedFromApi([{ metadata: { name: 'svc', namespace: null } }])).toEqual([{ metadata: { name: 'svc' } }]);
    expect(() => namedFromApi([{ metadata: { name: null } }])).toThrow('without a name');
  });
});
