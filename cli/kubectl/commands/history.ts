/**
 * `capstan history KIND NAME`: every write of one object still in the event log, oldest first,
 * as a unified diff of its YAML from one revision to the next (the first against nothing).
 */
import { CommandError, UsageError } from '../../command.ts';
import type { Invocation } from '../kubectl-command.ts';
import { toYaml, withoutNulls } from '../output.ts';
import { objectRef, qualifiedPlural, resourceArgs } from '../resources.ts';
import { unifiedDiff } from '../unified-diff.ts';

interface HistoryEntry {
  revision: string;
  type: string;
  timestamp: string;
  object: Record<string, unknown>;
}

export async function history(inv: Invocation): Promise<number> {
  const targets = resourceArgs(inv.args).flatMap(({ resource, names }) => names.map((name) => ({ resource, name })));
  if (targets.length !== 1) throw new UsageError('name one object: capstan history KIND NAME (or KIND/NAME)');
  const { resource, name } = targets[0]!;
  const client = await inv.client();
  const data = await client.request<{ history: HistoryEntry[] }>(
    'query($kind: String!, $namespace: String, $name: String!) { history(kind: $kind, namespace: $namespace, name: $name) { revision type timestamp object } }',
    { kind: resource.kind, namespace: resource.namespaced ? inv.namespace : undefined, name },
  );
  if (data.history.length === 0) {
    throw new CommandError(`error: no history for ${qualifiedPlural(resource)} "${name}": no write of it is left in the event log (it never existed, or its writes were compacted)`);
  }
  const ref = objectRef(resource, name);
  let before = '';
  let beforeLabel = '/dev/null';
  for (const e of data.history) {
    const after = e.type === 'DELETED' ? '' : await toYaml(withoutNulls(e.object));
    const label = `${ref} revision ${e.revision} (${e.type} ${e.timestamp})`;
    const diff = unifiedDiff(before, after, beforeLabel, e.type === 'DELETED' ? `/dev/null (${e.type} at revision ${e.revision}, ${e.timestamp})` : label);
    inv.ctx.stdout(diff || `--- ${beforeLabel}\n+++ ${label}\n(no change in the YAML)\n`);
    before = after;
    beforeLabel = label;
  }
  return 0;
}
