/**
 * Every scheduler plugin by name, and the default profile: filters in kube-scheduler's order,
 * score weights as kube-scheduler's defaults. A new plugin is one file plus one line here.
 */
import { invalid } from '../errors.ts';
import type { FilterPlugin, Profile, ScorePlugin } from './framework.ts';
import { balancedAllocation } from './plugins/balanced-allocation.ts';
import { hostPorts } from './plugins/host-ports.ts';
import { interPodAntiAffinity } from './plugins/inter-pod-anti-affinity.ts';
import { leastAllocated } from './plugins/least-allocated.ts';
import { nodeAffinity } from './plugins/node-affinity.ts';
import { nodeName } from './plugins/node-name.ts';
import { nodeResourcesFit } from './plugins/node-resources-fit.ts';
import { nodeUnschedulable } from './plugins/node-unschedulable.ts';
import { podTopologySpreadScore } from './plugins/pod-topology-spread-score.ts';
import { podTopologySpread } from './plugins/pod-topology-spread.ts';
import { selectorSpread } from './plugins/selector-spread.ts';
import { taintToleration } from './plugins/taint-toleration.ts';
import { volumeBinding } from './plugins/volume-binding.ts';

/** A plugin filters, scores, or both (NodeAffinity, TaintToleration). */
export type Plugin = FilterPlugin | ScorePlugin | (FilterPlugin & ScorePlugin);

export const PLUGINS: ReadonlyMap<string, Plugin> = new Map<string, Plugin>(
  [
    nodeUnschedulable,
    nodeName,
    taintToleration,
    nodeAffinity,
    hostPorts,
    nodeResourcesFit,
    volumeBinding,
    interPodAntiAffinity,
    podTopologySpread,
    podTopologySpreadScore,
    leastAllocated,
    balancedAllocation,
    selectorSpread,
  ].map((p): [string, Plugin] => [p.name, p]),
);

export function isFilterPlugin(p: Plugin): p is FilterPlugin {
  return typeof (p as FilterPlugin).filter === 'function';
}

export function isScorePlugin(p: Plugin): p is ScorePlugin {
  return typeof (p as ScorePlugin).score === 'function';
}

/** A profile by plugin names, as a configuration file would give it. */
export interface ProfileConfig {
  name: string;
  filters: readonly string[];
  /** Score plugins; `weight` overrides the plugin's default weight. */
  scores: readonly { name: string; weight?: number }[];
  percentageOfNodesToScore?: number;
}

export const DEFAULT_PROFILE_CONFIG: ProfileConfig = {
  name: 'default-scheduler',
  filters: [
    'NodeUnschedulable',
    'NodeName',
    'TaintToleration',
    'NodeAffinity',
    'NodePorts',
    'NodeResourcesFit',
    'VolumeBinding',
    'InterPodAntiAffinity',
    'PodTopologySpread',
  ],
  scores: [
    { name: 'TaintToleration', weight: 3 },
    { name: 'NodeAffinity', weight: 2 },
    { name: 'NodeResourcesLeastAllocated', weight: 1 },
    { name: 'SelectorSpread', weight: 2 },
    { name: 'PodTopologySpreadScore', weight: 2 },
    { name: 'NodeResourcesBalancedAllocation', weight: 1 },
  ],
  percentageOfNodesToScore: 0,
};

/** Resolves names to plugins; an unknown name, or a name of the wrong kind, is INVALID. */
export function buildProfile(config: ProfileConfig): Profile {
  const lookup = (name: string, field: string): Plugin => {
    const plugin = PLUGINS.get(name);
    if (!plugin) throw invalid(field, `unknown scheduler plugin "${name}"`);
    return plugin;
  };
  const filters = config.filters.map((name, i) => {
    const field = `filters[${i}]`;
    const plugin = lookup(name, field);
    if (!isFilterPlugin(plugin)) throw invalid(field, `"${name}" is not a filter plugin`);
    return plugin;
  });
  const scores = config.scores.map(({ name, weight }, i) => {
    const field = `scores[${i}]`;
    const plugin = lookup(name, field);
    if (!isScorePlugin(plugin)) throw invalid(field, `"${name}" is not a score plugin`);
    if (weight !== undefined && !(Number.isInteger(weight) && weight > 0)) {
      throw invalid(`${field}.weight`, 'must be a positive integer');
    }
    return weight === undefined || weight === plugin.weight ? plugin : { ...plugin, weight };
  });
  const percentage = config.percentageOfNodesToScore ?? 0;
  if (!(percentage >= 0 && percentage <= 100)) {
    throw invalid('percentageOfNodesToScore', 'must be between 0 and 100');
  }
  return { name: config.name, filters, scores, percentageOfNodesToScore: percentage };
}

export const defaultProfile: Profile = buildProfile(DEFAULT_PROFILE_CONFIG);
