/**
 * The default StorageClass: `local-path`, made at server start (like the bootstrap policy and
 * the kube-node-lease namespace), and Kubernetes' DefaultStorageClass admission, which gives a
 * claim created without `storageClassName` the class annotated as the default.
 */
import type { Logger } from 'pino';
import { CapstanError } from '../errors.ts';
import { DEFAULT_CLASS_ANNOTATION, isDefaultStorageClass } from '../kinds/storageclass.ts';
import type { KindName, KObject } from '../kinds/types.ts';

export const LOCAL_PATH_PROVISIONER = 'capstan.io/local-path';
export const LOCAL_PATH_CLASS = 'local-path';

/** What these functions need of the Store. */
export interface StorageClassStore {
  get(kind: KindName, namespace: string | undefined, name: string): Promise<KObject | null>;
  list(kind: KindName): Promise<{ items: KObject[] }>;
  /** Every object of the kind as committed now (one plain read). */
  listCurrent(kind: KindName): Promise<KObject[]>;
  create(kind: KindName, namespace: string | undefined, obj: KObject): Promise<KObject>;
}

/** The `local-path` class: directories on the node a claim's first pod is scheduled to. */
export function localPathStorageClass(): KObject {
  return {
    apiVersion: 'storage.k8s.io/v1',
    kind: 'StorageClass',
    metadata: { name: LOCAL_PATH_CLASS, annotations: { [DEFAULT_CLASS_ANNOTATION]: 'true' } },
    provisioner: LOCAL_PATH_PROVISIONER,
    reclaimPolicy: 'Delete',
    volumeBindingMode: 'WaitForFirstConsumer',
  };
}

/**
 * Creates `local-path` unless it exists. An administrator's later changes to it (another class
 * made the default, its annotation removed) are kept: it is only made, never updated.
 */
export async function ensureDefaultStorageClass(store: StorageClassStore, logger?: Logger): Promise<void> {
  if (await store.get('StorageClass', undefined, LOCAL_PATH_CLASS)) return;
  try {
    await store.create('StorageClass', undefined, localPathStorageClass());
    logger?.info({ storageClass: LOCAL_PATH_CLASS }, 'created the default StorageClass');
  } catch (err) {
    if (!(err instanceof CapstanError && err.code === 'ALREADY_EXISTS')) throw err;
  }
}

/**
 * The default class among `classes`: with several marked, the newest, as Kubernetes picks
 * (then the name, so the choice is stable); undefined when none is marked.
 */
export function pickDefaultStorageClass(classes: readonly KObject[]): KObject | undefined {
  const defaults = classes.filter(isDefaultStorageClass);
  defaults.sort((a, b) => (b.metadata.creationTimestamp ?? '').localeCompare(a.metadata.creationTimestamp ?? '') || a.metadata.name.localeCompare(b.metadata.name));
  return defaults[0];
}

/**
 * DefaultStorageClass admission: a claim whose `storageClassName` is absent (not empty: `""`
 * asks for volumes without a class) gets the default class's name. Returns the claim to store.
 */
export async function admitClaimStorageClass(store: Pick<StorageClassStore, 'listCurrent'>, claim: KObject): Promise<KObject> {
  const spec = claim?.spec;
  if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) return claim;
  if (spec.storageClassName !== undefined && spec.storageClassName !== null) return claim;
  const chosen = pickDefaultStorageClass(await store.listCurrent('StorageClass'));
  if (!chosen) return claim;
  return { ...claim, spec: { ...spec, storageClassName: chosen.metadata.name } };
}
