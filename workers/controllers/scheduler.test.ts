import { describe, expect, it } from 'vitest';
import type { KObject } from '../../server/kinds/types.ts';
import type { Store } from '../../server/store/store.ts';
import type { LogEvent } from '../../server/store/types.ts';
import { createSchedulerController, PENDING_KEY, UNSCHEDULABLE_KEY } from './scheduler.ts';

const pod = (name: string, o: { nodeName?: string; tolerations?: object[] } = {}): KObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: 'default', uid: `uid-${name}`, resourceVersion: '1' },
  spec: { containers: [{ name: 'c', image: 'x' }], ...(o.nodeName ? { nodeName: o.nodeName } : {}), ...(o.tolerations ? { tolerations: o.tolerations } : {}) },
});

const event = (type: LogEvent['type'], object: KObject, prevObject?: KObject): LogEvent =>
  ({ revision: 1n, type, kind: 'Pod', namespace: 'default', name: object.metadata.name, object, prevObject, createdAt: new Date() }) as LogEvent;

describe('the scheduler controller keys', () => {
  const scheduler = createSchedulerController();

  it('turns every created pending pod into the one pending key, so that a burst of creates is one job', () => {
    const keys = new Set([pod('a'), pod('b'), pod('c')].flatMap((p) => scheduler.keysFor(event('ADDED', p))));
    expect([...keys]).toEqual([PENDING_KEY]);
  });

  it("keeps a pod's own key for a change of its scheduling inputs", () => {
    const before = pod('a');
    const after = pod('a', { tolerations: [{ key: 'spot', operator: 'Exists' }] });
    expect(scheduler.keysFor(event('MODIFIED', after, before))).toEqual(['default/a']);
  });

  it('resyncs with the pending and unschedulable keys, without listing the pods', async () => {
    const store = { list: () => Promise.reject(new Error('listed the pods')) } as unknown as Store;
    expect(await scheduler.listKeys(store)).toEqual([PENDING_KEY, UNSCHEDULABLE_KEY]);
  });
});
