/**
 * `npm run bench -- rbac [--quick]`: the RBAC authorizer's decision time on its warm policy copy,
 * the cost every request from a user or service account pays. The policy: the bootstrap cluster
 * roles (admin/edit/view aggregated as the controller would) and 1,000 RoleBindings of `edit` to
 * service accounts across 100 namespaces; 1,000 identities ask list/create on pods and nodes.
 * `--quick`: 10,000 decisions instead of 200,000.
 */
import { parseArgs } from 'node:util';
import { bootstrapClusterRoleBindings, bootstrapClusterRoles } from '../server/auth/bootstrap-policy.ts';
import { aggregatedRules } from '../server/auth/cluster-role-aggregation.ts';
import { RbacAuthorizer } from '../server/auth/rbac-authorizer.ts';
import type { KindName, KObject } from '../server/kinds/types.ts';
import type { Identity, ListResult } from '../server/store/types.ts';

const G = 'rbac.authorization.k8s.io';

export async function run(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { quick: { type: 'boolean' } } });
  const decisions = values.quick ? 10_000 : 200_000;
  const roles = bootstrapClusterRoles();
  // Twice: edit aggregates into admin, view into edit.
  for (let pass = 0; pass < 2; pass++) for (const r of roles) r.rules = aggregatedRules(r, roles) ?? r.rules;
  const roleBindings: KObject[] = Array.from({ length: 1_000 }, (_, i) => ({
    apiVersion: `${G}/v1`,
    kind: 'RoleBinding',
    metadata: { name: `b${i}`, namespace: `ns${i % 100}` },
    roleRef: { apiGroup: G, kind: 'ClusterRole', name: 'edit' },
    subjects: [{ kind: 'ServiceAccount', name: `sa${i}` }],
  }));
  const objects: Partial<Record<KindName, KObject[]>> = { ClusterRole: roles, ClusterRoleBinding: bootstrapClusterRoleBindings(), RoleBinding: roleBindings };
  const rbac = new RbacAuthorizer({ store: { list: async (kind) => ({ items: objects[kind] ?? [], resourceVersion: '1', continue: '' }) as ListResult } });
  const identities: Identity[] = Array.from({ length: 1_000 }, (_, i) => ({
    user: `system:serviceaccount:ns${i % 100}:sa${i}`,
    groups: ['system:serviceaccounts', `system:serviceaccounts:ns${i % 100}`],
    type: 'serviceaccount',
  }));
  await rbac.authorize(identities[0]!, 'get', 'Pod', 'ns0', 'x');
  let allowed = 0;
  const started = process.hrtime.bigint();
  for (let i = 0; i < decisions; i++) {
    if (await rbac.authorize(identities[i % 1_000]!, i % 2 ? 'create' : 'list', i % 3 ? 'Pod' : 'Node', `ns${i % 100}`)) allowed++;
  }
  const microsPerDecision = Number(process.hrtime.bigint() - started) / decisions / 1_000;
  console.log(`${decisions} decisions (${allowed} allowed) on 1,000 RoleBindings: ${microsPerDecision.toFixed(2)} µs per decision`);
  console.log(JSON.stringify({ bench: 'rbac', decisions, allowed, microsPerDecision: Math.round(microsPerDecision * 100) / 100 }));
}
