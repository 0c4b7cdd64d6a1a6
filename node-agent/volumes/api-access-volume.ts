/**
 * The service-account volume, as the agent sees it. The API server's ServiceAccount admission
 * (server/auth/service-account-admission.ts) writes the projected volume `kube-api-access-<id>`
 * (a bound token, `ca.crt` from the namespace's `kube-root-ca.crt`, the pod's `namespace`) and
 * its read-only mounts at /var/run/secrets/kubernetes.io/serviceaccount into the pod, so
 * `kubectl get pod -o yaml` shows them; the agent serves it as any projected volume.
 *
 * The agent adds nothing itself: a pod whose spec has no such volume (automountServiceAccountToken
 * false, or created before the admission existed) runs without a token, as it would in
 * Kubernetes. Re-creating the pod (a rollout) gives it one.
 *
 * One exception to "as the spec says": the process runtime on an agent that is not root cannot
 * mount. It leaves the admission's mount out and tells the container where the token file is on
 * the node (`CAPSTAN_SERVICE_ACCOUNT_TOKEN_FILE`), so that such agents still run ordinary pods.
 */
import path from 'node:path';
import { SERVICE_ACCOUNT_DIR } from '../container-config.ts';
import type { Container, VolumeMount } from '../pod-types.ts';

/** The name Kubernetes gives the volume, before its random suffix. */
export const API_ACCESS_VOLUME_PREFIX = 'kube-api-access-';

const atTokenDir = (m: VolumeMount) => m.mountPath.replace(/\/+$/, '') === SERVICE_ACCOUNT_DIR;

/** What a container is given of its service-account token. */
export interface TokenAccess {
  /** The container with the mounts the runtime gets. */
  container: Container;
  /** Where the container reads its token (`CAPSTAN_SERVICE_ACCOUNT_TOKEN_FILE`); none without a mount at the token folder. */
  tokenFile?: string;
}

/**
 * The token of `container`: at the token folder when something is mounted there and the runtime
 * can mount; where it cannot, the admission's `kube-api-access-*` mount is left out and the
 * container reads the node's file of that volume (`volumeDir`, once the volume is prepared).
 */
export function tokenAccess(container: Container, opts: { canMount: boolean; volumeDir(name: string): string | undefined }): TokenAccess {
  const mount = (container.volumeMounts ?? []).find(atTokenDir);
  if (!mount) return { container };
  if (opts.canMount) return { container, tokenFile: `${SERVICE_ACCOUNT_DIR}/token` };
  if (!mount.name.startsWith(API_ACCESS_VOLUME_PREFIX)) return { container };
  const rest = (container.volumeMounts ?? []).filter((m) => m !== mount);
  const dir = opts.volumeDir(mount.name);
  return { container: { ...container, volumeMounts: rest }, ...(dir === undefined ? {} : { tokenFile: path.join(dir, 'token') }) };
}
