/** `capstan scale deployment web --replicas=5` (and replicasets), as kubectl scale. */
import { UsageError } from '../../command.ts';
import { int, str } from '../args.ts';
import { ApiError } from '../client.ts';
import type { Invocation } from '../kubectl-command.ts';
import { mustGet } from '../objects.ts';
import { objectRef, resourceArgs } from '../resources.ts';

/** The kinds with a scale sub-resource (the schema's ScalableKind). */
const SCALABLE = new Set(['Deployment', 'ReplicaSet', 'ReplicationController', 'StatefulSet']);

export async function scale(inv: Invocation): Promise<number> {
  const replicas = int(inv.flags, 'replicas');
  if (replicas === undefined) throw new UsageError('--replicas=COUNT is required');
  if (replicas < 0) throw new UsageError('the --replicas=COUNT flag must not be negative');
  const targets = resourceArgs(inv.args);
  if (targets.length === 0 || targets.every((t) => t.names.length === 0)) throw new UsageError('name what to scale: capstan scale deployment NAME --replicas=N');
  const current = int(inv.flags, 'current-replicas');
  const client = await inv.client();
  for (const { resource, names } of targets) {
    if (!SCALABLE.has(resource.kind)) throw new UsageError(`cannot scale ${resource.plural}: only deployments, replicasets, replicationcontrollers and statefulsets`);
    for (const name of names) {
      let resourceVersion = str(inv.flags, 'resource-version');
      if (current !== undefined) {
        const o = await mustGet(client, resource, inv.namespace, name);
        if ((o.spec?.replicas ?? 1) !== current) {
          throw new ApiError('CONFLICT', `Expected replicas to be ${current}, was ${o.spec?.replicas ?? 1}`);
        }
        resourceVersion ??= o.metadata.resourceVersion;
      }
      await client.request(
        'mutation($kind: ScalableKind!, $namespace: String!, $name: String!, $replicas: Int!, $resourceVersion: String) { scale(kind: $kind, namespace: $namespace, name: $name, replicas: $replicas, resourceVersion: $resourceVersion) { spec { replicas } } }',
        { kind: resource.kind, namespace: inv.namespace, name, replicas, resourceVersion },
      );
      inv.ctx.stdout(`${objectRef(resource, name)} scaled\n`);
    }
  }
  return 0;
}
