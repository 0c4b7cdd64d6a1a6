/**
 * `describe job` and `describe cronjob`, laid out as kubectl's describers print them. The pod
 * template part is describe.ts's own (`template` below), so every workload shows it alike.
 */
import type { DescribeWriter } from '../describe-writer.ts';
import { humanDuration, type KObject } from '../output.ts';

type TemplateWriter = (w: DescribeWriter, template: unknown) => void;

const date = (ts: string | undefined) => (ts ? new Date(ts).toUTCString().replace('GMT', '+0000') : '<unset>');
const orUnset = (v: unknown) => (v === undefined || v === null ? '<unset>' : String(v));

function selectorText(sel: any): string {
  const parts = Object.entries(sel?.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`);
  for (const e of sel?.matchExpressions ?? []) parts.push(`${e.key} ${e.operator} (${(e.values ?? []).join(',')})`);
  return parts.join(',') || '<unset>';
}

function labelsAndAnnotations(w: DescribeWriter, o: KObject): void {
  w.map(0, 'Labels', o.metadata.labels);
  const annotations = { ...(o.metadata.annotations ?? {}) };
  delete annotations['capstan.io/last-applied-configuration'];
  w.map(0, 'Annotations', annotations, ': ');
}

/** kubectl's JobDescriber: spec, times, pod counts, the pod template, conditions. */
export function describeJob(w: DescribeWriter, job: KObject, pods: KObject[], template: TemplateWriter): void {
  const spec = job.spec ?? {};
  const st = job.status ?? {};
  w.item(0, 'Selector', selectorText(spec.selector));
  labelsAndAnnotations(w, job);
  const owner = (job.metadata.ownerReferences ?? []).find((r: any) => r.controller);
  if (owner) w.item(0, 'Controlled By', `${owner.kind}/${owner.name}`);
  w.item(0, 'Parallelism', orUnset(spec.parallelism));
  w.item(0, 'Completions', orUnset(spec.completions));
  w.item(0, 'Completion Mode', spec.completionMode ?? 'NonIndexed');
  w.item(0, 'Suspend', String(spec.suspend ?? false));
  w.item(0, 'Backoff Limit', orUnset(spec.backoffLimit));
  if (spec.ttlSecondsAfterFinished !== undefined && spec.ttlSecondsAfterFinished !== null) w.item(0, 'TTL Seconds After Finished', spec.ttlSecondsAfterFinished);
  if (st.startTime) w.item(0, 'Start Time', date(st.startTime));
  if (st.completionTime) w.item(0, 'Completed At', date(st.completionTime));
  if (st.startTime && st.completionTime) w.item(0, 'Duration', humanDuration(Date.parse(st.completionTime) - Date.parse(st.startTime)));
  if (spec.activeDeadlineSeconds !== undefined && spec.activeDeadlineSeconds !== null) w.item(0, 'Active Deadline Seconds', `${spec.activeDeadlineSeconds}s`);
  const ready = st.ready ?? pods.filter((p) => (p.status?.conditions ?? []).some((c: any) => c.type === 'Ready' && c.status === 'True')).length;
  w.item(0, 'Pods Statuses', `${st.active ?? 0} Active (${ready} Ready) / ${st.succeeded ?? 0} Succeeded / ${st.failed ?? 0} Failed`);
  if (spec.completionMode === 'Indexed') w.item(0, 'Completed Indexes', st.completedIndexes || '<none>');
  template(w, spec.template);
  const conditions: any[] = st.conditions ?? [];
  if (conditions.length) {
    w.item(0, 'Conditions', '');
    w.table(1, ['Type', 'Status', 'Reason', 'Message'], conditions.map((c) => [c.type, c.status, c.reason ?? '', c.message ?? '']));
  }
}

/** kubectl's CronJobDescriber: schedule, policies, the job template, last run and active Jobs. */
export function describeCronJob(w: DescribeWriter, cj: KObject, template: TemplateWriter): void {
  const spec = cj.spec ?? {};
  const jobSpec = spec.jobTemplate?.spec ?? {};
  labelsAndAnnotations(w, cj);
  w.item(0, 'Schedule', spec.schedule ?? '');
  if (spec.timeZone) w.item(0, 'Time Zone', spec.timeZone);
  w.item(0, 'Concurrency Policy', spec.concurrencyPolicy ?? 'Allow');
  w.item(0, 'Suspend', spec.suspend ? 'True' : 'False');
  w.item(0, 'Successful Job History Limit', orUnset(spec.successfulJobsHistoryLimit));
  w.item(0, 'Failed Job History Limit', orUnset(spec.failedJobsHistoryLimit));
  w.item(0, 'Starting Deadline Seconds', spec.startingDeadlineSeconds === undefined || spec.startingDeadlineSeconds === null ? '<unset>' : `${spec.startingDeadlineSeconds}s`);
  w.item(0, 'Selector', selectorText(jobSpec.selector));
  w.item(0, 'Parallelism', orUnset(jobSpec.parallelism));
  w.item(0, 'Completions', orUnset(jobSpec.completions));
  template(w, jobSpec.template);
  w.item(0, 'Last Schedule Time', date(cj.status?.lastScheduleTime));
  const active: any[] = cj.status?.active ?? [];
  w.item(0, 'Active Jobs', active.map((r) => r.name).join(', ') || '<none>');
}
