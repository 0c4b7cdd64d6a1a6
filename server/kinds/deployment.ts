/** Deployment (apps/v1): rolls a pod template out through ReplicaSets. */
import { KIND_TABLE } from '../../api/kinds.ts';
import { defaultString } from './defaults.ts';
import { FieldErrors, forbidden, invalidValue, isObject } from './field-errors.ts';
import { METADATA_FIELD_SELECTORS, type KindDefinition } from './kind-definition.ts';
import { validatePercent } from './names.ts';
import { applyPodTemplateDefaults, validateSelectorAndTemplate } from './pod-template.ts';
import { validateReplicaCounts } from './replicaset.ts';

export const DEPLOYMENT_STRATEGIES = ['Recreate', 'RollingUpdate'] as const;

export const deployment: KindDefinition = {
  ...KIND_TABLE.Deployment,
  hasSpec: true,
  hasStatusSubresource: true,
  statusResetOnCreate: true,
  applyDefaults(obj) {
    const spec = obj.spec;
    if (!isObject(spec)) return;
    spec.replicas ??= 1;
    spec.strategy ??= {};
    if (isObject(spec.strategy)) {
      defaultString(spec.strategy, 'type', 'RollingUpdate');
      if (spec.strategy.type === 'RollingUpdate') {
        spec.strategy.rollingUpdate ??= {};
        if (isObject(spec.strategy.rollingUpdate)) {
          spec.strategy.rollingUpdate.maxUnavailable ??= '25%';
          spec.strategy.rollingUpdate.maxSurge ??= '25%';
        }
      }
    }
    spec.revisionHistoryLimit ??= 10;
    spec.progressDeadlineSeconds ??= 600;
    spec.minReadySeconds ??= 0;
    spec.paused ??= false;
    applyPodTemplateDefaults(spec);
  },
  validate(obj, old) {
    const errs = new FieldErrors();
    const spec = obj.spec;
    if (errs.object('spec', spec, { required: true })) {
      errs.integer('spec.replicas', spec.replicas, { min: 0 });
      errs.integer('spec.minReadySeconds', spec.minReadySeconds, { min: 0 });
      errs.integer('spec.revisionHistoryLimit', spec.revisionHistoryLimit, { min: 0 });
      const deadlineOk = errs.integer('spec.progressDeadlineSeconds', spec.progressDeadlineSeconds, { min: 0 });
      if (deadlineOk && typeof spec.minReadySeconds === 'number' && spec.progressDeadlineSeconds <= spec.minReadySeconds) {
        errs.add(invalidValue('spec.progressDeadlineSeconds', spec.progressDeadlineSeconds, 'must be greater than minReadySeconds'));
      }
      errs.boolean('spec.paused', spec.paused);
      validateStrategy(spec.strategy, errs);
      validateSelectorAndTemplate(spec, 'Deployment', errs, old?.spec);
    }
    validateReplicaCounts(obj.status, ['replicas', 'updatedReplicas', 'readyReplicas', 'availableReplicas', 'unavailableReplicas', 'collisionCount'], errs);
    return errs.list;
  },
  fieldSelectors: { ...METADATA_FIELD_SELECTORS },
};

function validateStrategy(strategy: unknown, errs: FieldErrors): void {
  if (!errs.object('spec.strategy', strategy)) return;
  if (!errs.oneOf('spec.strategy.type', strategy.type, DEPLOYMENT_STRATEGIES, { required: true })) return;
  const rolling = strategy.rollingUpdate;
  if (strategy.type === 'Recreate') {
    if (rolling !== undefined && rolling !== null) {
      errs.add(forbidden('spec.strategy.rollingUpdate', "may not be specified when strategy `type` is 'Recreate'"));
    }
    return;
  }
  if (!errs.object('spec.strategy.rollingUpdate', rolling)) return;
  const path = 'spec.strategy.rollingUpdate';
  const unavailable = intOrPercent(rolling.maxUnavailable, `${path}.maxUnavailable`, errs);
  const surge = intOrPercent(rolling.maxSurge, `${path}.maxSurge`, errs);
  // With neither extra pods nor missing pods allowed, a rollout could never make progress.
  if (unavailable === 0 && surge === 0) {
    errs.add(invalidValue(`${path}.maxUnavailable`, rolling.maxUnavailable, 'may not be 0 when `maxSurge` is 0'));
  }
  if (typeof rolling.maxUnavailable === 'string' && unavailable !== undefined && unavailable > 100) {
    errs.add(invalidValue(`${path}.maxUnavailable`, rolling.maxUnavailable, 'must not be greater than 100%'));
  }
}

/** An IntOrString that is a non-negative count or a percentage; returns its number, if valid. */
export function intOrPercent(value: unknown, path: string, errs: FieldErrors): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') {
    const message = validatePercent(value);
    if (message) {
      errs.add(invalidValue(path, value, message));
      return undefined;
    }
    return Number(value.slice(0, -1));
  }
  return errs.integer(path, value, { min: 0 }) ? value : undefined;
}
