import { describe, expect, it } from 'vitest';
import { endpoints } from './endpoints.ts';
import type { KObject } from './types.ts';

function makeEndpoints(subsets: unknown): KObject {
  return { apiVersion: 'v1', kind: 'Endpoints', metadata: { name: 'web', namespace: 'default' }, subsets };
}

function problems(obj: KObject): string[] {
  endpoints.applyDefaults(obj);
  return endpoints.validate(obj).map((e) => `${e.field}: ${e.message}`);
}

describe('endpoints', () => {
  it('accepts loopback pod addresses, which Capstan uses for pods', () => {
    const ep = makeEndpoints([
      {
        addresses: [{ ip: '127.64.1.2', nodeName: 'n1', targetRef: { kind: 'Pod', name: 'web-1', namespace: 'default', uid: 'u1' } }],
        notReadyAddresses: [{ ip: '127.64.1.3' }],
        ports: [{ name: 'http', port: 8080 }, { name: 'metrics', port: 9090 }],
      },
    ]);
    expect(problems(ep)).toEqual([]);
    expect(ep.subsets[0].ports[0].protocol).toBe('TCP');
  });

  it('accepts Endpoints without subsets', () => {
    expect(problems(makeEndpoints(undefined))).toEqual([]);
    expect(problems(makeEndpoints([]))).toEqual([]);
  });

  it.each([
    ['a subset without addresses', [{ ports: [{ port: 80 }] }], 'subsets[0]: Required value: must specify `addresses` or `notReadyAddresses`'],
    ['a bad IP', [{ addresses: [{ ip: '999.1.1.1' }] }], 'subsets[0].addresses[0].ip: Invalid value: "999.1.1.1": must be a valid IP address'],
    ['a missing IP', [{ notReadyAddresses: [{ nodeName: 'n1' }] }], 'subsets[0].notReadyAddresses[0].ip: Required value'],
    ['a bad port', [{ addresses: [{ ip: '127.0.0.1' }], ports: [{ port: 70000 }] }], 'subsets[0].ports[0].port: Invalid value: 70000'],
    ['unnamed ports among several', [{ addresses: [{ ip: '127.0.0.1' }], ports: [{ port: 80 }, { name: 'b', port: 81 }] }], 'subsets[0].ports[0].name: Required value'],
    ['duplicate port names', [{ addresses: [{ ip: '127.0.0.1' }], ports: [{ name: 'a', port: 80 }, { name: 'a', port: 81 }] }], 'subsets[0].ports[1].name: Duplicate value: "a"'],
    ['subsets that are not a list', { addresses: [] }, 'subsets: Invalid value'],
  ])('rejects %s', (_name, subsets, expected) => {
    const found = problems(makeEndpoints(subsets));
    expect(found.some((p) => p.includes(expected)), `${expected}\nnot in\n${found.join('\n')}`).toBe(true);
  });
});
