import { describe, expect, it } from 'vitest';
import { CapstanError } from '../errors.ts';
import { priorityClass, systemPriorityClasses } from './priorityclass.ts';
import { validateObject } from './registry.ts';
import type { KObject } from './types.ts';

const pc = (name: string, fields: Record<string, unknown>): KObject => ({ apiVersion: 'scheduling.k8s.io/v1', kind: 'PriorityClass', metadata: { name }, ...fields });

function problems(obj: KObject, old?: KObject): string[] {
  priorityClass.applyDefaults(obj);
  if (old) priorityClass.applyDefaults(old);
  try {
    validateObject(priorityClass, obj, old);
    return [];
  } catch (err) {
    if (err instanceof CapstanError) return err.fields.map((f) => `${f.field}: ${f.message}`);
    throw err;
  }
}

describe('PriorityClass', () => {
  it('defaults preemptionPolicy to PreemptLowerPriority and accepts every field', () => {
    const obj = pc('high', { value: 1000, globalDefault: false, description: 'important', preemptionPolicy: 'Never' });
    expect(problems(obj)).toEqual([]);
    const bare = pc('low', { value: -5 });
    expect(problems(bare)).toEqual([]);
    expect(bare.preemptionPolicy).toBe('PreemptLowerPriority');
  });

  it('requires a value and caps user classes at one billion', () => {
    expect(problems(pc('a', {}))).toEqual(['value: Required value']);
    expect(problems(pc('a', { value: 1_000_000_001 }))).toEqual(['value: Forbidden: maximum allowed value of a user defined priority is 1000000000']);
    expect(problems(pc('a', { value: 1.5 }))).toEqual(['value: Invalid value: 1.5: must be an integer']);
  });

  it('keeps the system- prefix and its values for the two built-in classes, which are valid as made', () => {
    expect(problems(pc('system-mine', { value: 1 }))).toEqual(["metadata.name: Forbidden: priority class names with 'system-' prefix are reserved for system use only"]);
    for (const cls of systemPriorityClasses()) expect(problems(cls), cls.metadata.name).toEqual([]);
    expect(systemPriorityClasses().map((c) => [c.metadata.name, c.value])).toEqual([
      ['system-node-critical', 2000001000],
      ['system-cluster-critical', 2000000000],
    ]);
    expect(problems(pc('system-node-critical', { value: 5 }))).toEqual(['value: Invalid value: 5: value of system-node-critical must be 2000001000']);
  });

  it('refuses an unknown preemptionPolicy and changes to value or preemptionPolicy', () => {
    expect(problems(pc('a', { value: 1, preemptionPolicy: 'Sometimes' }))).toEqual([
      'preemptionPolicy: Unsupported value: "Sometimes": supported values: "PreemptLowerPriority", "Never"',
    ]);
    expect(problems(pc('a', { value: 2 }), pc('a', { value: 1 }))).toEqual(['value: Forbidden: may not be changed in an update.']);
    expect(problems(pc('a', { value: 1, description: 'new' }), pc('a', { value: 1 }))).toEqual([]);
  });
});
