import { describe, expect, it } from 'vitest';
import { deployment } from './deployment.ts';
import type { KObject } from './types.ts';

function makeDeployment(spec: Record<string, any> = {}): KObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'default' },
    spec: {
      selector: { matchLabels: { app: 'web' } },
      template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx:1.25' }] } },
      ...spec,
    },
  };
}

function problems(obj: KObject, old?: KObject): string[] {
  deployment.applyDefaults(obj);
  if (old) deployment.applyDefaults(old);
  return deployment.validate(obj, old).map((e) => `${e.field}: ${e.message}`);
}

describe('deployment', () => {
  describe('applyDefaults', () => {
    it('fills the defaults of Kubernetes', () => {
      const d = makeDeployment();
      deployment.applyDefaults(d);
      expect(d.spec).toMatchObject({
        replicas: 1,
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' } },
        revisionHistoryLimit: 10,
        progressDeadlineSeconds: 600,
        minReadySeconds: 0,
        paused: false,
      });
      expect(d.spec.template.spec).toMatchObject({ restartPolicy: 'Always', dnsPolicy: 'ClusterFirst', terminationGracePeriodSeconds: 30 });
      // Service accounts are filled in on pods, not on templates.
      expect(d.spec.template.spec.serviceAccountName).toBeUndefined();
    });

    it('fills only the missing half of rollingUpdate', () => {
      const d = makeDeployment({ strategy: { rollingUpdate: { maxSurge: 1 } } });
      deployment.applyDefaults(d);
      expect(d.spec.strategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: '25%' } });
    });

    it('adds no rollingUpdate to Recreate', () => {
      const d = makeDeployment({ strategy: { type: 'Recreate' } });
      deployment.applyDefaults(d);
      expect(d.spec.strategy).toEqual({ type: 'Recreate' });
    });
  });

  describe('validate', () => {
    it('accepts a realistic manifest', () => {
      expect(problems(makeDeployment({ replicas: 3, strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } } }))).toEqual([]);
    });

    const cases: Array<[string, Record<string, any>, string]> = [
      [
        'rejects maxSurge and maxUnavailable both zero',
        { strategy: { rollingUpdate: { maxSurge: 0, maxUnavailable: 0 } } },
        'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0',
      ],
      [
        'counts 0% as zero too',
        { strategy: { rollingUpdate: { maxSurge: '0%', maxUnavailable: 0 } } },
        'may not be 0 when `maxSurge` is 0',
      ],
      [
        'wants percent strings',
        { strategy: { rollingUpdate: { maxSurge: '25' } } },
        "spec.strategy.rollingUpdate.maxSurge: Invalid value: \"25\": a valid percent string must be a numeric string followed by an ending '%'",
      ],
      ['rejects negative counts', { strategy: { rollingUpdate: { maxSurge: -1 } } }, 'spec.strategy.rollingUpdate.maxSurge: Invalid value: -1: must be greater than or equal to 0'],
      ['caps maxUnavailable at 100%', { strategy: { rollingUpdate: { maxUnavailable: '150%' } } }, 'must not be greater than 100%'],
      [
        'forbids rollingUpdate with Recreate',
        { strategy: { type: 'Recreate', rollingUpdate: { maxSurge: 1 } } },
        "spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'",
      ],
      ['checks the strategy type', { strategy: { type: 'BlueGreen' } }, 'spec.strategy.type: Unsupported value: "BlueGreen": supported values: "Recreate", "RollingUpdate"'],
      ['rejects negative replicas', { replicas: -1 }, 'spec.replicas: Invalid value: -1: must be greater than or equal to 0'],
      ['rejects negative revisionHistoryLimit', { revisionHistoryLimit: -2 }, 'spec.revisionHistoryLimit: Invalid value: -2'],
      [
        'wants progressDeadlineSeconds above minReadySeconds',
        { minReadySeconds: 30, progressDeadlineSeconds: 30 },
        'spec.progressDeadlineSeconds: Invalid value: 30: must be greater than minReadySeconds',
      ],
      ['requires a selector', { selector: undefined }, 'spec.selector: Required value'],
      ['rejects an empty selector', { selector: {} }, 'spec.selector: Invalid value: {}: empty selector is invalid for deployment'],
      [
        'wants the selector to match the template',
        { selector: { matchLabels: { app: 'api' } } },
        'spec.template.metadata.labels: Invalid value: {"app":"web"}: `selector` does not match template `labels`',
      ],
      ['requires a template', { template: undefined }, 'spec.template: Required value'],
      [
        'validates the template as a pod spec',
        { template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web' }] } } },
        'spec.template.spec.containers[0].image: Required value',
      ],
      [
        'wants templates that restart Always',
        { template: { metadata: { labels: { app: 'web' } }, spec: { restartPolicy: 'Never', containers: [{ name: 'w', image: 'x' }] } } },
        'spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"',
      ],
      [
        'forbids activeDeadlineSeconds in templates',
        { template: { metadata: { labels: { app: 'web' } }, spec: { activeDeadlineSeconds: 5, containers: [{ name: 'w', image: 'x' }] } } },
        'spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in Deployment is not Supported',
      ],
    ];
    it.each(cases)('%s', (_name, spec, expected) => {
      const found = problems(makeDeployment(spec));
      expect(found.some((p) => p.includes(expected)), `${expected}\nnot in\n${found.join('\n')}`).toBe(true);
    });

    it('keeps the selector immutable', () => {
      const old = makeDeployment();
      const next = makeDeployment({
        selector: { matchLabels: { app: 'web', tier: 'fe' } },
        template: { metadata: { labels: { app: 'web', tier: 'fe' } }, spec: { containers: [{ name: 'web', image: 'nginx' }] } },
      });
      expect(problems(next, old)).toEqual(['spec.selector: Invalid value: {"matchLabels":{"app":"web","tier":"fe"}}: field is immutable']);
    });

    it('allows scaling and new images on update', () => {
      const old = makeDeployment();
      const next = makeDeployment({ replicas: 5 });
      next.spec.template.spec.containers[0].image = 'nginx:1.26';
      expect(problems(next, old)).toEqual([]);
    });

    it('checks status counters', () => {
      const d = makeDeployment();
      d.status = { replicas: 1, readyReplicas: 2, observedGeneration: -1 };
      expect(problems(d)).toEqual([
        'status.observedGeneration: Invalid value: -1: must be greater than or equal to 0',
        'status.readyReplicas: Invalid value: 2: cannot be greater than status.replicas',
      ]);
    });
  });
});
