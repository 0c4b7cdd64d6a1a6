/**
 * The StatefulSet controller (Kubernetes' pkg/controller/statefulset): pods `<set>-0` …
 * `<set>-N-1` with a stable identity, created, removed and updated in the order the set's
 * policies ask for. The decisions are pure (statefulset-plan.ts, statefulset-pods.ts,
 * statefulset-status.ts); this file reads, acts and writes status.
 *
 * Revisions: Kubernetes records each template in a ControllerRevision; Capstan has no such
 * kind, so a revision is the hash of the template (`<set>-<hash>`, the pods' label), and an
 * older revision's template is read back from one of its pods when a pod below the partition
 * must be made again. With no pod of it left, the set's current template is used.
 *
 * volumeClaimTemplates: before a pod, its claims `<template>-<set>-<ordinal>` are made
 * (statefulset-claims.ts) and kept when the pod goes (the default Retain retention policy).
 */
import { CapstanError } from '../../server/errors.ts';
import type { KObject } from '../../server/kinds/types.ts';
import { selectorFromLabelSelectorObject } from '../../server/selectors/label-selector-object.ts';
import { jsonEqual } from '../../server/store/merge-patch.ts';
import { objectKey, splitKey, type Controller, type ReconcileContext, type RequeueAfter } from '../controller.ts';
import type { ControllerStore } from '../controller-store.ts';
import type { EventType } from '../events.ts';
import { controllerRefOf } from './pod-control.ts';
import { recordOwnerEvent } from './replicaset.ts';
import { listClaimCandidates } from './claim-candidates.ts';
import { claimObjects, SelectorIndex } from './replicaset-ownership.ts';
import { planStatefulSet, type StatefulSetRevisions } from './statefulset-plan.ts';
import { claimsForOrdinal } from './statefulset-claims.ts';
import { podName, podOrdinal, podRevision, statefulSetPod, templateOfPod, updateRevisionName } from './statefulset-pods.ts';
import { calculateStatefulSetStatus } from './statefulset-status.ts';

export const STATEFULSET_COMPONENT = 'statefulset-controller';

export interface StatefulSetControllerOptions {
  /** Clock for availability (minReadySeconds). Default Date.now. */
  now?: () => number;
}

export function createStatefulSetController(options: StatefulSetControllerOptions = {}): Controller<ControllerStore> {
  const now = options.now ?? Date.now;
  const index = new SelectorIndex();
  return {
    name: 'statefulset',
    keysFor(event) {
      if (event.kind === 'StatefulSet') {
        index.observe(event);
        return [objectKey(event.namespace, event.name)];
      }
      if (event.kind !== 'Pod') return [];
      const keys = new Set<string>();
      for (const obj of [event.object, event.prevObject]) {
        const ref = controllerRefOf(obj);
        if (ref?.kind === 'StatefulSet') keys.add(objectKey(event.namespace, ref.name));
      }
      if (event.type !== 'DELETED' && !controllerRefOf(event.object) && !event.object.metadata.deletionTimestamp) {
        for (const name of index.matching(event.namespace, event.object.metadata.labels)) keys.add(objectKey(event.namespace, name));
      }
      return [...keys];
    },
    async listKeys(store) {
      const items = (await store.list('StatefulSet')).items;
      index.replaceAll(items);
      return items.map((s) => objectKey(s.metadata.namespace, s.metadata.name));
    },
    reconcile: (key, ctx) => reconcileStatefulSet(key, ctx, { now }),
  };
}

export const statefulSetController = createStatefulSetController();

