/**
 * Job (batch/v1): runs pods until `spec.completions` of them succeed, or gives up after
 * `spec.backoffLimit` failures or `spec.activeDeadlineSeconds`. Defaults and validation follow
 * Kubernetes' SetDefaults_Job, the job strategy (generated selector) and ValidateJob.
 */
import { KIND_TABLE } from '../../api/kinds.ts';
import { selectorFromLabelSelectorObject, validateLabelSelectorObject } from '../selectors/label-selector-object.ts';
import { deepEqual } from './deep-equal.ts';
import { FieldErrors, forbidden, IMMUTABLE, invalidValue, isObject, required, unsupported } from './field-errors.ts';
import { METADATA_FIELD_SELECTORS, type KindDefinition } from './kind-definition.ts';
import { validateAnnotations, validateLabels } from './metadata.ts';
import { applyPodSpecDefaults } from './pod-spec-defaults.ts';
import { validatePodSpec } from './pod-spec-validation.ts';
import type { KObject } from './types.ts';

/** The label Kubernetes' generated Job selectors select on (the Job's uid). */
export const JOB_CONTROLLER_UID_LABEL = 'batch.kubernetes.io/controller-uid';
export const JOB_NAME_LABEL = 'batch.kubernetes.io/job-name';
/** The labels Kubernetes still sets for clients of the pre-1.27 names. */
export const LEGACY_CONTROLLER_UID_LABEL = 'controller-uid';
export const LEGACY_JOB_NAME_LABEL = 'job-name';
/** The annotation (and label) that carries an Indexed Job pod's index. */
export const JOB_COMPLETION_INDEX_ANNOTATION = 'batch.kubernetes.io/job-completion-index';

export const COMPLETION_MODES = ['NonIndexed', 'Indexed'] as const;
export const POD_REPLACEMENT_POLICIES = ['TerminatingOrFailed', 'Failed'] as const;
export const JOB_RESTART_POLICIES = ['OnFailure', 'Never'] as const;
/** Kubernetes' limit on completions and parallelism of Indexed Jobs (without backoffLimitPerIndex). */
export const MAX_INDEXED_COMPLETIONS = 100_000;

/** JobSpec fields of Kubernetes that Capstan's Job controller does not implement. */
export const UNSUPPORTED_JOB_FIELDS = ['podFailurePolicy', 'successPolicy', 'backoffLimitPerIndex', 'maxFailedIndexes', 'managedBy'] as const;

/**
 * SetDefaults_Job on a JobSpec: parallelism and completions 1 when both are unset (parallelism 1
 * when only it is), backoffLimit 6, completionMode NonIndexed, suspend false, manualSelector
 * false, podReplacementPolicy TerminatingOrFailed; and the pod template's defaults.
 */
export function applyJobSpecDefaults(spec: unknown): void {
  if (!isObject(spec)) return;
  if ((spec.completions === undefined || spec.completions === null) && (spec.parallelism === undefined || spec.parallelism === null)) {
    spec.completions = 1;
    spec.parallelism = 1;
  }
  spec.parallelism ??= 1;
  spec.backoffLimit ??= 6;
  spec.completionMode ??= 'NonIndexed';
  spec.suspend ??= false;
  spec.manualSelector ??= false;
  spec.podReplacementPolicy ??= 'TerminatingOrFailed';
  if (isObject(spec.template)) applyPodSpecDefaults(spec.template.spec);
}

/** The selector and template labels Kubernetes generates for a Job without a manual selector. */
export function generatedJobLabels(uid: string, name: string): Record<string, string> {
  return { [JOB_CONTROLLER_UID_LABEL]: uid, [JOB_NAME_LABEL]: name, [LEGACY_CONTROLLER_UID_LABEL]: uid, [LEGACY_JOB_NAME_LABEL]: name };
}

function generateSelector(job: KObject): void {
  const spec = job.spec;
  const uid = job.metadata?.uid;
  const name = job.metadata?.name;
  if (!isObject(spec) || spec.manualSelector === true || !uid || !name) return;
  if (spec.selector !== undefined && spec.selector !== null) return;
  spec.template ??= {};
  if (!isObject(spec.template)) return;
  spec.template.metadata ??= {};
  if (!isObject(spec.template.metadata)) return;
  spec.template.metadata.labels = { ...(isObject(spec.template.metadata.labels) ? spec.template.metadata.labels : {}), ...generatedJobLabels(uid, name) };
  spec.selector = { matchLabels: { [JOB_CONTROLLER_UID_LABEL]: uid } };
}

