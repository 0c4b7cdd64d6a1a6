/**
 * `capstan apply -f FILE|DIR|- [--dry-run=server|client]`: one `apply` mutation for every
 * document, so one invalid document changes nothing. Prints `deployment.apps/web created`.
 *
 * Objects exported with `get -o yaml` carry status and server-set fields, and a last-applied
 * annotation that the server would otherwise rewrite: when such a document equals the object
 * on the server (status and server metadata aside), the CLI sends its last-applied
 * configuration instead, which the server reports as `unchanged`; an edited export is sent
 * without status and server metadata.
 */
import { UsageError } from '../../command.ts';
import { bool, list, str } from '../args.ts';
import { ApiError, type ApiClient } from '../client.ts';
import type { Invocation } from '../kubectl-command.ts';
import { parseSources, readSources, type Manifest } from '../manifests.ts';
import { getObject } from '../objects.ts';
import type { KObject } from '../output.ts';
import { qualifiedSingular, resourceForKind } from '../resources.ts';

export const LAST_APPLIED = 'capstan.io/last-applied-configuration';
const SERVER_METADATA = ['uid', 'resourceVersion', 'generation', 'creationTimestamp', 'deletionTimestamp', 'deletionGracePeriodSeconds', 'managedFields', 'selfLink'];

interface ApplyResult {
  kind: string;
  namespace: string | null;
  name: string;
  action: 'CREATED' | 'CONFIGURED' | 'UNCHANGED';
}

export function dryRunMode(inv: Invocation): 'none' | 'client' | 'server' {
  const v = str(inv.flags, 'dry-run') ?? 'none';
  if (v !== 'none' && v !== 'client' && v !== 'server') throw new UsageError(`invalid --dry-run value "${v}": must be "none", "server", or "client"`);
  return v;
}

export async function apply(inv: Invocation): Promise<number> {
  const files = list(inv.flags, 'filename');
  if (files.length === 0) throw new UsageError('must specify one of -f');
  if (inv.args.length > 0) throw new UsageError(`unexpected arguments: ${inv.args.join(' ')}`);
  const dryRun = dryRunMode(inv);
  const manifests = await parseSources(await readSources(files, { recursive: bool(inv.flags, 'recursive') }), { requireName: true, verb: 'apply' });
  const client = await inv.client();
  const suffix = dryRun === 'server' ? ' (server dry run)' : dryRun === 'client' ? ' (dry run)' : '';

  if (dryRun === 'client') {
    for (const m of manifests) {
      const r = resourceForKind(m.object.kind!);
      if (!r) throw new ApiError('INVALID', `${where(m)}: no matches for kind "${m.object.kind}" in version "${m.object.apiVersion}"`);
      const exists = await getObject(client, r, namespaceOf(inv, m), m.object.metadata.name);
      inv.ctx.stdout(`${qualifiedSingular(r)}/${m.object.metadata.name} ${exists ? 'configured' : 'created'}${suffix}\n`);
    }
    return 0;
  }

  const documents = await Promise.all(manifests.map((m) => documentToSend(inv, client, m)));
  const text = documents.map((d) => JSON.stringify(d)).join('\n---\n');
  let results: ApplyResult[];
  try {
    const data = await client.request<{ apply: ApplyResult[] }>(
      'mutation($manifests: String!, $namespace: String, $dryRun: Boolean) { apply(manifests: $manifests, namespace: $namespace, dryRun: $dryRun) { kind namespace name action } }',
      { manifests: text, namespace: inv.namespaceGiven ? inv.namespace : undefined, dryRun: dryRun === 'server' },
    );
    results = data.apply;
  } catch (err) {
    if (err instanceof ApiError) throw new ApiError(err.code, locate(err.message, manifests), err.fields);
    throw err;
  }
  for (const res of results) {
    const r = resourceForKind(res.kind);
    const name = r ? `${qualifiedSingular(r)}/${res.name}` : `${res.kind.toLowerCase()}/${res.name}`;
    inv.ctx.stdout(`${name} ${res.action.toLowerCase()}${suffix}\n`);
  }
  return 0;
}

function namespaceOf(inv: Invocation, m: Manifest): string {
  return m.object.metadata?.namespace || inv.namespace;
}

function where(m: Manifest): string {
  return `${m.source}: document ${m.document} (line ${m.line})`;
}

/** The server names documents by their place in the request: name their file instead. */
function locate(message: string, manifests: readonly Manifest[]): string {
  return message.replace(/document (\d+) \(line \d+/g, (whole, n: string) => {
    const m = manifests[Number(n) - 1];
    return m ? `${m.source}: document ${m.document} (line ${m.line}` : whole;
  });
}

async function documentToSend(inv: Invocation, client: ApiClient, m: Manifest): Promise<KObject> {
  const doc = m.object;
  const lastApplied = doc.metadata?.annotations?.[LAST_APPLIED];
  const r = resourceForKind(doc.kind!);
  if (typeof lastApplied === 'string' && r) {
    const current = await getObject(client, r, namespaceOf(inv, m), doc.metadata.name);
    if (current && jsonEqual(withoutServerFields(doc), withoutServerFields(current))) {
      try {
        return JSON.parse(lastApplied) as KObject;
      } catch {
        /* a damaged annotation: send the document itself */
      }
    }
  }
  return withoutServerFields(doc);
}

function withoutServerFields(o: KObject): KObject {
  const { status: _status, ...rest } = o;
  const metadata = { ...(o.metadata ?? {}) };
  for (const k of SERVER_METADATA) delete metadata[k];
  return { ...rest, metadata } as KObject;
}

function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((v, i) => jsonEqual(v, (b as unknown[])[i]));
  const ak = Object.keys(a as object);
  const bk = Object.keys(b as object);
  return ak.length === bk.length && ak.every((k) => jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
