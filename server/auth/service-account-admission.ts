/**
 * Kubernetes' ServiceAccount admission for a pod being created: `spec.serviceAccountName`
 * defaults to `default`, and unless the pod (or else its ServiceAccount) says
 * `automountServiceAccountToken: false`, the pod gets the projected volume
 * `kube-api-access-<5 random characters>` (a bound token `token` of 3607 s, `ca.crt` from the
 * namespace's `kube-root-ca.crt` ConfigMap, the pod's `namespace`) and a read-only mount of it at
 * /var/run/secrets/kubernetes.io/serviceaccount in every init, regular and ephemeral container
 * that mounts nothing there. The node agent then serves it as any projected volume.
 *
 * Where Capstan differs, and why:
 * - The ConfigMap source is `optional: true`: a cluster whose API servers use the operator's own
 *   certificate files publishes no `kube-root-ca.crt` (workers/controllers/root-ca-publisher.ts),
 *   and its pods must still start. The agent follows the ConfigMap, so ca.crt appears once it does.
 * - No `defaultMode: 420`: the agent then writes the token 0600 (0640 to the pod's group), as the
 *   kubelet does with fsGroup; with the process runtime pods share the node's filesystem.
 * - A ServiceAccount that does not exist is not refused here (Kubernetes refuses the pod): the
 *   `default` account is made by a worker moments after its namespace, and pods created in that
 *   moment must not fail. Such a pod's token request fails on the node instead, and the pod
 *   waits (CreateContainerConfigError, retried) until the account exists.
 *
 * Called by the Store's create, so pods made by controllers get it too; a pod read back from the
 * cluster and created again keeps its own volume and gets no second one. Mirror pods get nothing.
 */
import { randomInt } from 'node:crypto';
import type { KindName, KObject } from '../kinds/types.ts';
import { ROOT_CA_CONFIG_MAP } from './pod-references.ts';

/** Where Kubernetes mounts the service-account token folder in every container. */
export const SERVICE_ACCOUNT_MOUNT_PATH = '/var/run/secrets/kubernetes.io/serviceaccount';
/** The volume's name before its random suffix. */
export const API_ACCESS_VOLUME_PREFIX = 'kube-api-access-';
/** What the admission asks for (1 h and 7 s: Kubernetes' marker of a token made by admission). */
export const API_ACCESS_TOKEN_EXPIRATION_SECONDS = 3607;
/** The annotation of a mirror pod (a static pod's copy in the API): no token for it, as in Kubernetes. */
export const MIRROR_POD_ANNOTATION = 'kubernetes.io/config.mirror';

/** The characters of Kubernetes' random name suffixes (no vowels, no 0/1/3: no words, no look-alikes). */
const SUFFIX_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

type Json = Record<string, any>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** What the admission reads of the Store. */
export interface ServiceAccountAdmissionStore {
  get(kind: KindName, namespace: string | undefined, name: string): Promise<KObject | null>;
}

export interface ServiceAccountAdmissionOptions {
  /** An integer in [0, max) (default crypto's randomInt): picks the volume's suffix. */
  randomInt?: (max: number) => number;
}

/** A random suffix of `length` characters, as Kubernetes' utilrand.String makes them. */
export function randomSuffix(length: number, pick: (max: number) => number = randomInt): string {
  let s = '';
  for (let i = 0; i < length; i++) s += SUFFIX_ALPHABET[pick(SUFFIX_ALPHABET.length)];
  return s;
}

/** The volume the admission adds, named `name`. */
export function apiAccessVolume(name: string): Json {
  return {
    name,
    projected: {
      sources: [
        { serviceAccountToken: { path: 'token', expirationSeconds: API_ACCESS_TOKEN_EXPIRATION_SECONDS } },
        { configMap: { name: ROOT_CA_CONFIG_MAP, items: [{ key: 'ca.crt', path: 'ca.crt' }], optional: true } },
        { downwardAPI: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } },
      ],
    },
  };
}

const atTokenFolder = (m: unknown) => isObject(m) && typeof m.mountPath === 'string' && m.mountPath.replace(/\/+$/, '') === SERVICE_ACCOUNT_MOUNT_PATH;

/**
 * The pod as the admission leaves it (a copy; `pod` is not changed). Reads the pod's
 * ServiceAccount only when the pod does not say whether it mounts the token.
 */
export async function admitPodServiceAccount(store: ServiceAccountAdmissionStore, namespace: string, pod: KObject, opts: ServiceAccountAdmissionOptions = {}): Promise<KObject> {
  if (!isObject(pod?.spec)) return pod;
  if (isObject(pod.metadata?.annotations) && pod.metadata.annotations[MIRROR_POD_ANNOTATION] !== undefined) return pod;
  const spec: Json = { ...pod.spec };
  // serviceAccount is the field's deprecated name; Kubernetes reads it when the new one is empty.
  const account = typeof spec.serviceAccountName === 'string' && spec.serviceAccountName !== '' ? spec.serviceAccountName : typeof spec.serviceAccount === 'string' && spec.serviceAccount !== '' ? spec.serviceAccount : 'default';
  spec.serviceAccountName = account;
  const out: KObject = { ...pod, spec };
  if (!(await automounts(store, namespace, account, spec.automountServiceAccountToken))) return out;

  const volumes: unknown[] = Array.isArray(spec.volumes) ? spec.volumes : [];
  const existing = volumes.find((v): v is Json => isObject(v) && typeof v.name === 'string' && v.name.startsWith(API_ACCESS_VOLUME_PREFIX));
  // No other volume can have this name: any with the prefix would have been `existing`.
  const name: string = existing?.name ?? API_ACCESS_VOLUME_PREFIX + randomSuffix(5, opts.randomInt);
  const mount = { name, readOnly: true, mountPath: SERVICE_ACCOUNT_MOUNT_PATH };

  let mounted = false;
  for (const field of ['initContainers', 'containers', 'ephemeralContainers'] as const) {
    if (!Array.isArray(spec[field])) continue;
    spec[field] = spec[field].map((c: unknown) => {
      if (!isObject(c)) return c;
      const mounts: unknown[] = Array.isArray(c.volumeMounts) ? c.volumeMounts : [];
      if (mounts.some(atTokenFolder)) return c;
      mounted = true;
      return { ...c, volumeMounts: [...mounts, { ...mount }] };
    });
  }
  if (mounted && !existing) spec.volumes = [...volumes, apiAccessVolume(name)];
  return out;
}

/** The pod's own automountServiceAccountToken, else its account's, else yes (Kubernetes' rule). */
async function automounts(store: ServiceAccountAdmissionStore, namespace: string, account: string, own: unknown): Promise<boolean> {
  if (typeof own === 'boolean') return own;
  const sa = await store.get('ServiceAccount', namespace, account);
  return typeof sa?.automountServiceAccountToken === 'boolean' ? sa.automountServiceAccountToken : true;
}
