/**
 * The service-account volume every pod gets unless it opts out (what Kubernetes' ServiceAccount
 * admission adds since 1.22): a projected volume `kube-api-access-<id>` with a bound token
 * (`token`, 3607 s, refreshed by the agent), the pod's `namespace`, and `ca.crt` from the
 * namespace's `kube-root-ca.crt` ConfigMap when it exists, mounted read-only at
 * /var/run/secrets/kubernetes.io/serviceaccount in every container that has no mount of its
 * own there.
 *
 * Capstan's API server does not write it into the pod: the agent adds it to the pod it runs
 * (same name, same sources, same mounts), so a pod reads back as it was applied. A pod that
 * already has a `kube-api-access-*` volume (a manifest taken from a cluster) keeps its own.
 */
import path from 'node:path';
import { SERVICE_ACCOUNT_DIR } from '../container-config.ts';
import type { Container, Pod, Volume, VolumeMount } from '../pod-types.ts';
import { API_ACCESS_TOKEN_EXPIRATION_SECONDS } from '../service-account-token.ts';

/** The name Kubernetes gives the volume, before its random suffix. */
export const API_ACCESS_VOLUME_PREFIX = 'kube-api-access-';
/** The ConfigMap (one per namespace) that holds the cluster's CA, as Kubernetes publishes it. */
export const ROOT_CA_CONFIG_MAP = 'kube-root-ca.crt';

/**
 * Whether the pod gets the token: its own automountServiceAccountToken, else its account's,
 * else yes (Kubernetes' rule).
 */
export function automountsToken(podField: boolean | undefined, accountField: boolean | undefined): boolean {
  return podField ?? accountField ?? true;
}

/** The pod's `kube-api-access-*` volume, when it has one. */
export function apiAccessVolumeOf(pod: Pod): Volume | undefined {
  return (pod.spec.volumes ?? []).find((v) => v.name.startsWith(API_ACCESS_VOLUME_PREFIX));
}

/** The volume the admission would add: its suffix comes from the pod's uid, so an agent restart finds the same folder. */
export function apiAccessVolume(pod: Pod): Volume {
  const suffix = pod.metadata.uid.replace(/[^a-z0-9]/g, '').slice(0, 5);
  return {
    name: `${API_ACCESS_VOLUME_PREFIX}${suffix}`,
    projected: {
      sources: [
        { serviceAccountToken: { path: 'token', expirationSeconds: API_ACCESS_TOKEN_EXPIRATION_SECONDS } },
        // Optional here: a cluster that publishes no CA ConfigMap still gets its token.
        { configMap: { name: ROOT_CA_CONFIG_MAP, items: [{ key: 'ca.crt', path: 'ca.crt' }], optional: true } },
        { downwardAPI: { items: [{ path: 'namespace', fieldRef: { fieldPath: 'metadata.namespace' } }] } },
      ],
    },
  };
}

function mountsAtTokenDir(c: Container): boolean {
  return (c.volumeMounts ?? []).some((m) => m.mountPath.replace(/\/+$/, '') === SERVICE_ACCOUNT_DIR);
}

/**
 * The pod as the admission would leave it: with the service-account volume when it mounts the
 * token and some container has no mount at the token folder; otherwise unchanged.
 */
export function withApiAccessVolume(pod: Pod, automount: boolean): Pod {
  if (!automount || apiAccessVolumeOf(pod)) return pod;
  const containers = [...(pod.spec.initContainers ?? []), ...pod.spec.containers];
  if (containers.every(mountsAtTokenDir)) return pod;
  return { ...pod, spec: { ...pod.spec, volumes: [...(pod.spec.volumes ?? []), apiAccessVolume(pod)] } };
}

/**
 * The mount the admission would add to `container` of a pod that mounts the token: its
 * service-account volume at the token folder, unless the container mounts something there.
 */
export function apiAccessMount(pod: Pod, container: Container, automount: boolean): VolumeMount | undefined {
  const volume = apiAccessVolumeOf(pod);
  if (!automount || !volume || mountsAtTokenDir(container)) return undefined;
  return { name: volume.name, mountPath: SERVICE_ACCOUNT_DIR, readOnly: true };
}

/**
 * Where `container` reads its token (`CAPSTAN_SERVICE_ACCOUNT_TOKEN_FILE`): the token folder when
 * something is mounted there and the runtime can mount, else the node's file of the pod's
 * service-account volume (`volumeDir`, an agent that cannot mount); none when the pod has none.
 */
export function tokenFileFor(container: Container, opts: { automount: boolean; canMount: boolean; volumeDir?: string }): string | undefined {
  if (!opts.automount) return undefined;
  if (opts.canMount && mountsAtTokenDir(container)) return `${SERVICE_ACCOUNT_DIR}/token`;
  return opts.volumeDir === undefined ? undefined : path.join(opts.volumeDir, 'token');
}
