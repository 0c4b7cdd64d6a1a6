/**
 * StatefulSet (apps/v1): pods with stable ordinal names (`<set>-0` … `<set>-N-1`), created and
 * removed in order, with a stable network identity through a headless Service (`serviceName`),
 * and (once PersistentVolumeClaims exist) a claim per pod from `volumeClaimTemplates`.
 */
import { KIND_TABLE } from '../../api/kinds.ts';
import { deepEqual } from './deep-equal.ts';
import { defaultString } from './defaults.ts';
import { FieldErrors, forbidden, invalidValue, isObject, required } from './field-errors.ts';
import { METADATA_FIELD_SELECTORS, type KindDefinition } from './kind-definition.ts';
import { validateLabels } from './metadata.ts';
import { validateDNS1123Label, validateDNS1123Subdomain } from './names.ts';
import { applyPodTemplateDefaults, validateSelectorAndTemplate } from './pod-template.ts';
import { validateReplicaCounts } from './replicaset.ts';

export const POD_MANAGEMENT_POLICIES = ['OrderedReady', 'Parallel'] as const;
export const STATEFULSET_UPDATE_STRATEGIES = ['RollingUpdate', 'OnDelete'] as const;
const RETENTION_POLICIES = ['Retain', 'Delete'] as const;
const ACCESS_MODES = ['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod'] as const;

