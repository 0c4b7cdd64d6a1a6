import { describe, expect, it } from 'vitest';
import { isCapstanError } from '../errors.ts';
import { buildProfile, DEFAULT_PROFILE_CONFIG, defaultProfile, PLUGINS } from './registry.ts';

describe('registry', () => {
  it('runs the filters in kube-scheduler’s order', () => {
    expect(defaultProfile.filters.map((p) => p.name)).toEqual([
      'NodeUnschedulable',
      'NodeName',
      'TaintToleration',
      'NodeAffinity',
      'NodePorts',
      'NodeResourcesFit',
      'VolumeBinding',
      'InterPodAntiAffinity',
      'PodTopologySpread',
    ]);
  });

  it('weighs the scores as kube-scheduler does by default', () => {
    expect(Object.fromEntries(defaultProfile.scores.map((p) => [p.name, p.weight]))).toEqual({
      TaintToleration: 3,
      NodeAffinity: 2,
      NodeResourcesLeastAllocated: 1,
      SelectorSpread: 2,
      PodTopologySpreadScore: 2,
      NodeResourcesBalancedAllocation: 1,
    });
  });

  it('registers every plugin under its own name', () => {
    for (const [name, plugin] of PLUGINS) expect(plugin.name).toBe(name);
  });

  it('overrides a weight without changing the registered plugin', () => {
    const profile = buildProfile({ name: 'p', filters: [], scores: [{ name: 'SelectorSpread', weight: 5 }] });
    expect(profile.scores[0]!.weight).toBe(5);
    expect((PLUGINS.get('SelectorSpread') as { weight: number }).weight).toBe(2);
  });

  it.each([
    { name: 'rejects an unknown plugin name', config: { ...DEFAULT_PROFILE_CONFIG, filters: ['NoSuchPlugin'] }, field: 'filters[0]' },
    { name: 'rejects a score plugin used as a filter', config: { ...DEFAULT_PROFILE_CONFIG, filters: ['SelectorSpread'] }, field: 'filters[0]' },
    { name: 'rejects a filter plugin used as a score', config: { ...DEFAULT_PROFILE_CONFIG, scores: [{ name: 'NodePorts' }] }, field: 'scores[0]' },
    { name: 'rejects a weight that is not a positive integer', config: { ...DEFAULT_PROFILE_CONFIG, scores: [{ name: 'NodeAffinity', weight: 0 }] }, field: 'scores[0].weight' },
    { name: 'rejects a percentage above 100', config: { ...DEFAULT_PROFILE_CONFIG, percentageOfNodesToScore: 150 }, field: 'percentageOfNodesToScore' },
  ])('$name', ({ config, field }) => {
    let error: unknown;
    try {
      buildProfile(config);
    } catch (e) {
      error = e;
    }
    expect(isCapstanError(error, 'INVALID')).toBe(true);
    expect((error as { field: string }).field).toBe(field);
  });
});
