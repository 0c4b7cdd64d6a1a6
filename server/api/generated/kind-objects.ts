/* Generated from schema.graphql by `npm run codegen`. Do not edit. */
import type { KObject } from '../../kinds/types.ts';
import type * as Api from './graphql.ts';

/** `T[K]` where the kind has that field; `any` otherwise, as the store has it. */
type Field<T, K extends string> = T extends { [P in K]?: infer V } ? V : any;

/** A stored object whose spec and status have their schema types. */
export interface StoredObject<T> {
  apiVersion: string;
  kind: string;
  metadata: KObject['metadata'];
  spec?: Field<T, 'spec'>;
  status?: Field<T, 'status'>;
  /** Kinds without spec/status keep their payload in other top-level fields (data, subsets, …), as in KObject. */
  [field: string]: any;
}

export type NamespaceObject = StoredObject<Api.Namespace>;
export type NodeObject = StoredObject<Api.Node>;
export type PodObject = StoredObject<Api.Pod>;
export type ReplicaSetObject = StoredObject<Api.ReplicaSet>;
export type DeploymentObject = StoredObject<Api.Deployment>;
export type ServiceObject = StoredObject<Api.Service>;
export type EndpointsObject = StoredObject<Api.Endpoints>;
export type ServiceAccountObject = StoredObject<Api.ServiceAccount>;
export type RoleObject = StoredObject<Api.Role>;
export type ClusterRoleObject = StoredObject<Api.ClusterRole>;
export type RoleBindingObject = StoredObject<Api.RoleBinding>;
export type ClusterRoleBindingObject = StoredObject<Api.ClusterRoleBinding>;
export type SecretObject = StoredObject<Api.Secret>;
export type ConfigMapObject = StoredObject<Api.ConfigMap>;
export type LeaseObject = StoredObject<Api.Lease>;
export type EventObject = StoredObject<Api.Event>;
export type JobObject = StoredObject<Api.Job>;
export type CronJobObject = StoredObject<Api.CronJob>;
export type ReplicationControllerObject = StoredObject<Api.ReplicationController>;
export type DaemonSetObject = StoredObject<Api.DaemonSet>;
export type StatefulSetObject = StoredObject<Api.StatefulSet>;
export type PersistentVolumeObject = StoredObject<Api.PersistentVolume>;
export type PersistentVolumeClaimObject = StoredObject<Api.PersistentVolumeClaim>;
export type StorageClassObject = StoredObject<Api.StorageClass>;
export type PriorityClassObject = StoredObject<Api.PriorityClass>;
export type ResourceQuotaObject = StoredObject<Api.ResourceQuota>;
export type LimitRangeObject = StoredObject<Api.LimitRange>;