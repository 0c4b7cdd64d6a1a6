/** NodeUnschedulable: a cordoned node (`spec.unschedulable`) takes only pods that tolerate it. */
import { SUCCESS, unresolvable, type FilterPlugin, type Taint } from '../framework.ts';
import { podTolerations, tolerationsTolerateTaint } from '../tolerations.ts';

export const ERR_REASON_UNSCHEDULABLE = 'node(s) were unschedulable';

const UNSCHEDULABLE_TAINT: Taint = { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' };
const REJECTED = unresolvable(ERR_REASON_UNSCHEDULABLE);

export const nodeUnschedulable: FilterPlugin = {
  name: 'NodeUnschedulable',
  filter(pod, nodeInfo) {
    if (!nodeInfo.unschedulable) return SUCCESS;
    return tolerationsTolerateTaint(podTolerations(pod), UNSCHEDULABLE_TAINT) ? SUCCESS : REJECTED;
  },
};
