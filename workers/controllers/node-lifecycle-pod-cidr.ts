/**
 * A pod CIDR per node (Kubernetes' node IPAM "range allocator"): a /24 of 127.64.0.0/10
 * (DESIGN §6), unique across Nodes. Kubernetes keeps the allocation in memory in one elected
 * controller; here any worker may allocate, so uniqueness comes from the claim protocol of
 * ip-allocator-claim.ts (claim in an annotation, re-list, commit), which matters all the more as
 * `spec.podCIDR` can never be changed once set.
 */
import type { ControllerStore } from '../controller-store.ts';
import type { KObject } from '../../server/kinds/types.ts';
import { claimUnique, type UniqueClaim } from './ip-allocator-claim.ts';
import { allocateSubnet, CLUSTER_POD_CIDR, NODE_POD_CIDR_BITS } from './ip-allocator.ts';

export const POD_CIDR_CLAIM_ANNOTATION = 'capstan.io/pod-cidr-claim';

export interface PodCIDROptions {
  /** Default 127.64.0.0/10. */
  clusterCIDR?: string;
  /** Prefix length of each node's block. Default 24. */
  nodeCIDRMaskSize?: number;
}

const CIDR = 'cidr:';

function podCIDRClaim(o: PodCIDROptions): UniqueClaim {
  const cluster = o.clusterCIDR ?? CLUSTER_POD_CIDR;
  const bits = o.nodeCIDRMaskSize ?? NODE_POD_CIDR_BITS;
  return {
    kind: 'Node',
    annotation: POD_CIDR_CLAIM_ANNOTATION,
    // Every Node as a skeleton (uid, spec, the claim): O(nodes) per allocation, once per node in its life.
    listAll: (store: ControllerStore) => store.listSkeletons('Node', POD_CIDR_CLAIM_ANNOTATION),
    committed: (node) => (node.spec?.podCIDR ? [CIDR + node.spec.podCIDR] : []),
    choose(node, used) {
      if (node.spec?.podCIDR) return [];
      const taken = new Set([...used].filter((t) => t.startsWith(CIDR)).map((t) => t.slice(CIDR.length)));
      const block = allocateSubnet(cluster, bits, taken);
      if (!block) throw new Error(`no free /${bits} left in the pod range ${cluster}`);
      return [CIDR + block];
    },
    commit(node, tokens) {
      const cidr = tokens.find((t) => t.startsWith(CIDR))?.slice(CIDR.length);
      if (!cidr || node.spec?.podCIDR) return node;
      return { ...node, spec: { ...(node.spec ?? {}), podCIDR: cidr, podCIDRs: [cidr] } };
    },
  };
}

/** Gives the node a pod CIDR if it has none; returns the stored node. */
export async function assignPodCIDR(store: ControllerStore, node: KObject, o: PodCIDROptions = {}): Promise<KObject> {
  if (node.spec?.podCIDR) return node;
  return claimUnique(store, node, podCIDRClaim(o));
}