/** One sync: claim pods, carry out this step of the plan, write status. */
export async function reconcileStatefulSet(key: string, ctx: ReconcileContext<ControllerStore>, opts: Required<StatefulSetControllerOptions>): Promise<void | RequeueAfter> {
  const { store, signal, log } = ctx;
  const { namespace, name } = splitKey(key);
  const sts = await store.get('StatefulSet', namespace, name);
  if (!sts) return;

  const selector = selectorFromLabelSelectorObject(sts.spec?.selector);
  const candidates = await listClaimCandidates(store, 'Pod', sts, selector);
  signal.throwIfAborted();
  let pods = await claimObjects(store, 'Pod', sts, selector, candidates);
  const update = updateRevisionName(sts);
  const revisions: StatefulSetRevisions = { update, current: sts.status?.currentRevision || update };
  const event = (type: EventType, reason: string, message: string) => recordOwnerEvent(store, log, sts, type, reason, message, STATEFULSET_COMPONENT);

  let failedWith: unknown;
  if (!sts.metadata.deletionTimestamp) {
    const plan = planStatefulSet(sts, pods, revisions);
    for (const pod of plan.toDelete) {
      signal.throwIfAborted();
      try {
        const left = await store.delete('Pod', namespace, pod.metadata.name);
        pods = pods.map((p) => (p.metadata.name === pod.metadata.name ? left : p));
        await event('Normal', 'SuccessfulDelete', `delete Pod ${pod.metadata.name} in StatefulSet ${name} successful`);
        await deleteClaimsOfCondemned(store, sts, pod);
      } catch (err) {
        if (err instanceof CapstanError && err.code === 'NOT_FOUND') {
          pods = pods.filter((p) => p.metadata.name !== pod.metadata.name);
          continue;
        }
        failedWith ??= err;
        await event('Warning', 'FailedDelete', `delete Pod ${pod.metadata.name} in StatefulSet ${name} failed error: ${errorMessage(err)}`);
      }
    }
    const results = await Promise.allSettled(
      plan.create.map(async ({ ordinal, revision }) => {
        signal.throwIfAborted();
        const [template, label] = templateFor(sts, pods, revisions, revision);
        // Its claims first, as Kubernetes does: the pod mounts them and they outlive it.
        await ensureClaims(store, sts, ordinal, event);
        const pod = await store.create('Pod', namespace, statefulSetPod(sts, template, label, ordinal));
        pods.push(pod);
        await event('Normal', 'SuccessfulCreate', `create Pod ${pod.metadata.name} in StatefulSet ${name} successful`);
      }),
    );
    for (const r of results) {
      if (r.status !== 'rejected') continue;
      // Another pod of that name (not ours, or not yet gone) is the usual cause; its change brings us back.
      failedWith ??= r.reason;
      await event('Warning', 'FailedCreate', `create Pod in StatefulSet ${name} failed error: ${errorMessage(r.reason)}`);
    }
  }

  const { status, requeueAfterMs } = calculateStatefulSetStatus(sts, pods, revisions, opts.now());
  if (!jsonEqual(status, sts.status ?? {})) {
    signal.throwIfAborted();
    try {
      await store.updateStatus('StatefulSet', namespace, name, status, { resourceVersion: sts.metadata.resourceVersion });
    } catch (err) {
      if (!(err instanceof CapstanError && (err.code === 'CONFLICT' || err.code === 'NOT_FOUND'))) throw err;
    }
  }
  if (failedWith !== undefined) throw failedWith;
  return requeueAfterMs === undefined ? undefined : { requeueAfterMs };
}

/** The template and revision label of a new pod: the set's own, or an older revision's as one of its pods still runs it. */
function templateFor(sts: KObject, pods: KObject[], revisions: StatefulSetRevisions, which: 'current' | 'update'): [any, string] {
  if (which === 'update' || revisions.current === revisions.update) return [sts.spec?.template, revisions.update];
  const sample = pods.find((p) => podRevision(p) === revisions.current);
  return sample ? [templateOfPod(sample), revisions.current] : [sts.spec?.template, revisions.update];
}

/** With `whenScaled: Delete`, a pod removed by a scale-down takes its claims with it. */
async function deleteClaimsOfCondemned(store: ControllerStore, sts: KObject, pod: KObject): Promise<void> {
  if (sts.spec?.persistentVolumeClaimRetentionPolicy?.whenScaled !== 'Delete') return;
  const ordinal = podOrdinal(sts.metadata.name, pod.metadata.name);
  if (ordinal === undefined || ordinal < (sts.spec?.replicas ?? 1)) return;
  for (const claim of claimsForOrdinal(sts, ordinal)) {
    await store.delete('PersistentVolumeClaim', claim.metadata.namespace, claim.metadata.name).catch((err) => {
      if (!(err instanceof CapstanError && err.code === 'NOT_FOUND')) throw err;
    });
  }
}

/** Creates the claims of pod `ordinal` that do not exist; a claim being deleted is an error (the pod must wait for a new one). */
async function ensureClaims(store: ControllerStore, sts: KObject, ordinal: number, event: (type: EventType, reason: string, message: string) => Promise<void>): Promise<void> {
  for (const claim of claimsForOrdinal(sts, ordinal)) {
    const existing = await store.get('PersistentVolumeClaim', claim.metadata.namespace, claim.metadata.name);
    if (existing?.metadata.deletionTimestamp) {
      throw new CapstanError('CONFLICT', `PersistentVolumeClaim ${claim.metadata.name} of StatefulSet ${sts.metadata.name} is being deleted`);
    }
    if (existing) continue;
    try {
      await store.create('PersistentVolumeClaim', claim.metadata.namespace, claim);
      await event('Normal', 'SuccessfulCreate', `create Claim ${claim.metadata.name} Pod ${podName(sts.metadata.name, ordinal)} in StatefulSet ${sts.metadata.name} success`);
    } catch (err) {
      if (err instanceof CapstanError && err.code === 'ALREADY_EXISTS') continue;
      await event('Warning', 'FailedCreate', `create Claim ${claim.metadata.name} for Pod ${podName(sts.metadata.name, ordinal)} in StatefulSet ${sts.metadata.name} failed error: ${errorMessage(err)}`);
      throw err;
    }
  }
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
