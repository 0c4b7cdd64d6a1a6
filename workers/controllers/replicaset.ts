/**
 * The ReplicaSet controller (Kubernetes' pkg/controller/replicaset): keeps `spec.replicas`
 * active pods that match the selector and carry the ReplicaSet as controller owner.
 *
 * Kubernetes keeps "expectations" (how many creates/deletes it still expects to observe) because
 * its informer cache can be older than its own writes, and acting on such a read would create or
 * delete twice. Here every reconcile lists pods straight from Postgres, after our own writes
 * committed, and the queue never runs one key in two workers at once, so a reconcile never sees
 * a state older than the previous reconcile's writes: no expectations are needed.
 */
import type { Logger } from 'pino';
import { CapstanError } from '../../server/errors.ts';
import type { KObject } from '../../server/kinds/types.ts';
import type { LabelSelector } from '../../server/selectors/label-selector.ts';
import { selectorFromLabelSelectorObject } from '../../server/selectors/label-selector-object.ts';
import { jsonEqual } from '../../server/store/merge-patch.ts';
import type { LogEvent } from '../../server/store/types.ts';
import { objectKey, splitKey, type Controller, type ReconcileContext, type RequeueAfter } from '../controller.ts';
import type { ControllerStore } from '../controller-store.ts';
import { recordEvent, type EventType } from '../events.ts';
import { listClaimCandidates } from './claim-candidates.ts';
import { controllerRefOf, isPodActive, podFromTemplate, podsToDelete, slowStartBatch } from './pod-control.ts';
import { claimObjects, SelectorIndex } from './replicaset-ownership.ts';
import { calculateReplicaSetStatus } from './replicaset-status.ts';

export const REPLICASET_COMPONENT = 'replicaset-controller';

/**
 * The kind a replication controller keeps replicas of: ReplicaSet, or ReplicationController
 * (workers/controllers/replicationcontroller.ts), which differ only in how the selector reads.
 */
export interface ReplicatedKind {
  kind: 'ReplicaSet' | 'ReplicationController';
  /** The controller's (and its queue's) name. */
  controllerName: string;
  /** The `source.component` of its Events. */
  component: string;
  selectorOf(owner: KObject): LabelSelector;
}

export const REPLICA_SET_KIND: ReplicatedKind = {
  kind: 'ReplicaSet',
  controllerName: 'replicaset',
  component: REPLICASET_COMPONENT,
  selectorOf: (rs) => selectorFromLabelSelectorObject(rs.spec?.selector),
};

export interface ReplicaSetControllerOptions {
  /** Clock for availability (minReadySeconds). Default Date.now. */
  now?: () => number;
  /** Most pods created or deleted in one reconcile (Kubernetes' burstReplicas). Default 500. */
  burstReplicas?: number;
}

/** A ReplicaSet controller; `replicaSetController` is the one with default options. */
export function createReplicaSetController(options: ReplicaSetControllerOptions = {}): Controller<ControllerStore> {
  return createReplicatedKindController(REPLICA_SET_KIND, options);
}

/** The replication controller of `of` (ReplicaSet or ReplicationController). */
export function createReplicatedKindController(of: ReplicatedKind, options: ReplicaSetControllerOptions = {}): Controller<ControllerStore> {
  const now = options.now ?? Date.now;
  const burstReplicas = options.burstReplicas ?? 500;
  const index = new SelectorIndex(of.selectorOf);
  return {
    name: of.controllerName,
    keysFor: (event) => replicaSetKeysFor(event, index, of.kind),
    async listKeys(store) {
      const items = (await store.list(of.kind)).items;
      index.replaceAll(items);
      return items.map((rs) => objectKey(rs.metadata.namespace, rs.metadata.name));
    },
    reconcile: (key, ctx) => reconcileReplicaSet(key, ctx, { now, burstReplicas, of }),
  };
}

export const replicaSetController = createReplicaSetController();

/** A ReplicaSet's own changes; a pod's changes concern its controller, or whoever may adopt it. */
export function replicaSetKeysFor(event: LogEvent, index: SelectorIndex, kind: ReplicatedKind['kind'] = 'ReplicaSet'): string[] {
  if (event.kind === kind) {
    index.observe(event);
    return [objectKey(event.namespace, event.name)];
  }
  if (event.kind !== 'Pod') return [];
  const keys = new Set<string>();
  for (const obj of [event.object, event.prevObject]) {
    const ref = controllerRefOf(obj);
    if (ref?.kind === kind) keys.add(objectKey(event.namespace, ref.name));
  }
  if (event.type !== 'DELETED' && !controllerRefOf(event.object) && !event.object.metadata.deletionTimestamp) {
    for (const name of index.matching(event.namespace, event.object.metadata.labels)) keys.add(objectKey(event.namespace, name));
  }
  return [...keys];
}

