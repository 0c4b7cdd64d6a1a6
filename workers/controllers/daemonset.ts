/**
 * The DaemonSet controller (Kubernetes' pkg/controller/daemon): one pod of the template on every
 * node that should run it, following nodes as they join, change and leave, and rolling a new
 * template out node by node (RollingUpdate with maxUnavailable or maxSurge) or waiting for pods
 * to be deleted (OnDelete). The decisions are pure (daemonset-plan.ts, daemonset-nodes.ts,
 * daemonset-status.ts); this file reads, acts and writes status.
 *
 * Pods are created unbound, with a node affinity on the node's name, and the scheduler binds
 * them (Kubernetes ≥ 1.12). Pods whose node was deleted are deleted here (Kubernetes leaves
 * that to its pod garbage collector, which Capstan does not have).
 *
 * A node change concerns every DaemonSet. `keysFor` is synchronous, so the controller keeps the
 * DaemonSets' keys from the events it sees (their own, and their pods') and from each `listKeys`
 * (every resync): after a workers restart, a node change reaches a DaemonSet created before it
 * once one of its pods changed or a resync ran.
 */
import { CapstanError } from '../../server/errors.ts';
import { deepEqual } from '../../server/kinds/deep-equal.ts';
import type { KObject } from '../../server/kinds/types.ts';
import { selectorFromLabelSelectorObject } from '../../server/selectors/label-selector-object.ts';
import { jsonEqual } from '../../server/store/merge-patch.ts';
import type { LogEvent } from '../../server/store/types.ts';
import { objectKey, splitKey, type Controller, type ReconcileContext, type RequeueAfter } from '../controller.ts';
import type { ControllerStore } from '../controller-store.ts';
import type { EventType } from '../events.ts';
import { daemonPodForNode, daemonSetRevisionHash } from './daemonset-nodes.ts';
import { planDaemonSet } from './daemonset-plan.ts';
import { calculateDaemonSetStatus } from './daemonset-status.ts';
import { controllerRefOf, slowStartBatch } from './pod-control.ts';
import { recordOwnerEvent } from './replicaset.ts';
import { listClaimCandidates } from './claim-candidates.ts';
import { claimObjects, SelectorIndex } from './replicaset-ownership.ts';

export const DAEMONSET_COMPONENT = 'daemonset-controller';

export interface DaemonSetControllerOptions {
  /** Clock for availability (minReadySeconds). Default Date.now. */
  now?: () => number;
  /** Most pods created in one reconcile. Default 500. */
  burstReplicas?: number;
}

/** What of a node decides where daemons run: a change elsewhere (status heartbeats) concerns no DaemonSet. */
function nodeView(node: KObject | undefined): unknown {
  return node && { labels: node.metadata.labels ?? {}, taints: node.spec?.taints ?? [], unschedulable: node.spec?.unschedulable === true };
}

export function createDaemonSetController(options: DaemonSetControllerOptions = {}): Controller<ControllerStore> {
  const now = options.now ?? Date.now;
  const burstReplicas = options.burstReplicas ?? 500;
  const index = new SelectorIndex();
  const known = new Set<string>();
  return {
    name: 'daemonset',
    keysFor(event: LogEvent): string[] {
      if (event.kind === 'DaemonSet') {
        index.observe(event);
        const key = objectKey(event.namespace, event.name);
        if (event.type === 'DELETED') known.delete(key);
        else known.add(key);
        return [key];
      }
      if (event.kind === 'Node') {
        if (event.type === 'MODIFIED' && deepEqual(nodeView(event.prevObject), nodeView(event.object))) return [];
        return [...known];
      }
      if (event.kind !== 'Pod') return [];
      const keys = new Set<string>();
      for (const obj of [event.object, event.prevObject]) {
        const ref = controllerRefOf(obj);
        if (ref?.kind === 'DaemonSet') keys.add(objectKey(event.namespace, ref.name));
      }
      // A DaemonSet that still has pods may be one this process has not seen since it started.
      for (const key of keys) known.add(key);
      if (event.type !== 'DELETED' && !controllerRefOf(event.object) && !event.object.metadata.deletionTimestamp) {
        for (const name of index.matching(event.namespace, event.object.metadata.labels)) keys.add(objectKey(event.namespace, name));
      }
      return [...keys];
    },
    async listKeys(store) {
      const items = (await store.list('DaemonSet')).items;
      index.replaceAll(items);
      const keys = items.map((ds) => objectKey(ds.metadata.namespace, ds.metadata.name));
      known.clear();
      for (const k of keys) known.add(k);
      return keys;
    },
    reconcile: (key, ctx) => reconcileDaemonSet(key, ctx, { now, burstReplicas }),
  };
}

