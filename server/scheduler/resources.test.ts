import { describe, expect, it } from 'vitest';
import { nodeAllocatable, podNonZeroRequests, podRequests } from './resources.ts';
import { makeNode, makePod } from './test-fixtures.ts';

const container = (cpu?: string, memory?: string, extra: object = {}) => ({
  name: 'c',
  image: 'i',
  resources: { requests: { ...(cpu ? { cpu } : {}), ...(memory ? { memory } : {}) } },
  ...extra,
});

describe('podRequests', () => {
  it.each([
    { name: 'adds up the requests of the app containers', containers: [container('100m', '64Mi'), container('250m', '64Mi')], init: undefined, cpu: 350n, memory: 128n * 2n ** 20n },
    { name: 'takes the largest init container when it is bigger than the app containers', containers: [container('100m', '64Mi')], init: [container('2', '32Mi'), container('500m', '1Gi')], cpu: 2000n, memory: 2n ** 30n },
    { name: 'keeps the app containers when they are bigger than any init container', containers: [container('1', '1Gi'), container('1', '1Gi')], init: [container('1500m', '1Gi')], cpu: 2000n, memory: 2n * 2n ** 30n },
    { name: 'adds sidecar init containers to the app containers and to later init containers', containers: [container('1')], init: [container('200m', undefined, { restartPolicy: 'Always' }), container('1900m')], cpu: 2100n, memory: 0n },
    { name: 'counts a container with no requests as zero', containers: [container()], init: undefined, cpu: 0n, memory: 0n },
    { name: 'uses limits when requests are not set, as API defaulting does', containers: [{ name: 'c', image: 'i', resources: { limits: { cpu: '300m', memory: '1Mi' } } }], init: undefined, cpu: 300n, memory: 2n ** 20n },
  ])('$name', ({ containers, init, cpu, memory }) => {
    const pod = makePod('p', { containers, initContainers: init });
    expect(podRequests(pod)).toEqual({ cpuMillis: cpu, memoryBytes: memory });
  });

  it('adds the pod overhead on top', () => {
    const pod = makePod('p', { cpu: '100m', memory: '10Mi', overhead: { cpu: '50m', memory: '1Mi' } });
    expect(podRequests(pod)).toEqual({ cpuMillis: 150n, memoryBytes: 11n * 2n ** 20n });
  });
});

describe('podNonZeroRequests', () => {
  it.each([
    { name: 'counts an unset cpu request as 100m and an unset memory request as 200Mi', containers: [container()], cpu: 100n, memory: 200n * 2n ** 20n },
    { name: 'keeps a request explicitly set to zero', containers: [container('0', '0')], cpu: 0n, memory: 0n },
    { name: 'applies the defaults per container', containers: [container('1'), container(undefined, '1Gi')], cpu: 1100n, memory: 2n ** 30n + 200n * 2n ** 20n },
  ])('$name', ({ containers, cpu, memory }) => {
    expect(podNonZeroRequests(makePod('p', { containers }))).toEqual({ cpuMillis: cpu, memoryBytes: memory });
  });
});

describe('nodeAllocatable', () => {
  it('reads status.allocatable', () => {
    expect(nodeAllocatable(makeNode('n', { cpu: '2', memory: '1Gi', pods: '30' }))).toEqual({ cpuMillis: 2000n, memoryBytes: 2n ** 30n, pods: 30 });
  });

  it('falls back to status.capacity and to 110 pods', () => {
    expect(nodeAllocatable(makeNode('n', { cpu: '500m', memory: '1Mi', capacityOnly: true }))).toEqual({ cpuMillis: 500n, memoryBytes: 2n ** 20n, pods: 110 });
  });

  it('offers nothing when the node reports nothing', () => {
    expect(nodeAllocatable({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'n' } })).toEqual({ cpuMillis: 0n, memoryBytes: 0n, pods: 110 });
  });
});