/** Spec fields Kubernetes lets a StatefulSet update change; every other one is immutable. */
const UPDATABLE = new Set(['replicas', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy', 'minReadySeconds', 'revisionHistoryLimit', 'ordinals']);

export const statefulSet: KindDefinition = {
  ...KIND_TABLE.StatefulSet,
  hasSpec: true,
  hasStatusSubresource: true,
  statusResetOnCreate: true,
  applyDefaults(obj) {
    const spec = obj.spec;
    if (!isObject(spec)) return;
    spec.replicas ??= 1;
    defaultString(spec, 'podManagementPolicy', 'OrderedReady');
    spec.updateStrategy ??= {};
    if (isObject(spec.updateStrategy)) {
      defaultString(spec.updateStrategy, 'type', 'RollingUpdate');
      if (spec.updateStrategy.type === 'RollingUpdate') {
        spec.updateStrategy.rollingUpdate ??= {};
        if (isObject(spec.updateStrategy.rollingUpdate)) spec.updateStrategy.rollingUpdate.partition ??= 0;
      }
    }
    spec.revisionHistoryLimit ??= 10;
    spec.minReadySeconds ??= 0;
    spec.persistentVolumeClaimRetentionPolicy ??= {};
    if (isObject(spec.persistentVolumeClaimRetentionPolicy)) {
      defaultString(spec.persistentVolumeClaimRetentionPolicy, 'whenDeleted', 'Retain');
      defaultString(spec.persistentVolumeClaimRetentionPolicy, 'whenScaled', 'Retain');
    }
    if (Array.isArray(spec.volumeClaimTemplates)) {
      for (const t of spec.volumeClaimTemplates) {
        if (isObject(t) && isObject(t.spec)) defaultString(t.spec, 'volumeMode', 'Filesystem');
      }
    }
    applyPodTemplateDefaults(spec);
  },
  validate(obj, old) {
    const errs = new FieldErrors();
    const spec = obj.spec;
    if (errs.object('spec', spec, { required: true })) {
      errs.integer('spec.replicas', spec.replicas, { min: 0 });
      errs.integer('spec.minReadySeconds', spec.minReadySeconds, { min: 0 });
      errs.integer('spec.revisionHistoryLimit', spec.revisionHistoryLimit, { min: 0 });
      if (errs.string('spec.serviceName', spec.serviceName) && spec.serviceName !== '') errs.name('spec.serviceName', spec.serviceName, validateDNS1123Label);
      errs.oneOf('spec.podManagementPolicy', spec.podManagementPolicy, POD_MANAGEMENT_POLICIES, { required: true });
      validateUpdateStrategy(spec.updateStrategy, errs);
      const retention = spec.persistentVolumeClaimRetentionPolicy;
      if (errs.object('spec.persistentVolumeClaimRetentionPolicy', retention)) {
        errs.oneOf('spec.persistentVolumeClaimRetentionPolicy.whenDeleted', retention.whenDeleted, RETENTION_POLICIES);
        errs.oneOf('spec.persistentVolumeClaimRetentionPolicy.whenScaled', retention.whenScaled, RETENTION_POLICIES);
      }
      const claimNames = validateVolumeClaimTemplates(spec.volumeClaimTemplates, errs);
      validateSelectorAndTemplate(withClaimVolumes(spec, claimNames), 'StatefulSet', errs, old?.spec);
      if (isObject(old?.spec)) {
        for (const key of new Set([...Object.keys(spec), ...Object.keys(old.spec)])) {
          if (key === 'selector' || UPDATABLE.has(key) || deepEqual(spec[key], old.spec[key])) continue;
          errs.add(
            forbidden(
              'spec',
              "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden",
            ),
          );
          break;
        }
      }
    }
    validateReplicaCounts(obj.status, ['replicas', 'readyReplicas', 'currentReplicas', 'updatedReplicas', 'availableReplicas', 'collisionCount'], errs);
    return errs.list;
  },
  fieldSelectors: { ...METADATA_FIELD_SELECTORS },
};

function validateUpdateStrategy(strategy: unknown, errs: FieldErrors): void {
  const path = 'spec.updateStrategy';
  if (!errs.object(path, strategy)) return;
  if (!errs.oneOf(`${path}.type`, strategy.type, STATEFULSET_UPDATE_STRATEGIES, { required: true })) return;
  const rolling = strategy.rollingUpdate;
  if (strategy.type === 'OnDelete') {
    if (rolling !== undefined && rolling !== null) errs.add(forbidden(`${path}.rollingUpdate`, "only allowed for updateStrategy 'RollingUpdate'"));
    return;
  }
  if (!errs.object(`${path}.rollingUpdate`, rolling)) return;
  errs.integer(`${path}.rollingUpdate.partition`, rolling.partition, { min: 0 });
  if (rolling.maxUnavailable !== undefined && rolling.maxUnavailable !== null) {
    errs.add(forbidden(`${path}.rollingUpdate.maxUnavailable`, 'not supported: pods are updated one at a time (Kubernetes keeps it behind the MaxUnavailableStatefulSet feature gate)'));
  }
}

/**
 * Each claim template: a DNS-1123 name, unique, with labels, at least one access mode and a
 * storage request. Returns the valid names, which the pod template's volumeMounts may refer to.
 */
function validateVolumeClaimTemplates(templates: unknown, errs: FieldErrors): string[] {
  const names: string[] = [];
  if (!errs.array('spec.volumeClaimTemplates', templates)) return names;
  templates.forEach((t, i) => {
    const p = `spec.volumeClaimTemplates[${i}]`;
    if (!errs.object(p, t, { required: true })) return;
    if (errs.object(`${p}.metadata`, t.metadata, { required: true })) {
      const name = t.metadata.name;
      if (errs.string(`${p}.metadata.name`, name, { required: true })) {
        const before = errs.list.length;
        errs.name(`${p}.metadata.name`, name, validateDNS1123Subdomain);
        if (names.includes(name)) errs.add(invalidValue(`${p}.metadata.name`, name, 'duplicate claim template name'));
        else if (errs.list.length === before) names.push(name);
      }
      if (t.metadata.labels !== undefined && t.metadata.labels !== null) validateLabels(t.metadata.labels, `${p}.metadata.labels`, errs);
    }
    if (!errs.object(`${p}.spec`, t.spec, { required: true })) return;
    if (errs.array(`${p}.spec.accessModes`, t.spec.accessModes, { required: true })) {
      t.spec.accessModes.forEach((m: unknown, j: number) => errs.oneOf(`${p}.spec.accessModes[${j}]`, m, ACCESS_MODES, { required: true }));
    }
    errs.oneOf(`${p}.spec.volumeMode`, t.spec.volumeMode, ['Filesystem', 'Block']);
    if (errs.string(`${p}.spec.storageClassName`, t.spec.storageClassName) && t.spec.storageClassName !== '') {
      errs.name(`${p}.spec.storageClassName`, t.spec.storageClassName, validateDNS1123Subdomain);
    }
    const resources = t.spec.resources;
    if (errs.object(`${p}.spec.resources`, resources, { required: true }) && errs.object(`${p}.spec.resources.requests`, resources.requests, { required: true })) {
      if (resources.requests.storage === undefined || resources.requests.storage === null) errs.add(required(`${p}.spec.resources.requests[storage]`));
      else errs.quantity(`${p}.spec.resources.requests[storage]`, resources.requests.storage, { nonNegative: true });
    }
  });
  return names;
}

/**
 * The spec as the template is validated: containers may mount a claim template by name, the
 * volume Kubernetes adds to each pod from its claim, so the claim names count as volumes here.
 */
function withClaimVolumes(spec: Record<string, any>, claimNames: string[]): Record<string, any> {
  if (claimNames.length === 0 || !isObject(spec.template) || !isObject(spec.template.spec)) return spec;
  const volumes: unknown[] = Array.isArray(spec.template.spec.volumes) ? spec.template.spec.volumes : [];
  const have = new Set(volumes.map((v) => (isObject(v) ? v.name : undefined)));
  const extra = claimNames.filter((n) => !have.has(n)).map((name) => ({ name, emptyDir: {} }));
  return { ...spec, template: { ...spec.template, spec: { ...spec.template.spec, volumes: [...volumes, ...extra] } } };
}
