import { describe, expect, it } from 'vitest';
import * as patch from './index.ts';

describe('server/rest/patch', () => {
  it('exports exactly the four patch functions', () => {
    expect(Object.keys(patch).sort()).toEqual(['applyJsonPatch', 'applyStrategicMergePatch', 'recordUpdate', 'serverSideApply']);
    for (const fn of Object.values(patch)) expect(typeof fn).toBe('function');
  });
});
