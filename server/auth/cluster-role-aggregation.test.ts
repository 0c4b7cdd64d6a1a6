import { describe, expect, it } from 'vitest';
import type { KindName, KObject } from '../kinds/types.ts';
import { bootstrapClusterRoles, reconcileDefault } from './bootstrap-policy.ts';
import { aggregatedRules, ClusterRoleAggregator } from './cluster-role-aggregation.ts';

const G = 'rbac.authorization.k8s.io';
const cr = (name: string, labels: Record<string, string>, rules: unknown[], aggregateFrom?: string): KObject => ({
  apiVersion: `${G}/v1`,
  kind: 'ClusterRole',
  metadata: { name, labels, resourceVersion: '1' },
  rules,
  ...(aggregateFrom ? { aggregationRule: { clusterRoleSelectors: [{ matchLabels: { [aggregateFrom]: 'true' } }] } } : {}),
});
const pods = { verbs: ['get'], apiGroups: [''], resources: ['pods'] };
const secrets = { verbs: ['get'], apiGroups: [''], resources: ['secrets'] };

describe('aggregatedRules', () => {
  it('collects the rules of the selected roles in name order, each once, never from itself', () => {
    const view = cr('view', { [`${G}/aggregate-to-view`]: 'true' }, [secrets], `${G}/aggregate-to-view`);
    const all = [view, cr('z-extra', { [`${G}/aggregate-to-view`]: 'true' }, [secrets, pods]), cr('a-base', { [`${G}/aggregate-to-view`]: 'true' }, [pods]), cr('other', {}, [{ verbs: ['*'], apiGroups: ['*'], resources: ['*'] }])];
    expect(aggregatedRules(view, all)).toEqual([pods, secrets]);
  });

  it('is null for a role without an aggregationRule', () => {
    expect(aggregatedRules(cr('plain', {}, [pods]), [])).toBeNull();
  });
});

describe('ClusterRoleAggregator.sync', () => {
  it('writes only aggregated roles whose rules differ, so a second sync writes nothing', async () => {
    const roles = new Map<string, KObject>();
    for (const r of [cr('view', {}, [], 'agg'), cr('extra', { agg: 'true' }, [pods]), cr('plain', {}, [secrets])]) roles.set(r.metadata.name, r);
    const writes: string[] = [];
    const store = {
      async list(_kind: KindName) {
        return { items: [...roles.values()], resourceVersion: '1', continue: '' };
      },
      async replace(_kind: KindName, _ns: string | undefined, name: string, obj: KObject) {
        writes.push(name);
        roles.set(name, obj);
        return obj;
      },
    };
    const aggregator = new ClusterRoleAggregator({ store, watch: () => (async function* () {})() });
    expect(await aggregator.sync()).toBe(1);
    expect(roles.get('view')!.rules).toEqual([pods]);
    expect(await aggregator.sync()).toBe(0);
    expect(writes).toEqual(['view']);
  });
});

describe('reconcileDefault', () => {
  const wanted = bootstrapClusterRoles().find((r) => r.metadata.name === 'system:basic-user')!;

  it('adds missing rules and keeps those the operator added', () => {
    const existing = { ...structuredClone(wanted), rules: [pods] };
    expect(reconcileDefault(existing, wanted)!.rules).toEqual([pods, ...wanted.rules]);
    expect(reconcileDefault(structuredClone(wanted), wanted)).toBeNull();
  });

  it('leaves a role alone whose autoupdate annotation is "false"', () => {
    const existing = structuredClone(wanted);
    existing.rules = [];
    existing.metadata.annotations = { 'rbac.authorization.kubernetes.io/autoupdate': 'false' };
    expect(reconcileDefault(existing, wanted)).toBeNull();
  });
});
