/**
 * The `spec.selector` + `spec.template` pair shared by ReplicaSets and Deployments, checked as
 * Kubernetes' ValidatePodTemplateSpecForReplicaSet: the selector is required and non-empty, it
 * must select the template's own labels, and the template is a pod spec that restarts Always.
 */
import type { LabelSelector } from '../selectors/label-selector.ts';
import { selectorFromLabelSelectorObject, validateLabelSelectorObject } from '../selectors/label-selector-object.ts';
import { deepEqual } from './deep-equal.ts';
import { FieldErrors, forbidden, IMMUTABLE, invalidValue, isObject, required, unsupported } from './field-errors.ts';
import { validateAnnotations, validateLabels } from './metadata.ts';
import { applyPodSpecDefaults } from './pod-spec-defaults.ts';
import { validatePodSpec } from './pod-spec-validation.ts';

/** Fills the pod spec defaults of `spec.template.spec`, as Kubernetes does for templates. */
export function applyPodTemplateDefaults(spec: unknown): void {
  if (isObject(spec) && isObject(spec.template)) applyPodSpecDefaults(spec.template.spec);
}

/** Adds the problems with `spec.selector` and `spec.template` (and, given `oldSpec`, selector changes). */
export function validateSelectorAndTemplate(spec: Record<string, any>, kind: string, errs: FieldErrors, oldSpec?: unknown): void {
  const before = errs.list.length;
  if (spec.selector === undefined || spec.selector === null) errs.add(required('spec.selector'));
  else validateLabelSelectorObject(spec.selector, 'spec.selector', errs);
  const selectorValid = errs.list.length === before && isObject(spec.selector);
  const selector = selectorValid ? selectorFromLabelSelectorObject(spec.selector) : undefined;
  if (selector?.isEmpty()) errs.add(invalidValue('spec.selector', spec.selector, `empty selector is invalid for ${kind.toLowerCase()}`));

  if (isObject(oldSpec) && oldSpec.selector !== undefined && !deepEqual(oldSpec.selector, spec.selector)) {
    // apps/v1 made selectors immutable: a changed selector would orphan the running pods.
    errs.add(invalidValue('spec.selector', spec.selector, IMMUTABLE));
  }
  validateTemplateSelectedBy(spec.template, selector, kind, errs);
}

/**
 * Adds the problems with `spec.template` of a workload whose (valid, or undefined when invalid)
 * `selector` must select the template's labels: labels, annotations, and a pod spec that
 * restarts Always. ReplicationControllers, whose selector is a plain map, call it directly.
 */
export function validateTemplateSelectedBy(template: unknown, selector: LabelSelector | undefined, kind: string, errs: FieldErrors): void {
  if (!errs.object('spec.template', template, { required: true })) return;
  const labels = isObject(template.metadata) ? template.metadata.labels : undefined;
  if (errs.object('spec.template.metadata', template.metadata)) {
    if (labels !== undefined && labels !== null) validateLabels(labels, 'spec.template.metadata.labels', errs);
    const annotations = template.metadata.annotations;
    if (annotations !== undefined && annotations !== null) validateAnnotations(annotations, 'spec.template.metadata.annotations', errs);
  }
  if (selector && !selector.isEmpty() && !selector.matches(isObject(labels) ? labels : {})) {
    errs.add(invalidValue('spec.template.metadata.labels', labels ?? {}, '`selector` does not match template `labels`'));
  }

  validatePodSpec(template.spec, 'spec.template.spec', errs);
  if (isObject(template.spec)) {
    const restart = template.spec.restartPolicy;
    if (typeof restart === 'string' && restart !== 'Always') errs.add(unsupported('spec.template.spec.restartPolicy', restart, ['Always']));
    if (template.spec.activeDeadlineSeconds !== undefined && template.spec.activeDeadlineSeconds !== null) {
      errs.add(forbidden('spec.template.spec.activeDeadlineSeconds', `activeDeadlineSeconds in ${kind} is not Supported`));
    }
  }
}