interface ReconcileOptions {
  now: () => number;
  burstReplicas: number;
  /** Default: ReplicaSet. */
  of?: ReplicatedKind;
}

/** One sync of one ReplicaSet: claim pods, create or delete the difference, write status. */
export async function reconcileReplicaSet(key: string, ctx: ReconcileContext<ControllerStore>, opts: ReconcileOptions): Promise<void | RequeueAfter> {
  const { store, signal, log } = ctx;
  const { namespace, name } = splitKey(key);
  const of = opts.of ?? REPLICA_SET_KIND;
  const rs = await store.get(of.kind, namespace, name);
  // Its pods go with it through their ownerReferences (the gc controller), not from here.
  if (!rs) return;

  const selector = of.selectorOf(rs);
  const event = (store: ControllerStore, log: Logger, owner: KObject, type: EventType, reason: string, message: string) => recordOwnerEvent(store, log, owner, type, reason, message, of.component);
  const active = (await listClaimCandidates(store, 'Pod', rs, selector)).filter(isPodActive);
  signal.throwIfAborted();
  let pods = await claimObjects(store, 'Pod', rs, selector, active);

  let failure: { reason: 'FailedCreate' | 'FailedDelete'; message: string } | undefined;
  let failedWith: unknown;
  if (!rs.metadata.deletionTimestamp) {
    const diff = pods.length - (rs.spec?.replicas ?? 1);
    signal.throwIfAborted();
    if (diff < 0) {
      const created: KObject[] = [];
      const { error } = await slowStartBatch(Math.min(-diff, opts.burstReplicas), 1, async () => {
        signal.throwIfAborted();
        const pod = await store.create('Pod', namespace, podFromTemplate(rs));
        created.push(pod);
        await event(store, log, rs, 'Normal', 'SuccessfulCreate', `Created pod: ${pod.metadata.name}`);
      });
      pods = [...pods, ...created];
      if (error !== undefined) {
        failedWith = error;
        failure = { reason: 'FailedCreate', message: errorMessage(error) };
        await event(store, log, rs, 'Warning', 'FailedCreate', `Error creating: ${failure.message}`);
      }
    } else if (diff > 0) {
      const victims = podsToDelete(pods, Math.min(diff, opts.burstReplicas));
      const results = await Promise.allSettled(
        victims.map(async (pod) => {
          try {
            await store.delete('Pod', namespace, pod.metadata.name);
          } catch (err) {
            if (!(err instanceof CapstanError && err.code === 'NOT_FOUND')) throw err;
            return;
          }
          await event(store, log, rs, 'Normal', 'SuccessfulDelete', `Deleted pod: ${pod.metadata.name}`);
        }),
      );
      const gone = new Set(victims.filter((_, i) => results[i]!.status === 'fulfilled').map((p) => p.metadata.name));
      pods = pods.filter((p) => !gone.has(p.metadata.name));
      const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (rejected) {
        failedWith = rejected.reason;
        failure = { reason: 'FailedDelete', message: errorMessage(rejected.reason) };
        await event(store, log, rs, 'Warning', 'FailedDelete', `Error deleting: ${failure.message}`);
      }
    }
  }

  // Status counts the pods as they are after this reconcile's own creates and deletes.
  const { status, requeueAfterMs } = calculateReplicaSetStatus(rs, pods, opts.now(), failure);
  if (!jsonEqual(status, rs.status ?? {})) {
    signal.throwIfAborted();
    try {
      await store.updateStatus(of.kind, namespace, name, status, { resourceVersion: rs.metadata.resourceVersion });
    } catch (err) {
      // The ReplicaSet changed (or went) meanwhile; that change enqueued another reconcile.
      if (!(err instanceof CapstanError && (err.code === 'CONFLICT' || err.code === 'NOT_FOUND'))) throw err;
    }
  }
  if (failedWith !== undefined) throw failedWith;
  return requeueAfterMs === undefined ? undefined : { requeueAfterMs };
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Events are a record, not the work: failing to write one never fails a reconcile. */
export async function recordOwnerEvent(store: ControllerStore, log: Logger, owner: KObject, type: EventType, reason: string, message: string, component: string): Promise<void> {
  try {
    await recordEvent(store, owner, type, reason, message, { component });
  } catch (err) {
    log.warn({ err, reason }, 'could not record event');
  }
}
