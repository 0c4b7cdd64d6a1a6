/**
 * Who a container's processes run as: the pod's and the container's securityContext
 * (runAsUser, runAsGroup, supplementalGroups, fsGroup, runAsNonRoot), and, for the process
 * runtime on a root agent, the pod's own unprivileged identity when the spec names none.
 *
 * The process runtime has no user namespace: a container is a host process, so a pod without
 * runAsUser would otherwise run as host root and could read the agent's credential, the admin
 * token and every other pod's files. Instead every such pod runs as a uid (and gid) of its own,
 * derived from the pod's uid: per pod rather than per namespace, so that two pods of one
 * namespace cannot read each other's emptyDirs either; hashed rather than allocated, so that it
 * is the same after an agent restart without any state to keep. The range (1e9 + 2^30) lies
 * above the ids distributions hand out (system users, /etc/subuid ranges from 100000), and its
 * size makes two pods sharing an id on one node very unlikely (1 in ~2 million for 1,000 pods).
 * Every container of the pod also gets the pod's gid as a supplementary group, so that its
 * containers share its folders whatever their runAsUser.
 */
import { createHash } from 'node:crypto';
import { ContainerConfigError } from './container-env.ts';
import type { Container, Pod } from './pod-types.ts';

export const POD_ID_BASE = 1_000_000_000;
export const POD_ID_RANGE = 2 ** 30;

/** The uid (and gid) of a pod's own identity on this node. */
export function podIdentity(podUid: string): number {
  return POD_ID_BASE + (createHash('sha256').update(podUid).digest().readUInt32BE(0) % POD_ID_RANGE);
}

export interface RunAs {
  /** Unset: the runtime's default (podman: the image's user). */
  uid?: number;
  gid?: number;
  /** Supplementary groups: supplementalGroups, fsGroup and (isolated pods) the pod's gid. */
  groups: number[];
}

/**
 * The identity of `container`. `isolate`: the pod gets its own uid and gid when its spec names
 * none (the process runtime on a root agent).
 */
export function containerRunAs(pod: Pod, container: Container, isolate: boolean): RunAs {
  const psc = pod.spec.securityContext ?? {};
  const csc = container.securityContext ?? {};
  const own = isolate ? podIdentity(pod.metadata.uid!) : undefined;
  const uid = csc.runAsUser ?? psc.runAsUser ?? own;
  const gid = csc.runAsGroup ?? psc.runAsGroup ?? own;
  const groups = [...(psc.supplementalGroups ?? []), ...(psc.fsGroup !== undefined ? [psc.fsGroup] : []), ...(own !== undefined ? [own] : [])];
  const out: RunAs = { groups: [...new Set(groups)].filter((g) => g !== gid) };
  if (uid !== undefined) out.uid = uid;
  if (gid !== undefined) out.gid = gid;
  return out;
}

/** Kubernetes' format.Pod: `name_namespace(uid)`. */
function podRef(pod: Pod): string {
  return `${pod.metadata.name}_${pod.metadata.namespace}(${pod.metadata.uid})`;
}

/**
 * runAsNonRoot (container over pod): refuses, with kubelet's messages, a container that would run
 * as root. Without a runAsUser podman runs the image's user, which the agent does not inspect:
 * such a container is refused as an image running as root would be (set runAsUser).
 */
export function checkRunAsNonRoot(pod: Pod, container: Container, runAs: RunAs): void {
  const nonRoot = container.securityContext?.runAsNonRoot ?? pod.spec.securityContext?.runAsNonRoot;
  if (nonRoot !== true) return;
  const explicit = container.securityContext?.runAsUser ?? pod.spec.securityContext?.runAsUser;
  if (explicit === 0) throw new ContainerConfigError(`container's runAsUser breaks non-root policy (pod: "${podRef(pod)}", container: ${container.name})`);
  if (runAs.uid === undefined || runAs.uid === 0) throw new ContainerConfigError(`container has runAsNonRoot and image will run as root (pod: "${podRef(pod)}", container: ${container.name})`);
}
