/**
 * The narrow views of the store that controllers take. A controller names the verbs it uses,
 * so its reconcile can run against anything that has them: the Postgres store in the workers,
 * and the in-memory {@link MemoryStore} (workers/testing/memory-store.ts) in the unit tests
 * beside each controller. The dispatcher hands every controller the whole Store, which has all
 * of them.
 */
import type { Store } from '../server/store/store.ts';

/** Reads by key and lists (namespace, label and field selectors, paging; skeletons for unique allocations). */
export type ObjectReader = Pick<Store, 'get' | 'list' | 'listSkeletons'>;

/** The generic object writes: create, read-modify-write, status, PUT, delete. */
export type ObjectWriter = Pick<Store, 'create' | 'update' | 'updateStatus' | 'replace' | 'delete'>;

/** What an ordinary controller needs: every reconcile but the gc's and the scheduler's. */
export type ControllerStore = ObjectReader & ObjectWriter;

/** Where events are recorded: create one, or bump the count of the same one. */
export type EventStore = Pick<Store, 'create' | 'update'>;

/** The garbage collector's extra reads (dependents by owner) and its batched deletes. */
export type GcStore = ControllerStore & Pick<Store, 'listDependents' | 'ownersWithDependents' | 'findOwners' | 'deleteMany'>;

/** The scheduler's extra verbs: the batched bind and the event log it catches up from. */
export type SchedulerStore = ControllerStore & Pick<Store, 'bindPods' | 'log'>;
