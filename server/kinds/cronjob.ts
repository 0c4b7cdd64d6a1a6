/**
 * CronJob (batch/v1): creates a Job from `spec.jobTemplate` at each time of `spec.schedule`.
 * Defaults and validation follow Kubernetes' SetDefaults_CronJob and ValidateCronJob.
 */
import { KIND_TABLE } from '../../api/kinds.ts';
import { CronSyntaxError, isValidTimeZone, parseCronSchedule } from './cron-schedule.ts';
import { FieldErrors, invalidValue, isObject, required } from './field-errors.ts';
import { validateJobSpec } from './job.ts';
import { METADATA_FIELD_SELECTORS, type KindDefinition } from './kind-definition.ts';
import { validateAnnotations, validateLabels } from './metadata.ts';
import { applyPodSpecDefaults } from './pod-spec-defaults.ts';

export const CONCURRENCY_POLICIES = ['Allow', 'Forbid', 'Replace'] as const;
/**
 * Jobs are named `<cronjob>-<minutes since epoch>` (up to 11 more characters) and their pods
 * `<job>-<5 random>`: Kubernetes caps CronJob names at 52 so that both stay within 63.
 */
export const CRONJOB_NAME_MAX_LENGTH = 52;

export const cronJob: KindDefinition = {
  ...KIND_TABLE.CronJob,
  hasSpec: true,
  hasStatusSubresource: true,
  statusResetOnCreate: true,
  applyDefaults(obj) {
    const spec = obj.spec;
    if (!isObject(spec)) return;
    spec.concurrencyPolicy ??= 'Allow';
    spec.suspend ??= false;
    spec.successfulJobsHistoryLimit ??= 3;
    spec.failedJobsHistoryLimit ??= 1;
    // As Kubernetes: only the pod template inside a jobTemplate is defaulted; the Job's own
    // defaults come when each Job is created.
    if (isObject(spec.jobTemplate) && isObject(spec.jobTemplate.spec) && isObject(spec.jobTemplate.spec.template)) {
      applyPodSpecDefaults(spec.jobTemplate.spec.template.spec);
    }
  },
  validate(obj) {
    const errs = new FieldErrors();
    const name = obj.metadata?.name;
    if (typeof name === 'string' && name.length > CRONJOB_NAME_MAX_LENGTH) {
      errs.add(invalidValue('metadata.name', name, `must be no more than ${CRONJOB_NAME_MAX_LENGTH} characters`));
    }
    const spec = obj.spec;
    if (errs.object('spec', spec, { required: true })) {
      const timeZoneOk = validateTimeZone(spec.timeZone, errs);
      validateSchedule(spec.schedule, timeZoneOk ? (spec.timeZone ?? undefined) : 'UTC', errs);
      errs.oneOf('spec.concurrencyPolicy', spec.concurrencyPolicy, CONCURRENCY_POLICIES, { required: true });
      errs.boolean('spec.suspend', spec.suspend);
      errs.integer('spec.startingDeadlineSeconds', spec.startingDeadlineSeconds, { min: 0, max: Number.MAX_SAFE_INTEGER });
      errs.integer('spec.successfulJobsHistoryLimit', spec.successfulJobsHistoryLimit, { min: 0 });
      errs.integer('spec.failedJobsHistoryLimit', spec.failedJobsHistoryLimit, { min: 0 });
      const template = spec.jobTemplate;
      if (errs.object('spec.jobTemplate', template, { required: true })) {
        if (errs.object('spec.jobTemplate.metadata', template.metadata)) {
          if (template.metadata.labels != null) validateLabels(template.metadata.labels, 'spec.jobTemplate.metadata.labels', errs);
          if (template.metadata.annotations != null) validateAnnotations(template.metadata.annotations, 'spec.jobTemplate.metadata.annotations', errs);
        }
        if (errs.object('spec.jobTemplate.spec', template.spec, { required: true })) {
          validateJobSpec(template.spec, 'spec.jobTemplate.spec', errs, { selectorRequired: template.spec.manualSelector === true });
        }
      }
    }
    if (errs.object('status', obj.status)) {
      for (const t of ['lastScheduleTime', 'lastSuccessfulTime']) if (obj.status[t] != null) errs.timestamp(`status.${t}`, obj.status[t]);
      if (errs.array('status.active', obj.status.active)) {
        obj.status.active.forEach((ref: unknown, i: number) => {
          if (errs.object(`status.active[${i}]`, ref)) errs.string(`status.active[${i}].name`, ref.name, { required: true });
        });
      }
    }
    return errs.list;
  },
  fieldSelectors: { ...METADATA_FIELD_SELECTORS },
};

function validateTimeZone(timeZone: unknown, errs: FieldErrors): boolean {
  if (timeZone === undefined || timeZone === null) return true;
  if (!errs.string('spec.timeZone', timeZone)) return false;
  if (!isValidTimeZone(timeZone)) {
    errs.add(invalidValue('spec.timeZone', timeZone, 'unknown time zone ' + timeZone));
    return false;
  }
  return true;
}

function validateSchedule(schedule: unknown, timeZone: string | undefined, errs: FieldErrors): void {
  if (schedule === undefined || schedule === null || schedule === '') {
    errs.add(required('spec.schedule'));
    return;
  }
  if (!errs.string('spec.schedule', schedule)) return;
  if (/^\s*(CRON_)?TZ=/.test(schedule)) {
    errs.add(invalidValue('spec.schedule', schedule, 'cannot use TZ or CRON_TZ in schedule, use timeZone field instead'));
    return;
  }
  try {
    parseCronSchedule(schedule, timeZone);
  } catch (err) {
    if (!(err instanceof CronSyntaxError)) throw err;
    errs.add(invalidValue('spec.schedule', schedule, err.message));
  }
}
