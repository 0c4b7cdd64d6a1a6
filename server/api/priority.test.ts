import { describe, expect, it } from 'vitest';
import type { Identity } from '../store/types.ts';
import { TooManyRequestsError } from './fairness.ts';
import { parse } from './graphql-js.ts';
import { graphqlLevel, PriorityGate, restLevel } from './priority.ts';

const node: Identity = { user: 'system:node:n1', groups: ['system:nodes'], type: 'node' };
const admin: Identity = { user: 'admin', groups: ['system:masters'], type: 'admin' };
const sa: Identity = { user: 'system:serviceaccount:default:app', groups: ['system:serviceaccounts'], type: 'serviceaccount' };

function op(query: string) {
  const doc = parse(query);
  return doc.definitions[0] as import('graphql').OperationDefinitionNode;
}

describe('seats of the workload level', () => {
  it('runs requests up to the seats at once and lets the next wait for the first seat freed, in arrival order', async () => {
    const gate = new PriorityGate({ workloadSeats: 2, workloadQueueLength: 10, workloadQueueWaitMs: 10_000 });
    const a = gate.acquire('workload') as () => void;
    const b = gate.acquire('workload') as () => void;
    expect(gate.stats.seatsInUse).toBe(2);
    const order: string[] = [];
    const c = Promise.resolve(gate.acquire('workload')).then((r) => (order.push('c'), r));
    const d = Promise.resolve(gate.acquire('workload')).then((r) => (order.push('d'), r));
    expect(gate.stats.queued).toBe(2);
    b();
    b(); // a second release frees nothing more
    (await c)();
    expect(order).toEqual(['c']);
    a();
    (await d)();
    expect(order).toEqual(['c', 'd']);
    expect(gate.stats).toMatchObject({ seatsInUse: 0, queued: 0, waited: 2, rejected: 0 });
  });

  it('never makes admins or a node heartbeat wait, even with every seat taken and the queue full', () => {
    const gate = new PriorityGate({ workloadSeats: 1, workloadQueueLength: 0, workloadQueueWaitMs: 1_000 });
    gate.acquire('workload');
    expect(() => gate.acquire('workload')).toThrow(TooManyRequestsError);
    expect(typeof gate.acquire('node-high')).toBe('function');
    expect(typeof gate.acquire('exempt')).toBe('function');
    expect(gate.stats.admitted).toEqual({ exempt: 1, 'node-high': 1, workload: 2 });
  });

  it('refuses at once with a retry hint when the queue is full, and what waits when the server closes', async () => {
    const gate = new PriorityGate({ workloadSeats: 1, workloadQueueLength: 1, workloadQueueWaitMs: 10_000 });
    gate.acquire('workload');
    const waiting = Promise.resolve(gate.acquire('workload'));
    let refused: unknown;
    try {
      gate.acquire('workload');
    } catch (err) {
      refused = err;
    }
    expect(refused).toBeInstanceOf(TooManyRequestsError);
    expect((refused as TooManyRequestsError).code).toBe('UNAVAILABLE');
    expect((refused as TooManyRequestsError).retryAfterSeconds).toBe(1);
    expect(gate.stats.rejected).toBe(1);
    gate.close();
    await expect(waiting).rejects.toThrow(/shutting down/);
  });

  it('refuses a request that waited longer than the queue wait, without a seat being freed', async () => {
    const gate = new PriorityGate({ workloadSeats: 1, workloadQueueLength: 5, workloadQueueWaitMs: 40 });
    gate.acquire('workload');
    const started = performance.now();
    await expect(gate.acquire('workload')).rejects.toThrow(/busy.*waited/);
    expect(performance.now() - started).toBeGreaterThanOrEqual(40);
    expect(gate.stats).toMatchObject({ queued: 0, rejected: 1 });
  });

  it('takes no seats when the limit is 0', () => {
    const gate = new PriorityGate({ workloadSeats: 0, workloadQueueLength: 0, workloadQueueWaitMs: 0 });
    for (let i = 0; i < 100; i++) expect(typeof gate.acquire('workload')).toBe('function');
    expect(gate.stats.seatsInUse).toBe(0);
  });
});

describe('the level of a GraphQL operation', () => {
  const renew = op('mutation($ns: String!, $n: String!, $p: JSON!) { patchLease(namespace: $ns, name: $n, patch: $p) { metadata { resourceVersion } } }');
  it("puts a node's Lease renewal in kube-node-lease and its own Node at node-high", () => {
    expect(graphqlLevel(node, renew, { ns: 'kube-node-lease', n: 'n1', p: {} })).toBe('node-high');
    expect(graphqlLevel(node, op('{ node(name: "n1") { metadata { name } } }'), undefined)).toBe('node-high');
    expect(graphqlLevel(node, op('mutation($s: NodeStatusInput!) { updateNodeStatus(name: "n1", status: $s) { metadata { name } } }'), {})).toBe('node-high');
    expect(graphqlLevel(node, op('mutation { createLease(namespace: "kube-node-lease", lease: {}) { metadata { name } } }'), undefined)).toBe('node-high');
  });
  it('leaves everything else of a node at workload: other namespaces, other nodes, pods, and a heartbeat mixed with other fields', () => {
    expect(graphqlLevel(node, renew, { ns: 'default', n: 'n1', p: {} })).toBe('workload');
    expect(graphqlLevel(node, op('{ node(name: "n2") { metadata { name } } }'), undefined)).toBe('workload');
    expect(graphqlLevel(node, op('mutation($s: PodStatusInput!) { updatePodStatus(namespace: "a", name: "p", status: $s) { metadata { name } } }'), {})).toBe('workload');
    expect(graphqlLevel(node, op('{ node(name: "n1") { metadata { name } } pods { items { metadata { name } } } }'), undefined)).toBe('workload');
    expect(graphqlLevel(node, op('{ ... on Query { node(name: "n1") { metadata { name } } } }'), undefined)).toBe('workload');
  });
  it("is exempt for admins and workload for others' Lease renewals", () => {
    expect(graphqlLevel(admin, op('{ pods { items { metadata { name } } } }'), undefined)).toBe('exempt');
    expect(graphqlLevel(sa, renew, { ns: 'kube-node-lease', n: 'n1', p: {} })).toBe('workload');
  });
});

describe('the level of a REST request', () => {
  it("puts a node's own Node, its status and kube-node-lease Leases at node-high, and the rest at workload", () => {
    expect(restLevel(node, '/api/v1/nodes/n1')).toBe('node-high');
    expect(restLevel(node, '/api/v1/nodes/n1/status')).toBe('node-high');
    expect(restLevel(node, '/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/n1')).toBe('node-high');
    expect(restLevel(node, '/api/v1/nodes/n2')).toBe('workload');
    expect(restLevel(node, '/api/v1/nodes')).toBe('workload');
    expect(restLevel(node, '/apis/coordination.k8s.io/v1/namespaces/default/leases/n1')).toBe('workload');
    expect(restLevel(node, '/api/v1/namespaces/default/pods')).toBe('workload');
    expect(restLevel(sa, '/api/v1/nodes/n1')).toBe('workload');
    expect(restLevel(admin, '/api/v1/namespaces/default/pods')).toBe('exempt');
  });
});
