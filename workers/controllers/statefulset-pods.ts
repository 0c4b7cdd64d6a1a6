/**
 * A StatefulSet's pods, pure (Kubernetes' pkg/controller/statefulset/stateful_set_utils): their
 * ordinal names, their stable identity (hostname, subdomain, labels), the revision of the
 * template they run, and how a pod of a given ordinal and revision is made.
 */
import type { KObject } from '../../server/kinds/types.ts';
import { CONTROLLER_REVISION_HASH_LABEL } from './daemonset-nodes.ts';
import { podTemplateHash } from './deployment-rollout.ts';
import { controllerRefTo, isPodReady } from './pod-control.ts';
import { withClaimVolumes } from './statefulset-claims.ts';

export const STATEFULSET_POD_NAME_LABEL = 'statefulset.kubernetes.io/pod-name';
export const POD_INDEX_LABEL = 'apps.kubernetes.io/pod-index';

/** The ordinal of `<set>-<n>`, or undefined for a pod whose name does not have that form. */
export function podOrdinal(setName: string, podName: string): number | undefined {
  if (!podName.startsWith(`${setName}-`)) return undefined;
  const rest = podName.slice(setName.length + 1);
  return /^(0|[1-9][0-9]{0,8})$/.test(rest) ? Number(rest) : undefined;
}

export function podName(setName: string, ordinal: number): string {
  return `${setName}-${ordinal}`;
}

/** The revision name of the set's current template (`<set>-<hash>`, like a ControllerRevision's name). */
export function updateRevisionName(sts: KObject): string {
  return `${sts.metadata.name}-${podTemplateHash(sts.spec?.template, sts.status?.collisionCount)}`;
}

export function podRevision(pod: KObject): string | undefined {
  return pod.metadata.labels?.[CONTROLLER_REVISION_HASH_LABEL];
}

/** Running with its Ready condition True, and not being deleted (Kubernetes' isRunningAndReady). */
export function isRunningAndReady(pod: KObject): boolean {
  return pod.status?.phase === 'Running' && isPodReady(pod) && !pod.metadata.deletionTimestamp;
}

export function isFinished(pod: KObject): boolean {
  return pod.status?.phase === 'Failed' || pod.status?.phase === 'Succeeded';
}

/**
 * Pod `ordinal` of the set from `template` (the set's own, or the one an older revision's pods
 * run), labelled with `revision`: the ordinal name, hostname = the name and subdomain = the
 * governing Service, so the pod is `<set>-<n>.<serviceName>` to DNS whatever node it runs on;
 * each volumeClaimTemplate becomes a volume mounting the ordinal's claim (statefulset-claims.ts).
 */
export function statefulSetPod(sts: KObject, template: any, revision: string, ordinal: number): KObject {
  const meta = template?.metadata ?? {};
  const name = podName(sts.metadata.name, ordinal);
  const spec = structuredClone(template?.spec ?? {});
  spec.hostname = name;
  if (sts.spec?.serviceName) spec.subdomain = sts.spec.serviceName;
  else delete spec.subdomain;
  withClaimVolumes(spec, sts, ordinal);
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: sts.metadata.namespace,
      labels: {
        ...(meta.labels ?? {}),
        [STATEFULSET_POD_NAME_LABEL]: name,
        [POD_INDEX_LABEL]: String(ordinal),
        [CONTROLLER_REVISION_HASH_LABEL]: revision,
      },
      ...(meta.annotations ? { annotations: { ...meta.annotations } } : {}),
      ownerReferences: [controllerRefTo(sts)],
    },
    spec,
  };
}

/**
 * The template an existing pod was made from, for making its siblings of the same revision:
 * Capstan keeps no ControllerRevision objects, so a pod of an older revision is the only record
 * of that revision's template. Identity labels and what the scheduler and the set added go.
 */
export function templateOfPod(pod: KObject): any {
  const labels = { ...(pod.metadata.labels ?? {}) };
  for (const k of [STATEFULSET_POD_NAME_LABEL, POD_INDEX_LABEL, CONTROLLER_REVISION_HASH_LABEL]) delete labels[k];
  const spec = structuredClone(pod.spec ?? {});
  delete spec.nodeName;
  delete spec.hostname;
  delete spec.subdomain;
  return { metadata: { labels, ...(pod.metadata.annotations ? { annotations: { ...pod.metadata.annotations } } : {}) }, spec };
}
