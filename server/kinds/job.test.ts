import { describe, expect, it } from 'vitest';
import { job } from './job.ts';
import type { KObject } from './types.ts';

const UID = '6f1c2b1e-0000-4000-8000-000000000001';

function makeJob(spec: Record<string, any> = {}, meta: Record<string, any> = {}): KObject {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'pi', namespace: 'default', uid: UID, ...meta },
    spec: {
      template: { metadata: { labels: { app: 'pi' } }, spec: { restartPolicy: 'Never', containers: [{ name: 'pi', image: 'perl' }] } },
      ...spec,
    },
  };
}

function problems(obj: KObject, old?: KObject): string[] {
  job.applyDefaults(obj);
  if (old) job.applyDefaults(old);
  return job.validate(obj, old).map((e) => `${e.field}: ${e.message}`);
}

describe('job', () => {
  describe('defaults', () => {
    it('sets completions and parallelism to 1 when both are unset, and the other Kubernetes defaults', () => {
      const j = makeJob();
      job.applyDefaults(j);
      expect(j.spec).toMatchObject({ completions: 1, parallelism: 1, backoffLimit: 6, completionMode: 'NonIndexed', suspend: false, manualSelector: false, podReplacementPolicy: 'TerminatingOrFailed' });
    });

    it('leaves completions unset when only parallelism is given (a work queue)', () => {
      const j = makeJob({ parallelism: 3 });
      job.applyDefaults(j);
      expect(j.spec.completions).toBeUndefined();
      expect(j.spec.parallelism).toBe(3);
    });

    it('sets parallelism to 1 when only completions is given', () => {
      const j = makeJob({ completions: 5 });
      job.applyDefaults(j);
      expect(j.spec).toMatchObject({ completions: 5, parallelism: 1 });
    });

    it('generates the selector and template labels from the uid, and gives the Job its template labels', () => {
      const j = makeJob();
      job.applyDefaults(j);
      expect(j.spec.selector).toEqual({ matchLabels: { 'batch.kubernetes.io/controller-uid': UID } });
      expect(j.spec.template.metadata.labels).toEqual({
        app: 'pi',
        'batch.kubernetes.io/controller-uid': UID,
        'batch.kubernetes.io/job-name': 'pi',
        'controller-uid': UID,
        'job-name': 'pi',
      });
      expect(j.metadata.labels).toEqual(j.spec.template.metadata.labels);
      expect(problems(j)).toEqual([]);
    });

    it('keeps a manual selector', () => {
      const j = makeJob({ manualSelector: true, selector: { matchLabels: { app: 'pi' } } });
      expect(problems(j)).toEqual([]);
      expect(j.spec.selector).toEqual({ matchLabels: { app: 'pi' } });
      expect(j.spec.template.metadata.labels).toEqual({ app: 'pi' });
    });
  });

  it.each([
    ['restartPolicy Always', { template: { spec: { restartPolicy: 'Always', containers: [{ name: 'a', image: 'b' }] } } }, 'spec.template.spec.restartPolicy: Unsupported value: "Always": supported values: "OnFailure", "Never"'],
    ['a template without restartPolicy (defaulted to Always)', { template: { spec: { containers: [{ name: 'a', image: 'b' }] } } }, 'spec.template.spec.restartPolicy: Unsupported value: "Always"'],
    ['negative parallelism', { parallelism: -1 }, 'spec.parallelism: Invalid value: -1: must be greater than or equal to 0'],
    ['negative completions', { completions: -2 }, 'spec.completions: Invalid value: -2'],
    ['negative backoffLimit', { backoffLimit: -1 }, 'spec.backoffLimit: Invalid value: -1'],
    ['negative ttlSecondsAfterFinished', { ttlSecondsAfterFinished: -1 }, 'spec.ttlSecondsAfterFinished: Invalid value: -1'],
    ['negative activeDeadlineSeconds', { activeDeadlineSeconds: -1 }, 'spec.activeDeadlineSeconds: Invalid value: -1'],
    ['an unknown completion mode', { completionMode: 'Sometimes' }, 'spec.completionMode: Unsupported value: "Sometimes": supported values: "NonIndexed", "Indexed"'],
    ['Indexed without completions', { completionMode: 'Indexed', parallelism: 2 }, 'spec.completions: Required value: when completion mode is Indexed'],
    ['a manual selector that is missing', { manualSelector: true }, 'spec.selector: Required value'],
    ['a manual selector that misses the template', { manualSelector: true, selector: { matchLabels: { app: 'other' } } }, '`selector` does not match template `labels`'],
    ['a selector without manualSelector', { selector: { matchLabels: { app: 'pi' } } }, 'spec.selector: Invalid value: {"matchLabels":{"app":"pi"}}: `selector` not auto-generated'],
    ['a podFailurePolicy, which Capstan does not implement', { podFailurePolicy: { rules: [] } }, 'spec.podFailurePolicy: Forbidden: podFailurePolicy is not supported'],
    ['backoffLimitPerIndex, which Capstan does not implement', { completionMode: 'Indexed', completions: 2, backoffLimitPerIndex: 1 }, 'spec.backoffLimitPerIndex: Forbidden: backoffLimitPerIndex is not supported'],
    ['a template without containers', { template: { spec: { restartPolicy: 'Never' } } }, 'spec.template.spec.containers: Required value'],
  ])('rejects %s', (_name, spec, expected) => {
    const found = problems(makeJob(spec));
    expect(found.some((p) => p.includes(expected)), `${expected}\nnot in\n${found.join('\n')}`).toBe(true);
  });

  it('refuses status counters below zero and bad timestamps', () => {
    const j = makeJob();
    j.status = { active: -1, startTime: 'yesterday' };
    const found = problems(j);
    expect(found).toContain('status.active: Invalid value: -1: must be greater than or equal to 0');
    expect(found.some((p) => p.startsWith('status.startTime: Invalid value: "yesterday"'))).toBe(true);
  });

  describe('on update', () => {
    it('keeps the selector, completions and template immutable', () => {
      const old = makeJob({ completions: 3 });
      job.applyDefaults(old);
      const next = structuredClone(old);
      next.spec.completions = 4;
      next.spec.template.spec.containers[0].image = 'perl:2';
      next.spec.selector = { matchLabels: { 'batch.kubernetes.io/controller-uid': 'other' } };
      const found = problems(next, old);
      expect(found).toContain('spec.completions: Invalid value: 4: field is immutable');
      expect(found.some((p) => p.startsWith('spec.template: Invalid value:') && p.endsWith('field is immutable'))).toBe(true);
      expect(found.some((p) => p.startsWith('spec.selector: Invalid value:') && p.endsWith('field is immutable'))).toBe(true);
    });

    it('lets parallelism, suspend and activeDeadlineSeconds change, and the template while suspended', () => {
      const old = makeJob({ suspend: true });
      job.applyDefaults(old);
      const next = structuredClone(old);
      next.spec.parallelism = 3;
      next.spec.activeDeadlineSeconds = 60;
      next.spec.template.spec.containers[0].image = 'perl:2';
      expect(problems(next, old)).toEqual([]);
      const resumed = structuredClone(next);
      resumed.spec.suspend = false;
      expect(problems(resumed, next)).toEqual([]);
    });

    it('lets an Indexed Job scale completions together with parallelism', () => {
      const old = makeJob({ completionMode: 'Indexed', completions: 2, parallelism: 2 });
      job.applyDefaults(old);
      const next = structuredClone(old);
      next.spec.completions = 5;
      next.spec.parallelism = 5;
      expect(problems(next, old)).toEqual([]);
    });
  });
});
