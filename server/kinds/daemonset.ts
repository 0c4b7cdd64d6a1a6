/** DaemonSet (apps/v1): one pod of `spec.template` on every node it may run on. */
import { KIND_TABLE } from '../../api/kinds.ts';
import { defaultString } from './defaults.ts';
import { intOrPercent } from './deployment.ts';
import { FieldErrors, forbidden, invalidValue, isObject } from './field-errors.ts';
import { METADATA_FIELD_SELECTORS, type KindDefinition } from './kind-definition.ts';
import { applyPodTemplateDefaults, validateSelectorAndTemplate } from './pod-template.ts';
import { validateReplicaCounts } from './replicaset.ts';

export const DAEMONSET_UPDATE_STRATEGIES = ['RollingUpdate', 'OnDelete'] as const;

export const daemonSet: KindDefinition = {
  ...KIND_TABLE.DaemonSet,
  hasSpec: true,
  hasStatusSubresource: true,
  statusResetOnCreate: true,
  applyDefaults(obj) {
    const spec = obj.spec;
    if (!isObject(spec)) return;
    spec.updateStrategy ??= {};
    if (isObject(spec.updateStrategy)) {
      defaultString(spec.updateStrategy, 'type', 'RollingUpdate');
      if (spec.updateStrategy.type === 'RollingUpdate') {
        spec.updateStrategy.rollingUpdate ??= {};
        if (isObject(spec.updateStrategy.rollingUpdate)) {
          spec.updateStrategy.rollingUpdate.maxUnavailable ??= 1;
          spec.updateStrategy.rollingUpdate.maxSurge ??= 0;
        }
      }
    }
    spec.revisionHistoryLimit ??= 10;
    spec.minReadySeconds ??= 0;
    applyPodTemplateDefaults(spec);
  },
  validate(obj, old) {
    const errs = new FieldErrors();
    const spec = obj.spec;
    if (errs.object('spec', spec, { required: true })) {
      errs.integer('spec.minReadySeconds', spec.minReadySeconds, { min: 0 });
      errs.integer('spec.revisionHistoryLimit', spec.revisionHistoryLimit, { min: 0 });
      validateDaemonSetUpdateStrategy(spec.updateStrategy, errs);
      validateSelectorAndTemplate(spec, 'DaemonSet', errs, old?.spec);
    }
    validateReplicaCounts(
      obj.status,
      ['currentNumberScheduled', 'numberMisscheduled', 'desiredNumberScheduled', 'numberReady', 'updatedNumberScheduled', 'numberAvailable', 'numberUnavailable', 'collisionCount'],
      errs,
    );
    return errs.list;
  },
  fieldSelectors: { ...METADATA_FIELD_SELECTORS },
};

function validateDaemonSetUpdateStrategy(strategy: unknown, errs: FieldErrors): void {
  const path = 'spec.updateStrategy';
  if (!errs.object(path, strategy)) return;
  if (!errs.oneOf(`${path}.type`, strategy.type, DAEMONSET_UPDATE_STRATEGIES, { required: true })) return;
  const rolling = strategy.rollingUpdate;
  if (strategy.type === 'OnDelete') {
    if (rolling !== undefined && rolling !== null) errs.add(forbidden(`${path}.rollingUpdate`, "may not be specified when strategy `type` is 'OnDelete'"));
    return;
  }
  if (!errs.object(`${path}.rollingUpdate`, rolling)) return;
  const unavailable = intOrPercent(rolling.maxUnavailable, `${path}.rollingUpdate.maxUnavailable`, errs);
  const surge = intOrPercent(rolling.maxSurge, `${path}.rollingUpdate.maxSurge`, errs);
  // Kubernetes' ValidateRollingUpdateDaemonSet: exactly one of them may be 0, and neither over 100%.
  if (unavailable === 0 && surge === 0) {
    errs.add(invalidValue(`${path}.rollingUpdate.maxUnavailable`, rolling.maxUnavailable, 'may not be 0 when `maxSurge` is 0'));
  }
  for (const [field, value, n] of [['maxUnavailable', rolling.maxUnavailable, unavailable], ['maxSurge', rolling.maxSurge, surge]] as const) {
    if (typeof value === 'string' && n !== undefined && n > 100) errs.add(invalidValue(`${path}.rollingUpdate.${field}`, value, 'must not be greater than 100%'));
  }
}
