/** kubectl's columns and short names for ResourceQuotas and LimitRanges. */
import { describe, expect, it } from 'vitest';
import { columnsFor } from './columns.ts';
import { findResource } from './resources.ts';
import { selectionFor } from './selections.ts';

const now = Date.parse('2030-01-01T01:00:00Z');

describe('quota and limit range columns', () => {
  it('ResourceQuota: NAME AGE REQUEST LIMIT, from status (limits.* under LIMIT)', () => {
    const c = columnsFor('ResourceQuota');
    expect(c.header).toEqual(['NAME', 'AGE', 'REQUEST', 'LIMIT']);
    const q = {
      apiVersion: 'v1',
      kind: 'ResourceQuota',
      metadata: { name: 'compute', namespace: 'dev', creationTimestamp: '2030-01-01T00:00:00Z' },
      status: { hard: { pods: '5', 'requests.cpu': '1', 'limits.memory': '1Gi' }, used: { pods: '2', 'requests.cpu': '500m', 'limits.memory': '256Mi' } },
    };
    expect(c.row(q, now)).toEqual(['compute', '60m', 'pods: 2/5, requests.cpu: 500m/1', 'limits.memory: 256Mi/1Gi']);
  });

  it('LimitRange: NAME CREATED AT', () => {
    const c = columnsFor('LimitRange');
    expect(c.header).toEqual(['NAME', 'CREATED AT']);
    expect(c.row({ apiVersion: 'v1', kind: 'LimitRange', metadata: { name: 'lr', creationTimestamp: '2030-01-01T00:00:00Z' } }, now)).toEqual(['lr', '2030-01-01T00:00:00Z']);
  });

  it('finds them by kubectl short names and selects their fields from the schema', () => {
    expect(findResource('quota')?.kind).toBe('ResourceQuota');
    expect(findResource('limits')?.kind).toBe('LimitRange');
    expect(selectionFor('ResourceQuota')).toContain('used');
    expect(selectionFor('LimitRange')).toContain('defaultRequest');
  });
});
