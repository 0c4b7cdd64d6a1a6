/**
 * The Deployment controller (Kubernetes' pkg/controller/deployment): one ReplicaSet per pod
 * template (named and labelled by the template's hash), rolled out by RollingUpdate or Recreate,
 * with revisions, a history limit, pausing, and the Available and Progressing conditions.
 *
 * Each reconcile takes one step (create the new ReplicaSet, scale it up, scale old ones down,
 * clean up) and writes status; the ReplicaSet changes that step causes bring the Deployment
 * back, so a rollout advances as its pods become available. Pods reach it only through their
 * ReplicaSet's status, as in Kubernetes.
 */
import type { Logger } from 'pino';
import { CapstanError } from '../../server/errors.ts';
import type { KObject } from '../../server/kinds/types.ts';
import { selectorFromLabelSelectorObject } from '../../server/selectors/label-selector-object.ts';
import { jsonEqual } from '../../server/store/merge-patch.ts';
import type { LogEvent } from '../../server/store/types.ts';
import { objectKey, splitKey, type Controller, type ReconcileContext, type RequeueAfter } from '../controller.ts';
import type { ControllerStore } from '../controller-store.ts';
import { recordEvent } from '../events.ts';
import {
  maxRevision,
  newReplicaSetTarget,
  oldReplicaSetTargets,
  POD_TEMPLATE_HASH_LABEL,
  podTemplateHash,
  proportionalTargets,
  REVISION_ANNOTATION,
  revisionOf,
  specReplicas,
  templatesEqualIgnoringHash,
  byCreation,
} from './deployment-rollout.ts';
import { calculateDeploymentStatus } from './deployment-status.ts';
import { controllerRefOf, controllerRefTo } from './pod-control.ts';
import { listClaimCandidates } from './claim-candidates.ts';
import { claimObjects, SelectorIndex } from './replicaset-ownership.ts';

export const DEPLOYMENT_COMPONENT = 'deployment-controller';

export interface DeploymentControllerOptions {
  /** Clock for conditions and the progress deadline. Default Date.now. */
  now?: () => number;
  /**
   * Recreate waits for the old pods to be gone; a pod that finishes terminating changes no
   * ReplicaSet status, so nothing wakes the Deployment: it looks again after this. Default 1 s.
   */
  recreatePollMs?: number;
}

/** A Deployment controller; `deploymentController` is the one with default options. */
export function createDeploymentController(options: DeploymentControllerOptions = {}): Controller<ControllerStore> {
  const opts = { now: options.now ?? Date.now, recreatePollMs: options.recreatePollMs ?? 1_000 };
  const index = new SelectorIndex();
  return {
    name: 'deployment',
    keysFor: (event) => deploymentKeysFor(event, index),
    async listKeys(store) {
      const items = (await store.list('Deployment')).items;
      index.replaceAll(items);
      return items.map((d) => objectKey(d.metadata.namespace, d.metadata.name));
    },
    reconcile: (key, ctx) => reconcileDeployment(key, ctx, opts),
  };
}

export const deploymentController = createDeploymentController();

/** A Deployment's own changes; a ReplicaSet's changes concern its controller, or whoever may adopt it. */
export function deploymentKeysFor(event: LogEvent, index: SelectorIndex): string[] {
  if (event.kind === 'Deployment') {
    index.observe(event);
    return [objectKey(event.namespace, event.name)];
  }
  if (event.kind !== 'ReplicaSet') return [];
  const keys = new Set<string>();
  for (const obj of [event.object, event.prevObject]) {
    const ref = controllerRefOf(obj);
    if (ref?.kind === 'Deployment') keys.add(objectKey(event.namespace, ref.name));
  }
  if (event.type !== 'DELETED' && !controllerRefOf(event.object) && !event.object.metadata.deletionTimestamp) {
    for (const name of index.matching(event.namespace, event.object.metadata.labels)) keys.add(objectKey(event.namespace, name));
  }
  return [...keys];
}

interface ReconcileOptions {
  now: () => number;
  recreatePollMs: number;
}

