/**
 * Validation of `metadata`, common to every kind (Kubernetes' ValidateObjectMeta and
 * ValidateObjectMetaUpdate), and of the label and annotation maps used elsewhere too
 * (nodeSelector, Service selector, pod templates).
 */
import type { FieldError } from '../errors.ts';
import { FieldErrors, forbidden, invalidValue, IMMUTABLE, required, tooLong } from './field-errors.ts';
import {
  validateAnnotationKey,
  validateAnnotationsSize,
  validateDNS1035Label,
  validateDNS1123Label,
  validateDNS1123Subdomain,
  validateLabelKey,
  validateLabelValue,
  validateNamePrefix,
  validateQualifiedName,
  TOTAL_ANNOTATION_SIZE_LIMIT,
} from './names.ts';
import { validatePathSegmentName } from './rbac-validation.ts';
import type { KindName, KObject } from './types.ts';

/** The rule Kubernetes applies to `metadata.name` of each kind. */
export const NAME_RULES: Record<KindName, (name: string) => string | null> = {
  Namespace: validateDNS1123Label,
  // Services get DNS names like <name>.<namespace>.svc, and env vars from their names: RFC 1035.
  Service: validateDNS1035Label,
  Node: validateDNS1123Subdomain,
  Pod: validateDNS1123Subdomain,
  ReplicaSet: validateDNS1123Subdomain,
  Deployment: validateDNS1123Subdomain,
  Endpoints: validateDNS1123Subdomain,
  ServiceAccount: validateDNS1123Subdomain,
  // RBAC names are path segments (`system:basic-user`), as in Kubernetes.
  Role: validatePathSegmentName,
  ClusterRole: validatePathSegmentName,
  RoleBinding: validatePathSegmentName,
  ClusterRoleBinding: validatePathSegmentName,
  Secret: validateDNS1123Subdomain,
  ConfigMap: validateDNS1123Subdomain,
  Lease: validateDNS1123Subdomain,
  Event: validateDNS1123Subdomain,
  Job: validateDNS1123Subdomain,
  // CronJob names are also capped at 52 characters (cronjob.ts), to leave room for Job suffixes.
  CronJob: validateDNS1123Subdomain,
  ReplicationController: validateDNS1123Subdomain,
  DaemonSet: validateDNS1123Subdomain,
  StatefulSet: validateDNS1123Subdomain,
  PersistentVolume: validateDNS1123Subdomain,
  PersistentVolumeClaim: validateDNS1123Subdomain,
  StorageClass: validateDNS1123Subdomain,
  PriorityClass: validateDNS1123Subdomain,
  ResourceQuota: validateDNS1123Subdomain,
  LimitRange: validateDNS1123Subdomain,
};

/** Finalizers that ask the garbage collector for a propagation policy; they exclude each other. */
const ORPHAN_FINALIZER = 'orphan';
const FOREGROUND_FINALIZER = 'foregroundDeletion';

/** Labels: qualified-name keys and label values. */
export function validateLabels(labels: unknown, field: string, errs: FieldErrors): void {
  if (!errs.stringMap(field, labels)) return;
  for (const [key, value] of Object.entries(labels)) {
    const keyError = validateLabelKey(key);
    if (keyError) errs.add(invalidValue(field, key, keyError));
    const valueError = validateLabelValue(value);
    if (valueError) errs.add(invalidValue(`${field}[${key}]`, value, valueError));
  }
}

/** Annotations: qualified-name keys, any string values, at most 256 KiB in all. */
export function validateAnnotations(annotations: unknown, field: string, errs: FieldErrors): void {
  if (!errs.stringMap(field, annotations)) return;
  for (const key of Object.keys(annotations)) {
    const keyError = validateAnnotationKey(key);
    if (keyError) errs.add(invalidValue(field, key, keyError));
  }
  if (validateAnnotationsSize(annotations)) errs.add(tooLong(field, TOTAL_ANNOTATION_SIZE_LIMIT));
}

export interface ObjectMetaRules {
  kind: KindName;
  namespaced: boolean;
}

