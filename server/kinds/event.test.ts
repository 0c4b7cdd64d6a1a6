import { describe, expect, it } from 'vitest';
import { event } from './event.ts';
import type { KObject } from './types.ts';

function makeEvent(fields: Record<string, any> = {}, namespace = 'default'): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name: 'web-1.17c3a1b2', namespace },
    involvedObject: { kind: 'Pod', name: 'web-1', namespace: 'default', uid: 'u1' },
    reason: 'Scheduled',
    message: 'Successfully assigned default/web-1 to n1',
    source: { component: 'default-scheduler' },
    firstTimestamp: '2024-05-01T10:00:00Z',
    lastTimestamp: '2024-05-01T10:00:00Z',
    ...fields,
  };
}

function problems(obj: KObject): string[] {
  event.applyDefaults(obj);
  return event.validate(obj).map((e) => `${e.field}: ${e.message}`);
}

describe('event', () => {
  it('defaults type to Normal and count to 1', () => {
    const e = makeEvent();
    expect(problems(e)).toEqual([]);
    expect(e.type).toBe('Normal');
    expect(e.count).toBe(1);
  });

  it('puts events about cluster-scoped objects in default', () => {
    expect(problems(makeEvent({ involvedObject: { kind: 'Node', name: 'n1' } }))).toEqual([]);
    expect(problems(makeEvent({ involvedObject: { kind: 'Node', name: 'n1' } }, 'shop'))).toEqual([
      'involvedObject.namespace: Invalid value: "": does not match event.namespace',
    ]);
  });

  it.each([
    ['an unknown type', { type: 'Error' }, 'type: Unsupported value: "Error": supported values: "Normal", "Warning"'],
    ['a missing involvedObject', { involvedObject: undefined }, 'involvedObject: Required value'],
    ['an involvedObject in another namespace', { involvedObject: { kind: 'Pod', name: 'x', namespace: 'shop' } }, 'involvedObject.namespace: Invalid value: "shop": does not match event.namespace'],
    ['a bad timestamp', { lastTimestamp: 'now' }, 'lastTimestamp: Invalid value: "now": must be an RFC 3339 timestamp'],
    ['a negative count', { count: -1 }, 'count: Invalid value: -1: must be greater than or equal to 0'],
  ])('rejects %s', (_name, fields, expected) => {
    const found = problems(makeEvent(fields));
    expect(found.some((p) => p.includes(expected)), `${expected}\nnot in\n${found.join('\n')}`).toBe(true);
  });

  it('reads source as source.component for field selectors', () => {
    expect(event.fieldSelectors.source!(makeEvent())).toBe('default-scheduler');
    expect(event.fieldSelectors['involvedObject.name']!(makeEvent())).toBe('web-1');
  });
});
