/**
 * The contract between the work distribution (dispatcher, queues) and the controllers. A
 * controller is level-triggered: the dispatcher only tells it *which* keys may need work; its
 * `reconcile(key)` re-reads the current state and acts on that, so running it once more than
 * needed is harmless and running it once after many changes is enough.
 */
import type { Logger } from 'pino';
import type { LogEvent } from '../server/store/types.ts';
import type { Store } from '../server/store/store.ts';
import type { WorkerMetrics } from './queue/metrics.ts';

/**
 * What one reconcile gets. `S` is the controller's view of the store (controller-store.ts);
 * controllers name the narrow one they use (`ReconcileContext<ControllerStore>`), the
 * dispatcher gives them the whole Store.
 */
export interface ReconcileContext<S = Store> {
  store: S;
  /** Aborted when this worker lost the key's lock (it must stop writing) or is shutting down hard. */
  signal: AbortSignal;
  log: Logger;
  /** The process's worker metrics, for controllers that record figures of their own (the scheduler). */
  metrics?: WorkerMetrics;
  /**
   * Wakes other keys of the same controller (each runs as its own job, once however often it is
   * woken while it waits): for a periodic check that finds which keys need work. Set by the
   * worker; tests that call `reconcile` directly pass their own.
   */
  enqueue?: (keys: string[]) => Promise<void>;
}

/** Ask for another reconcile of the same key after a delay (e.g. a lease that will expire). */
export interface RequeueAfter {
  requeueAfterMs: number;
}

/**
 * A controller over the store view `S`. The dispatcher runs `Controller`s (over the whole
 * Store); one written against a narrower view is one of those, since the Store has every verb.
 */
export interface Controller<S = Store> {
  /** Unique, kebab-case; names the queue (`capstan:<name>`) and the metrics label. */
  name: string;
  /** Which object keys (`namespace/name`, or `name` for cluster-scoped objects) a log event concerns. */
  keysFor(event: LogEvent): string[];
  /**
   * Optional: the keys of a whole page of events, with the store at hand to leave out keys that
   * need no work (the gc drops deleted objects that own nothing, one query per page instead of
   * one job per deletion). When present the dispatcher calls it instead of `keysFor`.
   */
  keysForEvents?(events: LogEvent[], store: S): Promise<Iterable<string>>;
  /** Every key, for the periodic resync and after the dispatcher lost its place in the log. */
  listKeys(store: S): Promise<string[]>;
  /** Brings the key's actual state towards its desired state. A thrown error is retried with back-off. */
  reconcile(key: string, ctx: ReconcileContext<S>): Promise<void | RequeueAfter>;
  /** Releases what the controller holds beyond the store (connections, timers); called at stop. */
  close?(): void | Promise<void>;
}

/** `namespace/name`, or `name` for cluster-scoped objects (namespace ''). */
export function objectKey(namespace: string | undefined, name: string): string {
  return namespace ? `${namespace}/${name}` : name;
}

/** The inverse of objectKey. */
export function splitKey(key: string): { namespace: string | undefined; name: string } {
  const slash = key.indexOf('/');
  return slash < 0 ? { namespace: undefined, name: key } : { namespace: key.slice(0, slash), name: key.slice(slash + 1) };
}
