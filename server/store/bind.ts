/**
 * Binding pods to nodes, many at once: Kubernetes' `pods/binding` sub-resource, batched. A bind
 * sets `spec.nodeName` and the `PodScheduled=True` condition in one write (the binding is the
 * one write allowed to touch both), and a batch of binds is one read and one statement
 * (`capstan_update_many`), or the statement alone when the caller brings the pods it read (the
 * scheduler): the scheduler's hot path. Only the node name is validated: the rest of
 * the pod was validated when it was written and a bind changes nothing else (a full update's
 * validation of the whole pod was a third of a round's bind time at 1,000 pods).
 */
import type pg from 'pg';
import { CapstanError, throwIfInvalid } from '../errors.ts';
import { invalidValue } from '../kinds/field-errors.ts';
import { validateDNS1123Subdomain } from '../kinds/names.ts';
import type { KObject } from '../kinds/types.ts';
import { timestamp } from './object-lifecycle.ts';
import { translatePgError } from './pg-errors.ts';

export interface Binding {
  namespace: string;
  name: string;
  nodeName: string;
  /** Precondition: the pod as the scheduler saw it. */
  resourceVersion?: string;
  /**
   * The pod as the caller read it (its resourceVersion is then the precondition): the bind is made
   * from this copy instead of reading the pod again, and the write still fails with CONFLICT
   * if the stored pod is another version. The scheduler's copies come from the log.
   */
  pod?: KObject;
}

/** Per binding, the bound pod or why it was not bound (CONFLICT, NOT_FOUND, INVALID). */
export type BindResult = { pod: KObject } | { error: CapstanError };

function withScheduledCondition(status: any, now: Date): any {
  const conditions: any[] = [...(status?.conditions ?? [])];
  const i = conditions.findIndex((c) => c.type === 'PodScheduled');
  const prev = i >= 0 ? conditions[i] : undefined;
  const cond = { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: prev?.status === 'True' ? prev.lastTransitionTime : timestamp(now) };
  if (i >= 0) conditions[i] = cond;
  else conditions.push(cond);
  return { ...(status ?? {}), conditions };
}

/**
 * `pod` (as read, not shared) bound to `nodeName`: what a full update setting spec.nodeName would
 * store, i.e. the next generation, with PodScheduled=True.
 */
export function boundPod(pod: KObject, nodeName: string, now: Date): KObject {
  const problem = typeof nodeName !== 'string' || nodeName === '' ? 'must be a node name' : validateDNS1123Subdomain(nodeName);
  if (problem) throwIfInvalid(`Pod ${JSON.stringify(pod.metadata.name)}`, [invalidValue('spec.nodeName', nodeName, problem)]);
  return {
    ...pod,
    metadata: { ...pod.metadata, generation: (pod.metadata.generation ?? 1) + 1 },
    spec: { ...pod.spec, nodeName },
    status: withScheduledCondition(pod.status, now),
  };
}

export async function bindPods(pool: pg.Pool, bindings: Binding[], now: Date): Promise<{ results: BindResult[]; revisions: bigint[] }> {
  const results: BindResult[] = new Array(bindings.length);
  const subject = (b: Binding) => ({ kind: 'Pod', namespace: b.namespace, name: b.name });
  // One statement when every binding brings its pod; otherwise the others are read first.
  const unread = bindings.filter((b) => !b.pod);
  const { rows } =
    unread.length === 0
      ? { rows: [] }
      : await pool.query<{ namespace: string; name: string; data: KObject }>(
          `SELECT namespace, name, data FROM objects WHERE kind = 'Pod' AND (namespace, name) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
          [unread.map((b) => b.namespace), unread.map((b) => b.name)],
        );
  const current = new Map(rows.map((r) => [`${r.namespace}/${r.name}`, r.data]));
  const items: { i: number; kind: string; namespace: string; name: string; expected: string; data: KObject }[] = [];
  bindings.forEach((b, i) => {
    const pod = b.pod ?? current.get(`${b.namespace}/${b.name}`);
    try {
      if (!pod) throw translatePgError({ code: 'CP404' }, subject(b));
      if (b.resourceVersion !== undefined && pod.metadata.resourceVersion !== b.resourceVersion) throw translatePgError({ code: 'CP409' }, subject(b));
      if (pod.spec?.nodeName) throw new CapstanError('CONFLICT', `pod ${b.namespace}/${b.name} is already assigned to node "${pod.spec.nodeName}"`);
      if (pod.metadata.deletionTimestamp) throw new CapstanError('CONFLICT', `pod ${b.namespace}/${b.name} is being deleted`);
      const next = boundPod(pod, b.nodeName, now);
      items.push({ i, kind: 'Pod', namespace: b.namespace, name: b.name, expected: pod.metadata.resourceVersion!, data: next });
    } catch (err) {
      results[i] = { error: err instanceof CapstanError ? err : translatePgError(err, subject(b)) };
    }
  });
  const revisions: bigint[] = [];
  if (items.length > 0) {
    items.sort((a, b) => (a.namespace < b.namespace ? -1 : a.namespace > b.namespace ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    // The stored object is the one sent with its new resourceVersion: not read back.
    const { rows: out } = await pool.query<{ idx: number; revision: string | null; error: string | null }>(
      'SELECT idx, revision, error FROM capstan_update_many($1::jsonb)',
      [JSON.stringify(items.map(({ i: _i, ...item }) => item))],
    );
    for (const r of out) {
      const item = items[r.idx]!;
      if (r.error) results[item.i] = { error: translatePgError({ code: r.error === 'NOT_FOUND' ? 'CP404' : 'CP409' }, subject(bindings[item.i]!)) };
      else {
        results[item.i] = { pod: { ...item.data, metadata: { ...item.data.metadata, resourceVersion: r.revision! } } };
        revisions.push(BigInt(r.revision!));
      }
    }
  }
  return { results, revisions };
}
