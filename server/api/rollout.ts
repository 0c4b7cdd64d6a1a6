/**
 * `rolloutUndo` (kubectl rollout undo): puts the pod template of an earlier revision back into
 * a Deployment; the deployment controller then rolls it out as the next revision. Revisions are
 * the `deployment.kubernetes.io/revision` annotations the controller keeps on the Deployment's
 * ReplicaSets (workers/controllers/deployment-rollout.ts; the names are Kubernetes' own).
 */
import { CapstanError, notFound } from '../errors.ts';
import type { KObject } from '../kinds/types.ts';
import type { Store } from '../store/store.ts';
import type { ApiContext } from './context.ts';

const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';
const POD_TEMPLATE_HASH_LABEL = 'pod-template-hash';

function revisionOf(rs: KObject): number {
  const n = Number(rs.metadata.annotations?.[REVISION_ANNOTATION]);
  return Number.isInteger(n) && n > 0 ? n : 0;
}

/** The resolver: authorizes, then undoes. */
export async function rolloutUndoResolver(ctx: ApiContext, namespace: string, name: string, toRevision: number | null | undefined): Promise<KObject> {
  await ctx.authorize('update', 'Deployment', namespace, name);
  await ctx.authorize('list', 'ReplicaSet', namespace);
  return rolloutUndo(ctx.store, namespace, name, toRevision ?? 0);
}

/**
 * Rolls `namespace/name` back to `toRevision` (0: the revision before the current one). The
 * Deployment is written with its read resourceVersion as precondition, so a concurrent change
 * makes this fail with CONFLICT rather than be overwritten.
 */
export async function rolloutUndo(store: Store, namespace: string, name: string, toRevision: number): Promise<KObject> {
  if (!Number.isInteger(toRevision) || toRevision < 0) {
    throw new CapstanError('INVALID', `toRevision: must be a non-negative integer, not ${toRevision}`, [{ field: 'toRevision', message: 'must be a non-negative integer' }]);
  }
  const d = await store.get('Deployment', namespace, name);
  if (!d) throw notFound('Deployment', namespace, name);
  const owned = (await store.list('ReplicaSet', { namespace })).items.filter((rs) =>
    rs.metadata.ownerReferences?.some((r) => r.controller && r.uid === d.metadata.uid),
  );
  let target: KObject | undefined;
  if (toRevision === 0) {
    // kubectl's LastRevision: the highest revision below the current (highest) one.
    const byRevision = owned.filter((rs) => revisionOf(rs) > 0).sort((a, b) => revisionOf(b) - revisionOf(a));
    target = byRevision[1];
    if (!target) throw new CapstanError('INVALID', `no previous revision of deployment "${name}" to roll back to`, [{ field: 'toRevision', message: 'no previous revision' }]);
  } else {
    target = owned.find((rs) => revisionOf(rs) === toRevision);
    if (!target) {
      throw new CapstanError('INVALID', `unable to find specified revision ${toRevision} in history`, [{ field: 'toRevision', message: `revision ${toRevision} not found` }]);
    }
  }
  const template = structuredClone(target.spec.template);
  if (template.metadata?.labels) delete template.metadata.labels[POD_TEMPLATE_HASH_LABEL];
  return store.update('Deployment', namespace, name, (cur) => ({ ...cur, spec: { ...cur.spec, template } }), { resourceVersion: d.metadata.resourceVersion });
}