/**
 * Every problem with a JobSpec at `path` (`spec`, or `spec.jobTemplate.spec` of a CronJob, whose
 * selector is generated later and so may be absent).
 */
export function validateJobSpec(spec: Record<string, any>, path: string, errs: FieldErrors, opts: { selectorRequired: boolean }): void {
  // Kubernetes features the Job controller does not implement: refused rather than ignored.
  for (const field of UNSUPPORTED_JOB_FIELDS) {
    if (spec[field] !== undefined && spec[field] !== null) errs.add(forbidden(`${path}.${field}`, `${field} is not supported`));
  }
  errs.integer(`${path}.parallelism`, spec.parallelism, { min: 0 });
  const completionsOk = errs.integer(`${path}.completions`, spec.completions, { min: 0 });
  errs.integer(`${path}.activeDeadlineSeconds`, spec.activeDeadlineSeconds, { min: 0, max: Number.MAX_SAFE_INTEGER });
  errs.integer(`${path}.backoffLimit`, spec.backoffLimit, { min: 0 });
  errs.integer(`${path}.ttlSecondsAfterFinished`, spec.ttlSecondsAfterFinished, { min: 0 });
  errs.boolean(`${path}.suspend`, spec.suspend);
  errs.boolean(`${path}.manualSelector`, spec.manualSelector);
  errs.oneOf(`${path}.podReplacementPolicy`, spec.podReplacementPolicy, POD_REPLACEMENT_POLICIES);
  if (errs.oneOf(`${path}.completionMode`, spec.completionMode, COMPLETION_MODES) && spec.completionMode === 'Indexed') {
    if (spec.completions === undefined || spec.completions === null) {
      errs.add(required(`${path}.completions`, 'when completion mode is Indexed'));
    } else if (completionsOk && spec.completions > MAX_INDEXED_COMPLETIONS) {
      errs.add(invalidValue(`${path}.completions`, spec.completions, `must be less than or equal to ${MAX_INDEXED_COMPLETIONS} when completion mode is Indexed`));
    }
    if (typeof spec.parallelism === 'number' && spec.parallelism > MAX_INDEXED_COMPLETIONS) {
      errs.add(invalidValue(`${path}.parallelism`, spec.parallelism, `must be less than or equal to ${MAX_INDEXED_COMPLETIONS} when completion mode is Indexed`));
    }
  }

  let selector;
  if (spec.selector === undefined || spec.selector === null) {
    if (opts.selectorRequired) errs.add(required(`${path}.selector`));
  } else {
    const before = errs.list.length;
    validateLabelSelectorObject(spec.selector, `${path}.selector`, errs);
    if (errs.list.length === before && isObject(spec.selector)) selector = selectorFromLabelSelectorObject(spec.selector);
  }

  const template = spec.template;
  if (!errs.object(`${path}.template`, template, { required: true })) return;
  const labels = isObject(template.metadata) ? template.metadata.labels : undefined;
  if (errs.object(`${path}.template.metadata`, template.metadata)) {
    if (labels !== undefined && labels !== null) validateLabels(labels, `${path}.template.metadata.labels`, errs);
    const annotations = template.metadata.annotations;
    if (annotations !== undefined && annotations !== null) validateAnnotations(annotations, `${path}.template.metadata.annotations`, errs);
  }
  if (selector && !selector.isEmpty() && !selector.matches(isObject(labels) ? labels : {})) {
    errs.add(invalidValue(`${path}.template.metadata.labels`, labels ?? {}, '`selector` does not match template `labels`'));
  }
  validatePodSpec(template.spec, `${path}.template.spec`, errs);
  if (isObject(template.spec)) {
    const restart = template.spec.restartPolicy;
    // A Job's pods finish: Always would restart a pod that succeeded.
    if (restart === undefined || restart === null) errs.add(required(`${path}.template.spec.restartPolicy`, 'valid values: "OnFailure", "Never"'));
    else if (typeof restart === 'string' && !(JOB_RESTART_POLICIES as readonly string[]).includes(restart)) {
      errs.add(unsupported(`${path}.template.spec.restartPolicy`, restart, JOB_RESTART_POLICIES));
    }
  }
}