/** Every problem with `obj.metadata` (and, given `old`, with how it changed). */
export function validateObjectMeta(rules: ObjectMetaRules, obj: KObject, old?: KObject): FieldError[] {
  const errs = new FieldErrors();
  const meta = obj.metadata as unknown;
  if (!errs.object('metadata', meta, { required: true })) return errs.list;
  const nameRule = NAME_RULES[rules.kind];

  const name = meta.name;
  if (name === undefined || name === null || name === '') {
    // A generated name is filled in before the object is stored; only one of them may be missing.
    if (!meta.generateName) errs.add(required('metadata.name', 'name or generateName is required'));
  } else if (errs.string('metadata.name', name)) {
    errs.name('metadata.name', name, nameRule);
  }
  if (meta.generateName !== undefined && errs.string('metadata.generateName', meta.generateName) && meta.generateName !== '') {
    errs.name('metadata.generateName', meta.generateName, (p) => validateNamePrefix(p, nameRule));
  }

  const namespace = meta.namespace;
  if (rules.namespaced) {
    if (namespace === undefined || namespace === null || namespace === '') errs.add(required('metadata.namespace'));
    else if (errs.string('metadata.namespace', namespace)) errs.name('metadata.namespace', namespace, validateDNS1123Label);
  } else if (namespace !== undefined && namespace !== null && namespace !== '') {
    errs.add(forbidden('metadata.namespace', 'not allowed on this type'));
  }

  if (meta.labels !== undefined && meta.labels !== null) validateLabels(meta.labels, 'metadata.labels', errs);
  if (meta.annotations !== undefined && meta.annotations !== null) validateAnnotations(meta.annotations, 'metadata.annotations', errs);
  validateOwnerReferences(meta.ownerReferences, errs);
  validateFinalizers(meta.finalizers, errs);
  if (meta.generation !== undefined) errs.integer('metadata.generation', meta.generation, { min: 0, max: Number.MAX_SAFE_INTEGER });

  if (old?.metadata) {
    for (const key of ['name', 'namespace', 'uid', 'creationTimestamp'] as const) {
      const before = old.metadata[key];
      const after = meta[key];
      // Empty means "not given": the store fills system fields in from the stored object.
      if (before && after && before !== after) errs.add(invalidValue(`metadata.${key}`, after, IMMUTABLE));
    }
  }
  return errs.list;
}

function validateOwnerReferences(refs: unknown, errs: FieldErrors): void {
  if (!errs.array('metadata.ownerReferences', refs)) return;
  const controllers: string[] = [];
  refs.forEach((ref, i) => {
    const path = `metadata.ownerReferences[${i}]`;
    if (!errs.object(path, ref, { required: true })) return;
    errs.string(`${path}.apiVersion`, ref.apiVersion, { required: true });
    errs.string(`${path}.kind`, ref.kind, { required: true });
    errs.string(`${path}.name`, ref.name, { required: true });
    errs.string(`${path}.uid`, ref.uid, { required: true });
    errs.boolean(`${path}.controller`, ref.controller);
    errs.boolean(`${path}.blockOwnerDeletion`, ref.blockOwnerDeletion);
    if (ref.controller === true) controllers.push(`${ref.kind}/${ref.name}`);
  });
  if (controllers.length > 1) {
    errs.add(
      invalidValue(
        'metadata.ownerReferences',
        refs,
        `Only one reference can have Controller set to true. Found "true" in references for ${controllers.join(' and ')}`,
      ),
    );
  }
}

function validateFinalizers(finalizers: unknown, errs: FieldErrors): void {
  if (!errs.array('metadata.finalizers', finalizers)) return;
  finalizers.forEach((f, i) => {
    if (errs.string(`metadata.finalizers[${i}]`, f, { required: true })) {
      errs.name(`metadata.finalizers[${i}]`, f, validateQualifiedName);
    }
  });
  if (finalizers.includes(ORPHAN_FINALIZER) && finalizers.includes(FOREGROUND_FINALIZER)) {
    errs.add(
      invalidValue('metadata.finalizers', finalizers, `finalizer ${ORPHAN_FINALIZER} and ${FOREGROUND_FINALIZER} cannot be both set`),
    );
  }
}
