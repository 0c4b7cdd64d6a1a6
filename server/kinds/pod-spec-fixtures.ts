/** Pods and containers for the pod-spec tests, and the defaults-then-validation they check. */
import { FieldErrors } from './field-errors.ts';
import { applyPodSpecDefaults } from './pod-spec-defaults.ts';
import { validatePodSpec } from './pod-spec-validation.ts';
import type { KObject } from './types.ts';

export function makePod(spec: Record<string, any> = {}): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'web', namespace: 'default' },
    spec: { containers: [{ name: 'web', image: 'nginx:1.25' }], ...spec },
  };
}

export function container(fields: Record<string, any>): Record<string, any> {
  return { name: 'web', image: 'nginx:1.25', ...fields };
}

/** Defaults then validation of the pod spec, as the API server runs them. */
export function problems(p: KObject): string[] {
  applyPodSpecDefaults(p.spec);
  const errs = new FieldErrors();
  validatePodSpec(p.spec, 'spec', errs);
  return errs.list.map((e) => `${e.field}: ${e.message}`);
}
