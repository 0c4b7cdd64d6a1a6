/**
 * Every kind Capstan serves, and how to find one by the names users type (`po`, `pods`,
 * `deployments.apps`) or by a manifest's apiVersion and kind.
 */
import { findKind } from '../../api/kinds.ts';
import { CapstanError, invalid, throwIfInvalid, type FieldError } from '../errors.ts';
import { clusterRoleBinding } from './cluster-role-binding.ts';
import { clusterRole } from './cluster-role.ts';
import { configMap } from './configmap.ts';
import { cronJob } from './cronjob.ts';
import { daemonSet } from './daemonset.ts';
import { deployment } from './deployment.ts';
import { endpoints } from './endpoints.ts';
import { event } from './event.ts';
import { invalidValue } from './field-errors.ts';
import { job } from './job.ts';
import { knownFieldErrors, UNKNOWN_FIELD } from './known-fields.ts';
import type { KindDefinition } from './kind-definition.ts';
import { lease } from './lease.ts';
import { limitRange } from './limitrange.ts';
import { validateObjectMeta } from './metadata.ts';
import { namespace } from './namespace.ts';
import { node } from './node.ts';
import { persistentVolume } from './persistentvolume.ts';
import { persistentVolumeClaim } from './persistentvolumeclaim.ts';
import { pod } from './pod.ts';
import { priorityClass } from './priorityclass.ts';
import { replicaSet } from './replicaset.ts';
import { resourceQuota } from './resourcequota.ts';
import { roleBinding } from './role-binding.ts';
import { role } from './role.ts';
import { replicationController } from './replicationcontroller.ts';
import { secret } from './secret.ts';
import { service } from './service.ts';
import { serviceAccount } from './serviceaccount.ts';
import { statefulSet } from './statefulset.ts';
import { storageClass } from './storageclass.ts';
import type { KindName, KObject } from './types.ts';

export type { KindDefinition } from './kind-definition.ts';

export const KINDS = {
  Namespace: namespace,
  Node: node,
  Pod: pod,
  ReplicaSet: replicaSet,
  Deployment: deployment,
  Service: service,
  Endpoints: endpoints,
  ServiceAccount: serviceAccount,
  Role: role,
  ClusterRole: clusterRole,
  RoleBinding: roleBinding,
  ClusterRoleBinding: clusterRoleBinding,
  Secret: secret,
  ConfigMap: configMap,
  Lease: lease,
  Event: event,
  Job: job,
  CronJob: cronJob,
  ReplicationController: replicationController,
  DaemonSet: daemonSet,
  StatefulSet: statefulSet,
  PersistentVolume: persistentVolume,
  PersistentVolumeClaim: persistentVolumeClaim,
  StorageClass: storageClass,
  PriorityClass: priorityClass,
  ResourceQuota: resourceQuota,
  LimitRange: limitRange,
} satisfies Record<KindName, KindDefinition>;

const DEFINITIONS = Object.values(KINDS);

/**
 * The kind a user means, case-insensitively, by kind (`Pod`), plural (`pods`), singular, short
 * name (`po`), optionally qualified by group or version and group as kubectl allows
 * (`deployments.apps`, `deploy.v1.apps`, `leases.coordination.k8s.io`): `findKind` of the kind table.
 */
export function kindFor(nameOrPluralOrShort: string): KindDefinition | undefined {
  const info = findKind(nameOrPluralOrShort);
  return info && KINDS[info.kind];
}

/**
 * The kind of a manifest. Throws INVALID for a missing or unknown kind, or one served under
 * another apiVersion (`extensions/v1beta1` Deployments, say), saying what would work.
 */
export function kindForManifest(apiVersion: string, kind: string): KindDefinition {
  if (typeof kind !== 'string' || kind === '') throw invalid('kind', 'Required value: every manifest needs a kind');
  if (typeof apiVersion !== 'string' || apiVersion === '') throw invalid('apiVersion', 'Required value: every manifest needs an apiVersion');
  const def = DEFINITIONS.find((d) => d.kind === kind);
  if (!def) {
    const near = DEFINITIONS.find((d) => d.kind.toLowerCase() === kind.toLowerCase());
    const hint = near ? ` (kinds are case-sensitive: did you mean "${near.kind}"?)` : ` (supported kinds: ${DEFINITIONS.map((d) => d.kind).join(', ')})`;
    throw invalid('kind', `no matches for kind ${JSON.stringify(kind)} in version ${JSON.stringify(apiVersion)}${hint}`);
  }
  if (def.apiVersion !== apiVersion) {
    throw invalid(
      'apiVersion',
      `no matches for kind ${JSON.stringify(kind)} in version ${JSON.stringify(apiVersion)}: ${kind} is served as apiVersion ${JSON.stringify(def.apiVersion)}`,
    );
  }
  return def;
}

/**
 * Validates an object of kind `def` (defaults already applied): its apiVersion and kind, common
 * metadata rules, then the kind's own rules; given `old`, also what may not change. Throws one
 * CapstanError INVALID listing every problem (`Pod "web" is invalid: spec.containers: Required value`).
 */
export function validateObject(def: KindDefinition, obj: KObject, old?: KObject): void {
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
    throw new CapstanError('INVALID', `${def.kind} is invalid: must be an object`, [{ field: '', message: 'must be an object' }]);
  }
  const errors: FieldError[] = [];
  // Absent apiVersion/kind are filled in by the API layer; present ones must agree with the endpoint.
  if (obj.apiVersion !== undefined && obj.apiVersion !== def.apiVersion) {
    errors.push(invalidValue('apiVersion', obj.apiVersion, `must be ${JSON.stringify(def.apiVersion)} for ${def.kind}`));
  }
  if (obj.kind !== undefined && obj.kind !== def.kind) errors.push(invalidValue('kind', obj.kind, `must be ${JSON.stringify(def.kind)}`));
  errors.push(...validateObjectMeta(def, obj, old));
  errors.push(...def.validate(obj, old));
  // Strict fields (known-fields.ts): unknown fields always; a wrong shape only where the kind's
  // own rules have not already said so for that field.
  const reported = new Set(errors.map((e) => e.field));
  errors.push(...knownFieldErrors(def.apiVersion, def.kind, obj).filter((e) => e.message === UNKNOWN_FIELD || !reported.has(e.field)));
  const name = typeof obj.metadata?.name === 'string' && obj.metadata.name !== '' ? obj.metadata.name : obj.metadata?.generateName;
  throwIfInvalid(name ? `${def.kind} ${JSON.stringify(name)}` : def.kind, errors);
}