/** One step of one Deployment, then its status. */
export async function reconcileDeployment(key: string, ctx: ReconcileContext<ControllerStore>, opts: ReconcileOptions): Promise<void | RequeueAfter> {
  const { namespace, name } = splitKey(key);
  const found = await ctx.store.get('Deployment', namespace, name);
  if (!found) return;
  const sync = new DeploymentSync(ctx, found, opts);
  return sync.run();
}

/** The state of one reconcile: the Deployment and its ReplicaSets as this reconcile changes them. */
class DeploymentSync {
  private d: KObject;
  private all: KObject[] = [];
  private newRS: KObject | undefined;
  private newRSEvent: 'created' | 'found' | undefined;
  private readonly store: ControllerStore;
  private readonly log: Logger;
  private readonly ns: string;

  constructor(
    private readonly ctx: ReconcileContext<ControllerStore>,
    d: KObject,
    private readonly opts: ReconcileOptions,
  ) {
    this.d = d;
    this.store = ctx.store;
    this.log = ctx.log;
    this.ns = d.metadata.namespace!;
  }

  private get olds(): KObject[] {
    return this.all.filter((rs) => rs !== this.newRS);
  }

  async run(): Promise<void | RequeueAfter> {
    const selector = selectorFromLabelSelectorObject(this.d.spec?.selector);
    const candidates = await listClaimCandidates(this.store, 'ReplicaSet', this.d, selector);
    this.ctx.signal.throwIfAborted();
    this.all = await claimObjects(this.store, 'ReplicaSet', this.d, selector, candidates);
    // Kubernetes' FindNewReplicaSet: the oldest with the Deployment's template.
    this.newRS = [...this.all].sort(byCreation).find((rs) => templatesEqualIgnoringHash(rs.spec?.template, this.d.spec?.template));

    if (this.d.metadata.deletionTimestamp) return this.writeStatus();
    if (this.newRS) await this.syncRevision();
    if (this.d.spec?.paused) {
      await this.scaleAll(proportionalTargets(this.d, this.all, this.newRS));
      await this.cleanupHistory();
      return this.writeStatus();
    }
    return this.d.spec?.strategy?.type === 'Recreate' ? this.recreate() : this.rollingUpdate();
  }

  private async rollingUpdate(): Promise<void | RequeueAfter> {
    if (!this.newRS) {
      await this.createNewRS((rs) => newReplicaSetTarget(this.d, [...this.all, rs], rs));
      return this.writeStatus();
    }
    const target = newReplicaSetTarget(this.d, this.all, this.newRS);
    if (target !== specReplicas(this.newRS)) {
      await this.scale(this.newRS, target);
      return this.writeStatus();
    }
    const olds = oldReplicaSetTargets(this.d, this.all, this.olds, this.newRS);
    if (olds.size > 0) {
      await this.scaleAll(olds);
      return this.writeStatus();
    }
    return this.writeStatus({ cleanupWhenComplete: true });
  }

  private async recreate(): Promise<void | RequeueAfter> {
    const active = this.olds.filter((rs) => specReplicas(rs) > 0);
    if (active.length > 0) {
      await this.scaleAll(new Map(active.map((rs) => [rs.metadata.name, 0])));
      return this.writeStatus();
    }
    if (await this.oldPodsRunning()) {
      const r = await this.writeStatus();
      return { requeueAfterMs: Math.min(r?.requeueAfterMs ?? Infinity, this.opts.recreatePollMs) };
    }
    const replicas = specReplicas(this.d);
    if (!this.newRS) await this.createNewRS(() => replicas);
    else if (specReplicas(this.newRS) !== replicas) await this.scale(this.newRS, replicas);
    return this.writeStatus({ cleanupWhenComplete: true });
  }

