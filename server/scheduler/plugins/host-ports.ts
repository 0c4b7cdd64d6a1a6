/**
 * NodePorts: the pod's host ports must be free on the node. A port bound on 0.0.0.0 conflicts
 * with the same protocol/port on any IP; a port on a specific IP conflicts with that IP and with
 * 0.0.0.0 (Kubernetes' HostPortInfo.CheckConflict). hostPort 0 asks for no host port.
 */
import type { KObject } from '../../kinds/types.ts';
import { SUCCESS, unschedulable, type FilterPlugin, type NodeInfo } from '../framework.ts';
import { DEFAULT_BIND_ALL_HOST_IP, podHostPorts, type HostPort } from '../snapshot.ts';

export const ERR_REASON_HOST_PORTS = "node(s) didn't have free ports for the requested pod ports";

const REJECTED = unschedulable(ERR_REASON_HOST_PORTS);

function conflicts(usedPorts: NodeInfo['usedPorts'], port: HostPort): boolean {
  const key = `${port.protocol}/${port.hostPort}`;
  if (port.hostIP === DEFAULT_BIND_ALL_HOST_IP) {
    for (const taken of usedPorts.values()) if (taken.has(key)) return true;
    return false;
  }
  return (
    usedPorts.get(DEFAULT_BIND_ALL_HOST_IP)?.has(key) === true || usedPorts.get(port.hostIP)?.has(key) === true
  );
}

export const hostPorts: FilterPlugin<HostPort[]> = {
  name: 'NodePorts',
  preFilter: (pod: KObject) => podHostPorts(pod),
  filter(pod, nodeInfo, _snapshot, state) {
    const wanted = state ?? podHostPorts(pod);
    if (wanted.length === 0 || nodeInfo.usedPorts.size === 0) return SUCCESS;
    return wanted.some((p) => conflicts(nodeInfo.usedPorts, p)) ? REJECTED : SUCCESS;
  },
};
