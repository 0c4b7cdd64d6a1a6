/**
 * The ReplicationController controller: the ReplicaSet controller's reconcile (claim, create or
 * delete the difference, status) run for ReplicationControllers, whose selector is a plain
 * label map. Kubernetes does the same: its replication manager wraps the ReplicaSet controller.
 */
import { replicationControllerSelector } from '../../server/kinds/replicationcontroller.ts';
import type { Controller } from '../controller.ts';
import { createReplicatedKindController, type ReplicaSetControllerOptions, type ReplicatedKind } from './replicaset.ts';

export const REPLICATION_CONTROLLER_COMPONENT = 'replication-controller';

export const REPLICATION_CONTROLLER_KIND: ReplicatedKind = {
  kind: 'ReplicationController',
  controllerName: 'replicationcontroller',
  component: REPLICATION_CONTROLLER_COMPONENT,
  selectorOf: replicationControllerSelector,
};

export function createReplicationControllerController(options: ReplicaSetControllerOptions = {}): Controller {
  return createReplicatedKindController(REPLICATION_CONTROLLER_KIND, options);
}