export const daemonSetController = createDaemonSetController();

/** One sync: claim pods, create and delete what the plan says, write status. */
export async function reconcileDaemonSet(key: string, ctx: ReconcileContext<ControllerStore>, opts: Required<DaemonSetControllerOptions>): Promise<void | RequeueAfter> {
  const { store, signal, log } = ctx;
  const { namespace, name } = splitKey(key);
  const ds = await store.get('DaemonSet', namespace, name);
  if (!ds) return;

  const selector = selectorFromLabelSelectorObject(ds.spec?.selector);
  const [nodes, candidates] = await Promise.all([store.list('Node'), listClaimCandidates(store, 'Pod', ds, selector)]);
  signal.throwIfAborted();
  let pods = await claimObjects(store, 'Pod', ds, selector, candidates);
  const event = (type: EventType, reason: string, message: string) => recordOwnerEvent(store, log, ds, type, reason, message, DAEMONSET_COMPONENT);

  let failedWith: unknown;
  if (!ds.metadata.deletionTimestamp) {
    const plan = planDaemonSet(ds, nodes.items, pods, opts.now());
    const gone = new Set<string>();
    const deletions = [...plan.toDelete.map((pod) => ({ pod, force: false })), ...plan.toForceDelete.map((pod) => ({ pod, force: true }))];
    const results = await Promise.allSettled(
      deletions.map(async ({ pod, force }) => {
        signal.throwIfAborted();
        try {
          await store.delete('Pod', namespace, pod.metadata.name, force ? { gracePeriodSeconds: 0 } : {});
        } catch (err) {
          if (!(err instanceof CapstanError && err.code === 'NOT_FOUND')) throw err;
        }
        gone.add(pod.metadata.name);
        await event('Normal', 'SuccessfulDelete', `Deleted pod: ${pod.metadata.name}`);
      }),
    );
    const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (rejected) {
      failedWith = rejected.reason;
      await event('Warning', 'FailedDelete', `Error deleting: ${errorMessage(rejected.reason)}`);
    }
    pods = pods.filter((p) => !gone.has(p.metadata.name));

    const hash = daemonSetRevisionHash(ds);
    const targets = plan.createOn.slice(0, opts.burstReplicas);
    let next = 0;
    const { error } = await slowStartBatch(targets.length, 1, async () => {
      const nodeName = targets[next++]!;
      signal.throwIfAborted();
      const pod = await store.create('Pod', namespace, daemonPodForNode(ds, nodeName, hash));
      pods.push(pod);
      await event('Normal', 'SuccessfulCreate', `Created pod: ${pod.metadata.name}`);
    });
    if (error !== undefined) {
      failedWith ??= error;
      await event('Warning', 'FailedCreate', `Error creating: ${errorMessage(error)}`);
    }
  }

  const { status, requeueAfterMs } = calculateDaemonSetStatus(ds, nodes.items, pods, opts.now());
  if (!jsonEqual(status, ds.status ?? {})) {
    signal.throwIfAborted();
    try {
      await store.updateStatus('DaemonSet', namespace, name, status, { resourceVersion: ds.metadata.resourceVersion });
    } catch (err) {
      if (!(err instanceof CapstanError && (err.code === 'CONFLICT' || err.code === 'NOT_FOUND'))) throw err;
    }
  }
  if (failedWith !== undefined) throw failedWith;
  return requeueAfterMs === undefined ? undefined : { requeueAfterMs };
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

