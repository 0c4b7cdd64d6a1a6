import { describe, expect, it } from 'vitest';
import { buildSnapshot } from '../framework.ts';
import { makeNode, makePod } from '../test-fixtures.ts';
import { ERR_REASON_NODE_NAME, nodeName } from './node-name.ts';

describe('NodeName', () => {
  const snapshot = buildSnapshot([makeNode('a')], []);
  const a = snapshot.nodes.get('a')!;

  it.each([
    { name: 'lets a pod that names no node onto any node', wanted: undefined, fits: true },
    { name: 'lets a pod onto the node it names', wanted: 'a', fits: true },
    { name: 'keeps a pod off every other node', wanted: 'b', fits: false },
  ])('$name', ({ wanted, fits }) => {
    const pod = makePod('p');
    pod.spec.nodeName = wanted;
    expect(nodeName.filter(pod, a, snapshot)).toEqual(
      fits ? { code: 'Success' } : { code: 'UnschedulableAndUnresolvable', reasons: [ERR_REASON_NODE_NAME] },
    );
  });
});
