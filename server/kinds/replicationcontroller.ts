/**
 * ReplicationController (v1): the ReplicaSet's predecessor. Its selector is a plain label map
 * (equality only) that defaults to the template's labels, and it may change (v1 never made it
 * immutable); the ReplicaSet controller's logic runs it (workers/controllers/replicationcontroller.ts).
 */
import { KIND_TABLE } from '../../api/kinds.ts';
import { nothingSelector, selectorOf, type LabelSelector } from '../selectors/label-selector.ts';
import { FieldErrors, invalidValue, isObject } from './field-errors.ts';
import { METADATA_FIELD_SELECTORS, type KindDefinition } from './kind-definition.ts';
import { validateLabels } from './metadata.ts';
import { applyPodTemplateDefaults, validateTemplateSelectedBy } from './pod-template.ts';
import { validateReplicaCounts } from './replicaset.ts';
import type { KObject } from './types.ts';

export const replicationController: KindDefinition = {
  ...KIND_TABLE.ReplicationController,
  hasSpec: true,
  hasStatusSubresource: true,
  statusResetOnCreate: true,
  applyDefaults(obj) {
    const spec = obj.spec;
    if (!isObject(spec)) return;
    // Kubernetes' SetDefaults_ReplicationController: an empty selector, and empty object labels,
    // become the template's labels.
    const templateLabels = isObject(spec.template) && isObject(spec.template.metadata) ? spec.template.metadata.labels : undefined;
    if (isObject(templateLabels) && Object.keys(templateLabels).length > 0) {
      if (!isObject(spec.selector) || Object.keys(spec.selector).length === 0) spec.selector = { ...templateLabels };
      if (isObject(obj.metadata) && (!isObject(obj.metadata.labels) || Object.keys(obj.metadata.labels).length === 0)) {
        obj.metadata.labels = { ...templateLabels };
      }
    }
    spec.replicas ??= 1;
    spec.minReadySeconds ??= 0;
    applyPodTemplateDefaults(spec);
  },
  validate(obj) {
    const errs = new FieldErrors();
    const spec = obj.spec;
    if (errs.object('spec', spec, { required: true })) {
      errs.integer('spec.replicas', spec.replicas, { min: 0 });
      errs.integer('spec.minReadySeconds', spec.minReadySeconds, { min: 0 });
      const before = errs.list.length;
      if (spec.selector === undefined || spec.selector === null) errs.add(invalidValue('spec.selector', {}, 'empty selector is invalid for replicationcontroller'));
      else validateLabels(spec.selector, 'spec.selector', errs);
      const valid = errs.list.length === before && isObject(spec.selector);
      if (valid && Object.keys(spec.selector).length === 0) errs.add(invalidValue('spec.selector', spec.selector, 'empty selector is invalid for replicationcontroller'));
      const selector = valid ? replicationControllerSelector(obj) : undefined;
      validateTemplateSelectedBy(spec.template, selector, 'ReplicationController', errs);
    }
    validateReplicaCounts(obj.status, ['replicas', 'fullyLabeledReplicas', 'readyReplicas', 'availableReplicas'], errs);
    return errs.list;
  },
  fieldSelectors: {
    ...METADATA_FIELD_SELECTORS,
    'status.replicas': (rc) => String(rc.status?.replicas ?? 0),
  },
};

/**
 * The label selector of an RC's plain `spec.selector` map (`a=x,b=y`). An absent or empty map
 * selects nothing here (validation refuses one), so a controller never adopts every pod.
 */
export function replicationControllerSelector(rc: KObject): LabelSelector {
  const map: Record<string, string> = isObject(rc.spec?.selector) ? rc.spec.selector : {};
  if (Object.keys(map).length === 0) return nothingSelector();
  return selectorOf(Object.entries(map).map(([key, value]) => ({ key, operator: '=' as const, values: [value] })));
}
