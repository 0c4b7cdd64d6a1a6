/**
 * `capstan get KIND [NAME…] [-l …] [--field-selector …] [-o wide|yaml|json|name] [-w] [-A]`
 */
import { UsageError } from '../../command.ts';
import { bool, str } from '../args.ts';
import { describeApiError } from '../client.ts';
import { columnsFor } from '../columns.ts';
import type { Invocation } from '../kubectl-command.ts';
import { getObject, listObjects, notFound } from '../objects.ts';
import { listOf, nameOf, Table, toJson, toYaml, type KObject } from '../output.ts';
import { resourceArgs, type Resource } from '../resources.ts';
import { watchObjects } from '../watch.ts';

const OUTPUTS = ['', 'wide', 'yaml', 'json', 'name'];

export async function get(inv: Invocation): Promise<number> {
  const output = str(inv.flags, 'output') ?? '';
  if (!OUTPUTS.includes(output)) throw new UsageError(`unable to match a printer suitable for the output format "${output}", allowed formats are: json,name,wide,yaml`);
  if (inv.args.length === 0) throw new UsageError('you must specify the type of resource to get, e.g. capstan get pods');
  const groups = resourceArgs(inv.args);
  const watch = bool(inv.flags, 'watch') || bool(inv.flags, 'watch-only');
  const labelSelector = str(inv.flags, 'selector');
  const fieldSelector = str(inv.flags, 'field-selector');
  const named = groups.some((g) => g.names.length > 0);
  if (named && labelSelector) throw new UsageError('name cannot be provided when a selector is specified');
  if (watch && groups.length !== 1) throw new UsageError('you may only specify a single resource type when watching');
  const client = await inv.client();

  let failed = false;
  const found: { resource: Resource; items: KObject[]; resourceVersion?: string }[] = [];
  for (const { resource, names } of groups) {
    const namespace = resource.namespaced ? (inv.allNamespaces && names.length === 0 ? undefined : inv.namespace) : undefined;
    if (names.length > 0 && watch) {
      // A watch needs the list's revision: read the named objects as a list.
      const list = await listObjects(client, resource, { namespace: namespace ?? inv.namespace, fieldSelector: names.length === 1 ? `metadata.name=${names[0]}` : undefined });
      const items = names.flatMap((name) => {
        const o = list.items.find((i) => i.metadata.name === name);
        if (!o) {
          inv.ctx.stderr(`${describeApiError(notFound(resource, name))}\n`);
          failed = true;
        }
        return o ? [o] : [];
      });
      if (failed) return 1;
      found.push({ resource, items, resourceVersion: list.resourceVersion });
    } else if (names.length > 0) {
      const items: KObject[] = [];
      for (const name of names) {
        const o = await getObject(client, resource, namespace ?? inv.namespace, name);
        if (o) items.push(o);
        else {
          inv.ctx.stderr(`${describeApiError(notFound(resource, name))}\n`);
          failed = true;
        }
      }
      found.push({ resource, items });
    } else {
      const list = await listObjects(client, resource, { namespace, labelSelector, fieldSelector });
      found.push({ resource, items: list.items, resourceVersion: list.resourceVersion });
    }
  }

  const single = groups.length === 1 && groups[0]!.names.length === 1;
  const kindPrefix = groups.length > 1;
  const showNamespace = inv.allNamespaces && !named;
  const watchOnly = bool(inv.flags, 'watch-only');
  const now = Date.now();
  let table: Table | undefined;
  let headerPrinted = false;

  if (!watchOnly) {
    if (output === 'json' || output === 'yaml') {
      // One name: the object; otherwise a List. A watch prints objects one by one, as kubectl's.
      const all = found.flatMap((f) => f.items);
      const values: unknown[] = watch ? all : single ? all.slice(0, 1) : [listOf(all)];
      for (const v of values) inv.ctx.stdout(output === 'json' ? toJson(v) : `${watch ? '---\n' : ''}${await toYaml(v)}`);
    } else if (output === 'name') {
      for (const f of found) for (const o of f.items) inv.ctx.stdout(`${nameOf(f.resource, o)}\n`);
    } else {
      const blocks: string[] = [];
      for (const f of found) {
        if (f.items.length === 0) continue;
        const cols = columnsFor(f.resource.kind, { wide: output === 'wide', namespaceColumn: showNamespace && f.resource.namespaced, showLabels: bool(inv.flags, 'show-labels') });
        const t = new Table(cols.header);
        const rows = f.items.map((o) => {
          const row = cols.row(o, now);
          if (kindPrefix) row[showNamespace && f.resource.namespaced ? 1 : 0] = nameOf(f.resource, o);
          return row;
        });
        blocks.push(t.render(rows, !bool(inv.flags, 'no-headers')));
        table = t;
        headerPrinted = true;
      }
      inv.ctx.stdout(blocks.join('\n'));
    }
    const total = found.reduce((n, f) => n + f.items.length, 0);
    if (total === 0 && !named && output !== 'json' && output !== 'yaml') {
      const r = groups[0]!.resource;
      inv.ctx.stderr(inv.allNamespaces || !r.namespaced ? 'No resources found\n' : `No resources found in ${inv.namespace} namespace.\n`);
    }
  }

  if (!watch) return failed ? 1 : 0;

  const { resource, names } = groups[0]!;
  const f = found[0]!;
  const namespace = resource.namespaced ? (inv.allNamespaces && names.length === 0 ? undefined : inv.namespace) : undefined;
  const nameSelector = names.length === 1 ? `metadata.name=${names[0]}` : undefined;
  const cols = columnsFor(resource.kind, { wide: output === 'wide', namespaceColumn: showNamespace && resource.namespaced, showLabels: bool(inv.flags, 'show-labels') });
  if (!table) table = new Table(cols.header);
  const wanted = names.length > 1 ? new Set(names) : undefined;
  await watchObjects(inv, resource, {
    namespace,
    labelSelector,
    fieldSelector: [fieldSelector, nameSelector].filter(Boolean).join(',') || undefined,
    resourceVersion: f.resourceVersion,
    async onEvent(_type, o) {
      if (wanted && !wanted.has(o.metadata.name)) return;
      if (output === 'json') inv.ctx.stdout(toJson(o));
      else if (output === 'yaml') inv.ctx.stdout(`---\n${await toYaml(o)}`);
      else if (output === 'name') inv.ctx.stdout(`${nameOf(resource, o)}\n`);
      else {
        const row = cols.row(o, Date.now());
        if (!headerPrinted && !bool(inv.flags, 'no-headers')) {
          table!.fit([row]);
          inv.ctx.stdout(table!.format(cols.header));
          headerPrinted = true;
        }
        inv.ctx.stdout(table!.format(row));
      }
    },
  });
  return failed ? 1 : 0;
}
