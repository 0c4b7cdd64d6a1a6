/**
 * Dynamic provisioning for the `capstan.io/local-path` provisioner, pure: on which node a
 * claim's volume goes, and the PersistentVolume made for it. The volume is a directory on that
 * node, `<root>/<pv-name>` (root `/var/lib/capstan/volumes` unless CAPSTAN_LOCAL_PATH_ROOT says
 * otherwise), given as `spec.hostPath` with `DirectoryOrCreate` (the node agent makes it when it
 * mounts it) and a node affinity on `kubernetes.io/hostname` that keeps its pods on that node.
 * It carries the label `capstan.io/local-path-node=<node>` and the finalizer
 * `capstan.io/local-path-cleanup`: that node's agent removes the directory when the volume is
 * deleted, then the finalizer (server/storage/local-path-cleanup.ts).
 */
import type { KObject } from '../../server/kinds/types.ts';
import { LOCAL_PATH_PROVISIONER } from '../../server/storage/default-storage-class.ts';
import { LOCAL_PATH_CLEANUP_FINALIZER, LOCAL_PATH_NODE_LABEL } from '../../server/storage/local-path-cleanup.ts';
import { claimRefTo, PROVISIONED_BY_ANNOTATION, SELECTED_NODE_ANNOTATION } from '../../server/storage/persistentvolume-binder.ts';

export { LOCAL_PATH_PROVISIONER };
export const DEFAULT_LOCAL_PATH_ROOT = '/var/lib/capstan/volumes';
export const HOSTNAME_LABEL = 'kubernetes.io/hostname';

/** The root from the environment (CAPSTAN_LOCAL_PATH_ROOT), or the default. */
export function localPathRootFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const root = env.CAPSTAN_LOCAL_PATH_ROOT?.trim();
  if (!root) return DEFAULT_LOCAL_PATH_ROOT;
  if (!root.startsWith('/')) throw new Error(`CAPSTAN_LOCAL_PATH_ROOT must be an absolute path, not "${root}"`);
  return root.replace(/\/+$/, '') || '/';
}

/** A provisioned volume is named after its claim's uid, as Kubernetes names them. */
export function provisionedVolumeName(pvc: KObject): string {
  return `pvc-${pvc.metadata.uid}`;
}

function isReady(node: KObject): boolean {
  return (node.status?.conditions ?? []).some((c: any) => c.type === 'Ready' && c.status === 'True');
}

/**
 * The node the claim's volume is made on, or undefined to wait. WaitForFirstConsumer: the node
 * the scheduler chose (the selected-node annotation), else the node a pod using the claim is
 * already bound to. Immediate: the Ready, schedulable node with the fewest local-path volumes
 * (ties by name), so claims spread over the nodes.
 */
export function nodeForClaim(pvc: KObject, storageClass: KObject, pods: readonly KObject[], nodes: readonly KObject[], volumes: readonly KObject[]): string | undefined {
  const selected = pvc.metadata.annotations?.[SELECTED_NODE_ANNOTATION];
  if (storageClass.volumeBindingMode === 'WaitForFirstConsumer') {
    if (selected) return selected;
    return pods.find((p) => p.spec?.nodeName && podUsesClaim(p, pvc.metadata.name))?.spec.nodeName;
  }
  if (selected) return selected;
  const count = new Map<string, number>();
  for (const pv of volumes) {
    const node = volumeNode(pv);
    if (node) count.set(node, (count.get(node) ?? 0) + 1);
  }
  const candidates = nodes.filter((n) => isReady(n) && !n.spec?.unschedulable && !n.metadata.deletionTimestamp);
  candidates.sort((a, b) => (count.get(a.metadata.name) ?? 0) - (count.get(b.metadata.name) ?? 0) || a.metadata.name.localeCompare(b.metadata.name));
  return candidates[0]?.metadata.name;
}

/** Whether `pod` mounts the claim `claimName` (of its own namespace). */
export function podUsesClaim(pod: KObject, claimName: string): boolean {
  return (pod.spec?.volumes ?? []).some((v: any) => v?.persistentVolumeClaim?.claimName === claimName);
}

/** The node a provisioned volume's affinity names (its single kubernetes.io/hostname value). */
export function volumeNode(pv: KObject): string | undefined {
  for (const term of pv.spec?.nodeAffinity?.required?.nodeSelectorTerms ?? []) {
    for (const e of term?.matchExpressions ?? []) {
      if (e?.key === HOSTNAME_LABEL && e.operator === 'In' && e.values?.length === 1) return e.values[0];
    }
  }
  return undefined;
}

/**
 * The PersistentVolume for `pvc` on `node` (the Node object, or just its name): pre-bound to the
 * claim (claimRef with its uid), of the claim's size, modes and class, with the class's reclaim
 * policy, under `<root>/<pv-name>`, pinned to the node by its hostname label, labelled with the
 * node's name and held by the cleanup finalizer until that node's agent has removed it.
 */
export function localPathVolume(pvc: KObject, storageClass: KObject, node: KObject | string, root: string): KObject {
  const name = provisionedVolumeName(pvc);
  const nodeName = typeof node === 'string' ? node : node.metadata.name;
  const hostname = typeof node === 'string' ? node : (node.metadata.labels?.[HOSTNAME_LABEL] ?? node.metadata.name);
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolume',
    metadata: {
      name,
      // The node label lets its agent watch the volumes it must clean up; the finalizer keeps the
      // volume until it has (server/storage/local-path-cleanup.ts).
      labels: { [HOSTNAME_LABEL]: hostname, [LOCAL_PATH_NODE_LABEL]: nodeName },
      annotations: { [PROVISIONED_BY_ANNOTATION]: LOCAL_PATH_PROVISIONER },
      finalizers: [LOCAL_PATH_CLEANUP_FINALIZER],
    },
    spec: {
      capacity: { storage: pvc.spec?.resources?.requests?.storage },
      accessModes: [...(pvc.spec?.accessModes ?? [])],
      persistentVolumeReclaimPolicy: storageClass.reclaimPolicy ?? 'Delete',
      storageClassName: storageClass.metadata.name,
      volumeMode: pvc.spec?.volumeMode ?? 'Filesystem',
      ...(storageClass.mountOptions ? { mountOptions: [...storageClass.mountOptions] } : {}),
      claimRef: claimRefTo(pvc),
      hostPath: { path: `${root === '/' ? '' : root}/${name}`, type: 'DirectoryOrCreate' },
      nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: HOSTNAME_LABEL, operator: 'In', values: [hostname] }] }] } },
    },
  };
}

/** Where provisioners before the cleanup finalizer recorded the node (an annotation). */
const LEGACY_NODE_ANNOTATION = 'capstan.io/node';

/**
 * The node of a local-path volume provisioned before volumes carried the node label and the
 * cleanup finalizer (it recorded the node in an annotation), or undefined when it needs nothing.
 */
export function missingCleanupMarks(pv: KObject): string | undefined {
  if (pv.metadata.annotations?.[PROVISIONED_BY_ANNOTATION] !== LOCAL_PATH_PROVISIONER || pv.metadata.deletionTimestamp) return undefined;
  if (pv.metadata.labels?.[LOCAL_PATH_NODE_LABEL]) return undefined;
  const node = pv.metadata.annotations?.[LEGACY_NODE_ANNOTATION];
  return typeof node === 'string' && node !== '' ? node : undefined;
}