  /** Old ReplicaSets still report pods, or some of their pods have not finished (terminating ones count). */
  private async oldPodsRunning(): Promise<boolean> {
    const olds = this.olds;
    if (olds.some((rs) => (rs.status?.replicas ?? 0) > 0)) return true;
    if (olds.length === 0) return false;
    for (const rs of olds) {
      const pods = (await this.store.list('Pod', { namespace: this.ns, controllerUid: rs.metadata.uid })).items;
      if (pods.some((p) => p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed')) return true;
    }
    return false;
  }

  /** Creates the ReplicaSet of the current template, `<deployment>-<hash>`, at the next revision. */
  private async createNewRS(initialReplicas: (rs: KObject) => number): Promise<void> {
    const d = this.d;
    const collisionCount: number | undefined = d.status?.collisionCount;
    const hash = podTemplateHash(d.spec.template, collisionCount);
    const template = structuredClone(d.spec.template);
    template.metadata = { ...(template.metadata ?? {}), labels: { ...(template.metadata?.labels ?? {}), [POD_TEMPLATE_HASH_LABEL]: hash } };
    const selector = structuredClone(d.spec.selector);
    selector.matchLabels = { ...(selector.matchLabels ?? {}), [POD_TEMPLATE_HASH_LABEL]: hash };
    const rs: KObject = {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: {
        name: `${d.metadata.name}-${hash}`,
        namespace: this.ns,
        labels: template.metadata.labels,
        annotations: { [REVISION_ANNOTATION]: String(maxRevision(this.all) + 1) },
        ownerReferences: [controllerRefTo(d)],
      },
      spec: { replicas: 0, minReadySeconds: d.spec.minReadySeconds ?? 0, selector, template },
    };
    rs.spec.replicas = initialReplicas(rs);
    this.ctx.signal.throwIfAborted();
    try {
      this.newRS = await this.store.create('ReplicaSet', this.ns, rs);
    } catch (err) {
      if (!(err instanceof CapstanError && err.code === 'ALREADY_EXISTS')) throw err;
      const existing = await this.store.get('ReplicaSet', this.ns, rs.metadata.name);
      if (existing && controllerRefOf(existing)?.uid === d.metadata.uid && templatesEqualIgnoringHash(existing.spec?.template, d.spec.template)) {
        this.newRS = existing;
        this.all.push(existing);
        this.newRSEvent = 'found';
        return;
      }
      // Another object holds the name: hash again with a bumped collisionCount, as Kubernetes.
      await this.store.updateStatus('Deployment', this.ns, d.metadata.name, { ...(d.status ?? {}), collisionCount: (collisionCount ?? 0) + 1 }, { resourceVersion: d.metadata.resourceVersion });
      throw new CapstanError('CONFLICT', `replica set ${rs.metadata.name} exists with another template; retrying with collisionCount ${(collisionCount ?? 0) + 1}`);
    }
    this.all.push(this.newRS);
    this.newRSEvent = 'created';
    if (specReplicas(this.newRS) > 0) await this.event('ScalingReplicaSet', `Scaled up replica set ${rs.metadata.name} to ${specReplicas(this.newRS)}`);
    await this.syncDeploymentRevision();
  }

  /** The new ReplicaSet gets the next revision (after an undo, the old one comes back as newest) and the Deployment's minReadySeconds. */
  private async syncRevision(): Promise<void> {
    const rs = this.newRS!;
    const revision = Math.max(revisionOf(rs), maxRevision(this.olds) + 1);
    const minReadySeconds = this.d.spec?.minReadySeconds ?? 0;
    if (revision !== revisionOf(rs) || (rs.spec?.minReadySeconds ?? 0) !== minReadySeconds) {
      this.ctx.signal.throwIfAborted();
      const updated = await this.store.update(
        'ReplicaSet',
        this.ns,
        rs.metadata.name,
        (cur) => ({
          ...cur,
          metadata: { ...cur.metadata, annotations: { ...(cur.metadata.annotations ?? {}), [REVISION_ANNOTATION]: String(revision) } },
          spec: { ...cur.spec, minReadySeconds },
        }),
        { resourceVersion: rs.metadata.resourceVersion },
      );
      this.replace(updated);
      this.newRS = updated;
    }
    this.newRSEvent = 'found';
    await this.syncDeploymentRevision();
  }

  private async syncDeploymentRevision(): Promise<void> {
    const revision = String(revisionOf(this.newRS!));
    if (this.d.metadata.annotations?.[REVISION_ANNOTATION] === revision) return;
    this.ctx.signal.throwIfAborted();
    this.d = await this.store.update(
      'Deployment',
      this.ns,
      this.d.metadata.name,
      (cur) => ({ ...cur, metadata: { ...cur.metadata, annotations: { ...(cur.metadata.annotations ?? {}), [REVISION_ANNOTATION]: revision } } }),
      { resourceVersion: this.d.metadata.resourceVersion },
    );
  }

  private async scaleAll(targets: Map<string, number>): Promise<void> {
    for (const rs of [...this.all]) {
      const to = targets.get(rs.metadata.name);
      if (to !== undefined && to !== specReplicas(rs)) await this.scale(rs, to);
    }
  }

  /** Sets a ReplicaSet's replicas (optimistically: a stale read is a CONFLICT, retried). */
  private async scale(rs: KObject, to: number): Promise<void> {
    const from = specReplicas(rs);
    this.ctx.signal.throwIfAborted();
    const updated = await this.store.update('ReplicaSet', this.ns, rs.metadata.name, (cur) => ({ ...cur, spec: { ...cur.spec, replicas: to } }), {
      resourceVersion: rs.metadata.resourceVersion,
    });
    this.replace(updated);
    if (this.newRS === rs) this.newRS = updated;
    await this.event('ScalingReplicaSet', `Scaled ${to > from ? 'up' : 'down'} replica set ${rs.metadata.name} to ${to}`);
  }

  private replace(updated: KObject): void {
    this.all = this.all.map((rs) => (rs.metadata.uid === updated.metadata.uid ? updated : rs));
  }

  /** Deletes the oldest old ReplicaSets without pods beyond revisionHistoryLimit. */
  private async cleanupHistory(): Promise<void> {
    const limit: number = this.d.spec?.revisionHistoryLimit ?? 10;
    const cleanable = this.olds
      .filter(
        (rs) =>
          specReplicas(rs) === 0 &&
          (rs.status?.replicas ?? 0) === 0 &&
          !rs.metadata.deletionTimestamp &&
          (rs.status?.observedGeneration ?? 0) >= (rs.metadata.generation ?? 1),
      )
      .sort((a, b) => revisionOf(a) - revisionOf(b) || byCreation(a, b));
    for (const rs of cleanable.slice(0, Math.max(0, cleanable.length - limit))) {
      this.ctx.signal.throwIfAborted();
      try {
        await this.store.delete('ReplicaSet', this.ns, rs.metadata.name);
      } catch (err) {
        if (!(err instanceof CapstanError && err.code === 'NOT_FOUND')) throw err;
      }
      this.all = this.all.filter((x) => x !== rs);
    }
  }

  /** Writes the status when it changed; after a complete rollout, cleans up history first. */
  private async writeStatus(o: { cleanupWhenComplete?: boolean } = {}): Promise<RequeueAfter | undefined> {
    const d = this.d;
    let { status, requeueAfterMs } = calculateDeploymentStatus({ deployment: d, all: this.all, newRS: this.newRS, newRSEvent: this.newRSEvent, nowMs: this.opts.now() });
    const replicas = specReplicas(d);
    if (o.cleanupWhenComplete && status.updatedReplicas === replicas && status.replicas === replicas && status.availableReplicas === replicas) {
      await this.cleanupHistory();
    }
    if (!jsonEqual(status, d.status ?? {})) {
      this.ctx.signal.throwIfAborted();
      try {
        await this.store.updateStatus('Deployment', this.ns, d.metadata.name, status, { resourceVersion: d.metadata.resourceVersion });
      } catch (err) {
        // The Deployment changed meanwhile: that change enqueued another reconcile.
        if (!(err instanceof CapstanError && (err.code === 'CONFLICT' || err.code === 'NOT_FOUND'))) throw err;
        requeueAfterMs = undefined;
      }
    }
    return requeueAfterMs === undefined ? undefined : { requeueAfterMs };
  }

  private async event(reason: string, message: string): Promise<void> {
    try {
      await recordEvent(this.store, this.d, 'Normal', reason, message, { component: DEPLOYMENT_COMPONENT });
    } catch (err) {
      this.log.warn({ err, reason }, 'could not record event');
    }
  }
}