function validateGeneratedSelector(job: KObject, errs: FieldErrors): void {
  const spec = job.spec;
  if (spec.manualSelector === true || !isObject(spec.selector)) return;
  const uid = job.metadata?.uid;
  if (!uid) return;
  // Without manualSelector the selector is the generated one, so no two Jobs select the same pods.
  const want = { matchLabels: { [JOB_CONTROLLER_UID_LABEL]: uid } };
  const legacy = { matchLabels: { [LEGACY_CONTROLLER_UID_LABEL]: uid } };
  if (!deepEqual(spec.selector, want) && !deepEqual(spec.selector, legacy)) {
    errs.add(invalidValue('spec.selector', spec.selector, '`selector` not auto-generated'));
  }
}

function validateJobStatus(status: unknown, errs: FieldErrors): void {
  if (!errs.object('status', status)) return;
  for (const counter of ['active', 'succeeded', 'failed', 'ready', 'terminating']) {
    errs.integer(`status.${counter}`, status[counter], { min: 0 });
  }
  for (const t of ['startTime', 'completionTime']) if (status[t] !== undefined && status[t] !== null) errs.timestamp(`status.${t}`, status[t]);
  if (status.completedIndexes !== undefined && status.completedIndexes !== null) errs.string('status.completedIndexes', status.completedIndexes);
  if (errs.array('status.conditions', status.conditions)) {
    status.conditions.forEach((c: unknown, i: number) => {
      if (!errs.object(`status.conditions[${i}]`, c)) return;
      errs.string(`status.conditions[${i}].type`, c.type, { required: true });
      errs.oneOf(`status.conditions[${i}].status`, c.status, ['True', 'False', 'Unknown'], { required: true });
    });
  }
}

export const job: KindDefinition = {
  ...KIND_TABLE.Job,
  hasSpec: true,
  hasStatusSubresource: true,
  statusResetOnCreate: true,
  applyDefaults(obj) {
    const spec = obj.spec;
    if (!isObject(spec)) return;
    applyJobSpecDefaults(spec);
    generateSelector(obj);
    // A Job without labels takes its template's (generated ones included, as Kubernetes shows them).
    const templateLabels = isObject(spec.template) && isObject(spec.template.metadata) ? spec.template.metadata.labels : undefined;
    if (isObject(obj.metadata) && isObject(templateLabels) && Object.keys(obj.metadata.labels ?? {}).length === 0) {
      obj.metadata.labels = { ...templateLabels };
    }
  },
  validate(obj, old) {
    const errs = new FieldErrors();
    const spec = obj.spec;
    if (errs.object('spec', spec, { required: true })) {
      validateJobSpec(spec, 'spec', errs, { selectorRequired: true });
      validateGeneratedSelector(obj, errs);
      if (isObject(old?.spec)) validateJobSpecUpdate(spec, old.spec, errs);
    }
    validateJobStatus(obj.status, errs);
    return errs.list;
  },
  fieldSelectors: {
    ...METADATA_FIELD_SELECTORS,
    'status.successful': (j) => String(j.status?.succeeded ?? 0),
  },
};

function validateJobSpecUpdate(spec: Record<string, any>, old: Record<string, any>, errs: FieldErrors): void {
  for (const field of ['selector', 'completionMode', 'manualSelector', 'podReplacementPolicy'] as const) {
    if (old[field] !== undefined && !deepEqual(old[field], spec[field])) errs.add(invalidValue(`spec.${field}`, spec[field], IMMUTABLE));
  }
  // Indexed Jobs may scale (completions and parallelism together); others keep their completions.
  const elastic = spec.completionMode === 'Indexed' && spec.completions === spec.parallelism && old.completions === old.parallelism;
  if (!elastic && old.completions !== spec.completions) errs.add(invalidValue('spec.completions', spec.completions, IMMUTABLE));
  // The template may change only while the Job is (and stays) suspended, before it ran anything.
  if (!deepEqual(old.template, spec.template) && !(old.suspend === true && spec.suspend === true)) {
    errs.add(invalidValue('spec.template', spec.template, IMMUTABLE));
  }
}
