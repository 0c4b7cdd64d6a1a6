import { describe, expect, it } from 'vitest';
import type { KObject } from '../../server/kinds/types.ts';
import type { LogEvent } from '../../server/store/types.ts';
import { createResourceQuotaController, desiredQuotaStatus } from './resourcequota.ts';

const event = (type: LogEvent['type'], kind: LogEvent['kind'], namespace: string): LogEvent => ({ type, kind, namespace, name: 'x', object: {} as KObject, revision: 1n, createdAt: new Date() });

describe('resourcequota controller', () => {
  const c = createResourceQuotaController();

  it('reconciles a namespace when objects come and go, or when a counted kind changes', () => {
    expect(c.keysFor(event('ADDED', 'ConfigMap', 'dev'))).toEqual(['dev']);
    expect(c.keysFor(event('DELETED', 'Pod', 'dev'))).toEqual(['dev']);
    expect(c.keysFor(event('MODIFIED', 'Pod', 'dev'))).toEqual(['dev']);
    expect(c.keysFor(event('MODIFIED', 'ResourceQuota', 'dev'))).toEqual(['dev']);
    expect(c.keysFor(event('MODIFIED', 'Lease', 'dev'))).toEqual([]);
    expect(c.keysFor(event('ADDED', 'Node', ''))).toEqual([]);
  });

  it('reports hard as given (canonical) and used from the objects it covers', () => {
    const quota: KObject = { apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'q', namespace: 'dev' }, spec: { hard: { pods: '3', 'requests.memory': '1Gi' } } };
    const pod = (name: string, memory: string, phase = 'Running'): KObject => ({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name, namespace: 'dev' },
      spec: { containers: [{ name: 'c', image: 'x', resources: { requests: { memory } } }] },
      status: { phase },
    });
    expect(desiredQuotaStatus(quota, [pod('a', '256Mi'), pod('b', '256Mi'), pod('done', '512Mi', 'Succeeded')])).toEqual({
      hard: { pods: '3', 'requests.memory': '1Gi' },
      used: { pods: '2', 'requests.memory': '512Mi' },
    });
  });
});
