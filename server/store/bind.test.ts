import { describe, expect, it } from 'vitest';
import { KINDS } from '../kinds/registry.ts';
import type { KObject } from '../kinds/types.ts';
import { boundPod } from './bind.ts';
import { prepareCreate, prepareUpdate } from './object-lifecycle.ts';

const now = new Date('2026-12-07T01:00:00Z');

function storedPod(): KObject {
  const pod = prepareCreate(
    KINDS.Pod,
    'default',
    {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'web-1', labels: { app: 'web' } },
      spec: { containers: [{ name: 'main', image: 'nginx', resources: { requests: { cpu: '250m', memory: '512Mi' } } }], tolerations: [{ key: 'spot', operator: 'Exists' }] },
    },
    now,
  );
  pod.metadata.resourceVersion = '7';
  return pod;
}

describe('boundPod', () => {
  it('stores what a full update setting spec.nodeName would, with PodScheduled=True', () => {
    const pod = storedPod();
    const full = prepareUpdate(KINDS.Pod, pod, { ...pod, spec: { ...pod.spec, nodeName: 'node-1' } }, 'main');
    const bound = boundPod(structuredClone(pod), 'node-1', now);
    const { status, ...rest } = bound;
    const { status: fullStatus, ...fullRest } = full;
    expect(rest).toEqual(fullRest);
    expect(status).toEqual({ ...fullStatus, conditions: [{ type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: '2026-12-07T01:00:00Z' }] });
  });

  it('refuses a node name that is not a DNS subdomain, or none, as INVALID', () => {
    for (const name of ['Node_1', '', 'a'.repeat(254)]) {
      expect(() => boundPod(storedPod(), name, now)).toThrow(expect.objectContaining({ code: 'INVALID' }));
    }
  });

  it('leaves the pod it was given as it was', () => {
    const pod = storedPod();
    const before = structuredClone(pod);
    boundPod(pod, 'node-1', now);
    expect(pod).toEqual(before);
  });
});
