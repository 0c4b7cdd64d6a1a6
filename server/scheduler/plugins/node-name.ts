/** NodeName: a pod that names its node (`spec.nodeName`) fits only that node. */
import { SUCCESS, unresolvable, type FilterPlugin } from '../framework.ts';

export const ERR_REASON_NODE_NAME = "node(s) didn't match the requested node name";

const REJECTED = unresolvable(ERR_REASON_NODE_NAME);

export const nodeName: FilterPlugin = {
  name: 'NodeName',
  filter(pod, nodeInfo) {
    const wanted: string | undefined = pod.spec?.nodeName;
    return !wanted || wanted === nodeInfo.name ? SUCCESS : REJECTED;
  },
};
