/** kubectl's columns and short name for PriorityClasses. */
import { describe, expect, it } from 'vitest';
import { columnsFor } from './columns.ts';
import { findResource } from './resources.ts';
import { selectionFor } from './selections.ts';

describe('PriorityClass columns', () => {
  it('prints NAME VALUE GLOBAL-DEFAULT AGE PREEMPTIONPOLICY, as kubectl does', () => {
    const c = columnsFor('PriorityClass');
    expect(c.header).toEqual(['NAME', 'VALUE', 'GLOBAL-DEFAULT', 'AGE', 'PREEMPTIONPOLICY']);
    const pc = { apiVersion: 'scheduling.k8s.io/v1', kind: 'PriorityClass', metadata: { name: 'system-node-critical', creationTimestamp: '2030-01-01T00:00:00Z' }, value: 2000001000, preemptionPolicy: 'PreemptLowerPriority' };
    expect(c.row(pc, Date.parse('2030-01-01T01:00:00Z'))).toEqual(['system-node-critical', '2000001000', 'false', '60m', 'PreemptLowerPriority']);
  });

  it('is found as pc, priorityclass and priorityclasses.scheduling.k8s.io, with a GraphQL selection', () => {
    for (const name of ['pc', 'priorityclass', 'priorityclasses.scheduling.k8s.io']) expect(findResource(name)?.kind).toBe('PriorityClass');
    expect(selectionFor('PriorityClass')).toContain('value');
  });
});
