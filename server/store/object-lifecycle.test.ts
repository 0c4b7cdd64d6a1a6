import { describe, expect, it } from 'vitest';
import { KINDS } from '../kinds/registry.ts';
import { prepareCreate } from './object-lifecycle.ts';

const NOW = new Date('2026-01-02T03:04:05.678Z');

describe('prepareCreate', () => {
  it('drops the status a creator gave a kind whose controllers own it, as the kind registry says', () => {
    const pod = prepareCreate(KINDS.Pod, 'default', {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'web' },
      spec: { containers: [{ name: 'c', image: 'busybox' }] },
      status: { phase: 'Running', podIP: '10.0.0.9' },
    }, NOW);
    expect(KINDS.Pod.statusResetOnCreate).toBe(true);
    expect(pod.status.phase).toBe('Pending');
    expect(pod.status.podIP).toBeUndefined();
  });

  it('keeps the status of a kind whose status the creator writes (a Node registering itself)', () => {
    const node = prepareCreate(KINDS.Node, '', {
      apiVersion: 'v1',
      kind: 'Node',
      metadata: { name: 'n1' },
      status: { capacity: { cpu: '2' } },
    }, NOW);
    expect(KINDS.Node.statusResetOnCreate).toBe(false);
    expect(node.status.capacity.cpu).toBe('2');
    expect(node.metadata.creationTimestamp).toBe('2026-01-02T03:04:05Z');
  });
});

describe('deletion rules in the kind registry', () => {
  it('protects the system namespaces from deletion and no other name', () => {
    const protectedNames = KINDS.Namespace.deletion?.protectedNames;
    expect([...(protectedNames ?? [])].sort()).toEqual(['default', 'kube-node-lease', 'kube-public', 'kube-system']);
    expect(protectedNames?.has('team-a')).toBe(false);
  });

  it('makes only pods wait for their node before a graceful delete completes', () => {
    const waiting = Object.values(KINDS).filter((def) => def.deletion?.waitsForNode).map((def) => def.kind);
    expect(waiting).toEqual(['Pod']);
  });
});
