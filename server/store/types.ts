import type { KindName, KObject, WatchEventType } from '../kinds/types.ts';

/** One row of the event log: what one write did, with the whole object after it. */
export interface LogEvent {
  revision: bigint;
  type: Exclude<WatchEventType, 'BOOKMARK'>;
  kind: KindName;
  namespace: string; // '' for cluster-scoped kinds
  name: string;
  object: KObject;
  /** The object before this write, for MODIFIED and DELETED (absent for ADDED). */
  prevObject?: KObject;
  createdAt: Date;
}

export interface ListOptions {
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
  /**
   * Only objects whose controller (the ownerReference with `controller: true`) has this uid,
   * whatever their labels: with a selector list, what a controller's sync may claim (the owned
   * objects it keeps or releases). Answered from the owner index, not by reading the namespace.
   */
  controllerUid?: string;
  limit?: number;
  continue?: string;
}

export interface ListResult {
  items: KObject[];
  /** The revision the list is consistent with; watch from here to see every later change. */
  resourceVersion: string;
  continue?: string;
}

export type PropagationPolicy = 'Background' | 'Foreground' | 'Orphan';

export interface DeleteOptions {
  resourceVersion?: string;
  propagationPolicy?: PropagationPolicy;
  gracePeriodSeconds?: number;
}

export interface WriteOptions {
  /** Precondition: fail with CONFLICT unless the object is at this version. */
  resourceVersion?: string;
  /** Validate and compute the result, write nothing. */
  dryRun?: boolean;
}

/** The identity a request acts as, resolved from its bearer token. */
export interface Identity {
  /** e.g. `admin`, `system:node:n1`, `system:serviceaccount:ns:name` */
  user: string;
  groups: string[];
  type: 'admin' | 'node' | 'bootstrap' | 'serviceaccount' | 'user';
}
