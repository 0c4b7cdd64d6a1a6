/**
 * Events (the Kubernetes kind) for what the controllers do: Scheduled, SuccessfulCreate,
 * ScalingReplicaSet, NodeNotReady, … The same event about the same object (same reason,
 * message and type) is one Event whose `count` and `lastTimestamp` move, as Kubernetes'
 * event correlator does, so a crash-looping controller does not flood the store.
 */
import { rfc3339 as timestamp } from '../api/time.ts';
import { createHash } from 'node:crypto';
import { CapstanError } from '../server/errors.ts';
import type { KObject } from '../server/kinds/types.ts';
import type { EventStore } from './controller-store.ts';

export type EventType = 'Normal' | 'Warning';

export interface EventSource {
  /** e.g. `default-scheduler`, `replicaset-controller`. */
  component: string;
  host?: string;
}

/** Events of cluster-scoped objects (Nodes, Namespaces) go to this namespace, as in Kubernetes. */
const CLUSTER_EVENTS_NAMESPACE = 'default';

/**
 * Records an event about `obj`, or bumps the count of the same event recorded before. Tries the
 * create first: most events are new, and the store batches concurrent creates.
 */
export async function recordEvent(
  store: EventStore,
  obj: KObject,
  type: EventType,
  reason: string,
  message: string,
  source: EventSource,
  now = new Date(),
): Promise<void> {
  const namespace = obj.metadata.namespace || CLUSTER_EVENTS_NAMESPACE;
  const digest = createHash('sha256').update(`${obj.metadata.uid}\0${type}\0${reason}\0${message}\0${source.component}`).digest('hex').slice(0, 16);
  const name = `${obj.metadata.name}.${digest}`.slice(0, 253);
  const ts = timestamp(now);
  try {
    await store.create('Event', namespace, {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name },
      involvedObject: {
        apiVersion: obj.apiVersion,
        kind: obj.kind,
        name: obj.metadata.name,
        ...(obj.metadata.namespace ? { namespace: obj.metadata.namespace } : {}),
        uid: obj.metadata.uid,
        resourceVersion: obj.metadata.resourceVersion,
      },
      reason,
      message,
      type,
      count: 1,
      firstTimestamp: ts,
      lastTimestamp: ts,
      source,
      reportingComponent: source.component,
    });
  } catch (err) {
    // Recorded before (or by another worker meanwhile): count this one on top.
    if (err instanceof CapstanError && err.code === 'ALREADY_EXISTS') {
      await store.update('Event', namespace, name, (ev) => ({ ...ev, count: (ev.count ?? 1) + 1, lastTimestamp: ts }));
      return;
    }
    // Events are best effort (e.g. the namespace is being deleted); never fail a reconcile.
    if (err instanceof CapstanError && (err.code === 'FORBIDDEN' || err.code === 'NOT_FOUND')) return;
    throw err;
  }
}
