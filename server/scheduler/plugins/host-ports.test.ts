import { describe, expect, it } from 'vitest';
import { buildSnapshot } from '../framework.ts';
import { makeNode, makePod } from '../test-fixtures.ts';
import { ERR_REASON_HOST_PORTS, hostPorts } from './host-ports.ts';

const port = (hostPort: number, extra: object = {}) => ({ containerPort: 8080, hostPort, ...extra });

describe('NodePorts', () => {
  it.each([
    { name: 'fits a pod without host ports anywhere', used: [port(80)], wanted: [], fits: true },
    { name: 'treats host port 0 as asking for no port', used: [port(0)], wanted: [port(0)], fits: true },
    { name: 'rejects the same port and protocol on 0.0.0.0', used: [port(80)], wanted: [port(80)], fits: false },
    { name: 'fits the same port with another protocol', used: [port(53, { protocol: 'UDP' })], wanted: [port(53)], fits: true },
    { name: 'fits another port', used: [port(80)], wanted: [port(81)], fits: true },
    { name: 'fits the same port on two different host IPs', used: [port(80, { hostIP: '10.0.0.1' })], wanted: [port(80, { hostIP: '10.0.0.2' })], fits: true },
    { name: 'rejects a specific IP when the port is taken on 0.0.0.0', used: [port(80)], wanted: [port(80, { hostIP: '10.0.0.1' })], fits: false },
    { name: 'rejects 0.0.0.0 when the port is taken on a specific IP', used: [port(80, { hostIP: '10.0.0.1' })], wanted: [port(80)], fits: false },
    { name: 'rejects when any one of several wanted ports is taken', used: [port(443)], wanted: [port(80), port(443)], fits: false },
    { name: 'treats an empty protocol as TCP', used: [port(80, { protocol: 'TCP' })], wanted: [port(80, { protocol: '' })], fits: false },
  ])('$name', ({ used, wanted, fits }) => {
    const snapshot = buildSnapshot([makeNode('n')], [makePod('e', { nodeName: 'n', ports: used })]);
    expect(hostPorts.filter(makePod('p', { ports: wanted }), snapshot.nodes.get('n')!, snapshot)).toEqual(
      fits ? { code: 'Success' } : { code: 'Unschedulable', reasons: [ERR_REASON_HOST_PORTS] },
    );
  });

  it('ignores the ports of terminated pods', () => {
    const snapshot = buildSnapshot([makeNode('n')], [makePod('e', { nodeName: 'n', ports: [port(80)], phase: 'Failed' })]);
    expect(hostPorts.filter(makePod('p', { ports: [port(80)] }), snapshot.nodes.get('n')!, snapshot).code).toBe('Success');
  });
});
