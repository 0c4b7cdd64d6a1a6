/**
 * The generic shape of every Capstan object, with Kubernetes' JSON field names. Per-kind shapes
 * (PodSpec, …) are described in schema.graphql and validated in server/kinds/<kind>.ts; code
 * that handles any kind works on this shape.
 */
export interface OwnerReference {
  apiVersion: string;
  kind: string;
  name: string;
  uid: string;
  controller?: boolean;
  blockOwnerDeletion?: boolean;
}

export interface ObjectMeta {
  name: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  deletionGracePeriodSeconds?: number;
  ownerReferences?: OwnerReference[];
  finalizers?: string[];
  generateName?: string;
}

export interface KObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  spec?: any;
  status?: any;
  /** Kinds without spec/status keep their payload in other top-level fields (data, subsets, …). */
  [field: string]: any;
}

export type { KindName } from '../../api/kinds.ts';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK';
