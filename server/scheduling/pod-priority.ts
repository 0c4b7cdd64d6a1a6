/**
 * Pod priority, as Kubernetes' Priority admission plugin and API server bootstrap do it:
 * the built-in PriorityClasses (system-cluster-critical, system-node-critical) are made at server
 * start, and a pod being created gets `spec.priority` (and `spec.preemptionPolicy`) from the class
 * its `spec.priorityClassName` names, or from the `globalDefault` class when it names none
 * (priority 0 without one). A class that does not exist, or a priority that contradicts the
 * class, is refused with FORBIDDEN, worded as kube-apiserver words it. Called by the Store's
 * create, so pods made by controllers are admitted the same way.
 */
import type { Logger } from 'pino';
import { CapstanError } from '../errors.ts';
import { systemPriorityClasses } from '../kinds/priorityclass.ts';
import type { KindName, KObject } from '../kinds/types.ts';

/** What these functions need of the Store. */
export interface PriorityClassStore {
  get(kind: KindName, namespace: string | undefined, name: string): Promise<KObject | null>;
  list(kind: KindName): Promise<{ items: KObject[] }>;
  /** Every object of the kind as committed now (one plain read). */
  listCurrent(kind: KindName): Promise<KObject[]>;
  create(kind: KindName, namespace: string | undefined, obj: KObject): Promise<KObject>;
}

/** Kubernetes' DefaultPriorityWhenNoDefaultClassExists. */
export const DEFAULT_PRIORITY = 0;

/** Creates the built-in classes that do not exist yet (never updates them). */
export async function ensureSystemPriorityClasses(store: PriorityClassStore, logger?: Logger): Promise<void> {
  for (const cls of systemPriorityClasses()) {
    if (await store.get('PriorityClass', undefined, cls.metadata.name)) continue;
    try {
      await store.create('PriorityClass', undefined, cls);
      logger?.info({ priorityClass: cls.metadata.name }, 'created a system PriorityClass');
    } catch (err) {
      if (!(err instanceof CapstanError && err.code === 'ALREADY_EXISTS')) throw err;
    }
  }
}

/** The class pods without a priorityClassName get: the oldest globalDefault one, as Kubernetes picks. */
export function pickGlobalDefault(classes: readonly KObject[]): KObject | undefined {
  const defaults = classes.filter((c) => c.globalDefault === true);
  defaults.sort((a, b) => (a.metadata.creationTimestamp ?? '').localeCompare(b.metadata.creationTimestamp ?? '') || a.metadata.name.localeCompare(b.metadata.name));
  return defaults[0];
}

const forbidden = (message: string, fields: { field: string; message: string }[] = []) => new CapstanError('FORBIDDEN', message, fields);

/** The field of the FORBIDDEN error for a class that does not exist (apply looks for it). */
export const UNKNOWN_CLASS_FIELD = 'spec.priorityClassName';

/** Priority admission for a pod being created: returns the pod to store, or throws FORBIDDEN. */
export async function admitPodPriority(store: Pick<PriorityClassStore, 'get' | 'listCurrent'>, pod: KObject): Promise<KObject> {
  const spec = pod?.spec;
  if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) return pod;
  const className = typeof spec.priorityClassName === 'string' ? spec.priorityClassName : '';
  let cls: KObject | null | undefined;
  if (className === '') {
    cls = pickGlobalDefault(await store.listCurrent('PriorityClass'));
  } else {
    cls = await store.get('PriorityClass', undefined, className);
    if (!cls) {
      throw forbidden(`pods "${pod.metadata?.name ?? ''}" is forbidden: no PriorityClass with name ${className} was found`, [
        { field: UNKNOWN_CLASS_FIELD, message: `Not found: ${JSON.stringify(className)}` },
      ]);
    }
  }
  const priority = typeof cls?.value === 'number' ? cls.value : DEFAULT_PRIORITY;
  const preemptionPolicy = typeof cls?.preemptionPolicy === 'string' ? cls.preemptionPolicy : 'PreemptLowerPriority';
  if (spec.priority !== undefined && spec.priority !== null && spec.priority !== priority) {
    throw forbidden(
      `pods "${pod.metadata?.name ?? ''}" is forbidden: the integer value of priority (${String(spec.priority)}) must not be provided in pod spec; priority admission controller computed ${priority} from the given PriorityClass name`,
    );
  }
  if (spec.preemptionPolicy !== undefined && spec.preemptionPolicy !== null && spec.preemptionPolicy !== preemptionPolicy) {
    throw forbidden(
      `pods "${pod.metadata?.name ?? ''}" is forbidden: the string value of PreemptionPolicy (${String(spec.preemptionPolicy)}) must not be provided in pod spec; priority admission controller computed ${preemptionPolicy} from the given PriorityClass name`,
    );
  }
  const next = { ...spec, priority, preemptionPolicy };
  if (cls && className === '') next.priorityClassName = cls.metadata.name;
  return { ...pod, spec: next };
}
