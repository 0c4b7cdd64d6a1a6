/**
 * The values resolvers hand to GraphQL for the API-level types of schema.graphql (codegen maps
 * them here, see codegen.ts). Kinds themselves are plain KObjects.
 */
import type { KObject, WatchEventType } from '../kinds/types.ts';

/** `<Kind>WatchEvent`: `object` is absent on BOOKMARK. */
export interface ApiWatchEvent {
  type: WatchEventType;
  object?: KObject | null;
  resourceVersion: string;
}

export interface ApiHistoryEntry {
  revision: string;
  type: WatchEventType;
  timestamp: string;
  object: KObject;
}

/** The scale sub-resource of a Deployment, ReplicaSet, ReplicationController or StatefulSet. */
export interface ApiScale {
  kind: 'Deployment' | 'ReplicaSet' | 'ReplicationController' | 'StatefulSet';
  metadata: KObject['metadata'];
  spec: { replicas: number };
  status: { replicas: number; readyReplicas?: number | null; selector?: string | null };
}
