/**
 * What a pod needs from the API to run: the Secrets, ConfigMaps, PersistentVolumeClaims and
 * ServiceAccount its spec names. The node authorizer lets a node read exactly these for the pods bound to it (as
 * Kubernetes' node authorizer does from its graph of pods, secrets and config maps).
 */
import type { KObject } from '../kinds/types.ts';

export interface PodReferences {
  secrets: Set<string>;
  configMaps: Set<string>;
  serviceAccounts: Set<string>;
  persistentVolumeClaims: Set<string>;
}

type Json = Record<string, any>;

/** The ConfigMap of every namespace that holds the cluster's CA (Kubernetes' root CA publisher). */
export const ROOT_CA_CONFIG_MAP = 'kube-root-ca.crt';

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const arrayOf = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);

function addName(set: Set<string>, name: unknown): void {
  if (typeof name === 'string' && name !== '') set.add(name);
}

/** The names `pods` reference (all in the pods' namespace). */
export function podReferences(pods: Iterable<KObject>): PodReferences {
  const refs: PodReferences = { secrets: new Set(), configMaps: new Set(), serviceAccounts: new Set(), persistentVolumeClaims: new Set() };
  for (const pod of pods) addPodReferences(refs, pod);
  return refs;
}

function addPodReferences(refs: PodReferences, pod: KObject): void {
  const spec: Json = isObject(pod.spec) ? pod.spec : {};
  // Absent means "default", as the API server defaults it.
  addName(refs.serviceAccounts, spec.serviceAccountName ?? spec.serviceAccount ?? 'default');
  // The CA ConfigMap comes in through the pod's kube-api-access-* volume, which the ServiceAccount
  // admission (service-account-admission.ts) writes into the spec: a pod without it needs none.
  for (const s of arrayOf(spec.imagePullSecrets)) addName(refs.secrets, s.name);
  for (const c of [...arrayOf(spec.initContainers), ...arrayOf(spec.containers), ...arrayOf(spec.ephemeralContainers)]) {
    for (const env of arrayOf(c.env)) {
      const from: Json = isObject(env.valueFrom) ? env.valueFrom : {};
      if (isObject(from.secretKeyRef)) addName(refs.secrets, from.secretKeyRef.name);
      if (isObject(from.configMapKeyRef)) addName(refs.configMaps, from.configMapKeyRef.name);
    }
    for (const src of arrayOf(c.envFrom)) {
      if (isObject(src.secretRef)) addName(refs.secrets, src.secretRef.name);
      if (isObject(src.configMapRef)) addName(refs.configMaps, src.configMapRef.name);
    }
  }
  for (const v of arrayOf(spec.volumes)) {
    if (isObject(v.secret)) addName(refs.secrets, v.secret.secretName);
    if (isObject(v.configMap)) addName(refs.configMaps, v.configMap.name);
    if (isObject(v.persistentVolumeClaim)) addName(refs.persistentVolumeClaims, v.persistentVolumeClaim.claimName);
    if (isObject(v.projected)) {
      for (const s of arrayOf(v.projected.sources)) {
        if (isObject(s.secret)) addName(refs.secrets, s.secret.name);
        if (isObject(s.configMap)) addName(refs.configMaps, s.configMap.name);
      }
    }
  }
}
