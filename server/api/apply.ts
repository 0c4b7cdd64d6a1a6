/**
 * `apply(manifests)`: multi-document Kubernetes YAML, each object created or brought to what
 * its document says. Every document is parsed and checked by the store (dry run) before the
 * first write, so one bad document fails the call and changes nothing.
 *
 * An update is a three-way merge, as `kubectl apply` does it: the patch sets what the document
 * says, removes what the previous apply said and this one no longer does (remembered in the
 * annotation LAST_APPLIED), and leaves everything else alone: status, and fields the server or
 * controllers filled in (a Service's clusterIP, a pod's nodeName, defaults).
 */
import { LineCounter, parseAllDocuments } from 'yaml';
import { assertNoEscalation } from '../auth/rbac-escalation.ts';
import { CapstanError, type ErrorCode, type FieldError } from '../errors.ts';
import { KINDS } from '../kinds/registry.ts';
import type { KindName, KObject } from '../kinds/types.ts';
import { UNKNOWN_CLASS_FIELD } from '../scheduling/pod-priority.ts';
import { applyMergePatch, jsonEqual } from '../store/merge-patch.ts';
import type { ApiContext } from './context.ts';
import { withoutNulls } from './input.ts';

export const LAST_APPLIED = 'capstan.io/last-applied-configuration';

export type ApplyAction = 'CREATED' | 'CONFIGURED' | 'UNCHANGED';

export interface ApplyResult {
  kind: KindName;
  namespace: string | null;
  name: string;
  action: ApplyAction;
}

/** One document, parsed and placed. */
interface Manifest {
  index: number;
  line: number;
  kind: KindName;
  namespace: string | undefined;
  name: string;
  /** The document as the desired object (with the LAST_APPLIED annotation). */
  object: KObject;
}

interface Plan {
  manifest: Manifest;
  action: ApplyAction;
  /** For CONFIGURED: the merge patch and the version it was computed against. */
  patch?: Record<string, unknown>;
  resourceVersion?: string;
}

/** Metadata only the server sets: ignored when a document carries it (e.g. exported from a get). */
const SERVER_METADATA = ['uid', 'resourceVersion', 'generation', 'creationTimestamp', 'deletionTimestamp', 'deletionGracePeriodSeconds', 'managedFields', 'selfLink'];

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

const describe = (m: Pick<Manifest, 'index' | 'line'> & Partial<Manifest>): string =>
  `document ${m.index + 1} (line ${m.line}${m.kind ? `, ${m.kind} ${m.namespace ? `${m.namespace}/` : ''}${m.name}` : ''})`;

function documentError(m: Pick<Manifest, 'index' | 'line'> & Partial<Manifest>, code: ErrorCode, message: string, fields: FieldError[] = []): CapstanError {
  const prefixed = fields.map((f) => ({ field: f.field ? `manifests[${m.index}].${f.field}` : `manifests[${m.index}]`, message: f.message }));
  return new CapstanError(code, `${describe(m)}: ${message}`, prefixed.length ? prefixed : [{ field: `manifests[${m.index}]`, message }]);
}

/** Parses YAML 1.1 as Kubernetes does (`0644` is octal, `yes` is true), minus implicit timestamps. */
export function parseManifests(text: string, defaultNamespace: string | undefined): Manifest[] {
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, {
    version: '1.1',
    lineCounter: lines,
    customTags: (tags) =>
      tags.filter((t) => (typeof t === 'string' ? !['timestamp', 'intTime', 'floatTime'].includes(t) : !t.tag.endsWith(':timestamp') && t.format !== 'TIME')),
  });
  if (!Array.isArray(docs)) return [];
  const manifests: Manifest[] = [];
  const errors: CapstanError[] = [];
  docs.forEach((doc, index) => {
    const line = lines.linePos(doc.range[0]).line;
    const at = { index, line };
    if (doc.errors.length > 0) {
      const e = doc.errors[0]!;
      const where = e.linePos ? `line ${e.linePos[0].line}, column ${e.linePos[0].col}` : `line ${line}`;
      errors.push(documentError(at, 'INVALID', `malformed YAML at ${where}: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`));
      return;
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (err) {
      errors.push(documentError(at, 'INVALID', `malformed YAML: ${(err as Error).message.split('\n')[0]}`));
      return;
    }
    if (value === null || value === undefined) return; // an empty document (`---` at the end)
    value = withoutNulls(value);
    try {
      manifests.push(toManifest(at, value, defaultNamespace));
    } catch (err) {
      if (err instanceof CapstanError) errors.push(err);
      else throw err;
    }
  });
  if (errors.length > 0) throw combine(errors);
  if (manifests.length === 0) throw new CapstanError('INVALID', 'manifests: no object in the YAML', [{ field: 'manifests', message: 'no object in the YAML' }]);
  const seen = new Map<string, Manifest>();
  for (const m of manifests) {
    const key = `${m.kind}/${m.namespace ?? ''}/${m.name}`;
    const first = seen.get(key);
    if (first) throw documentError(m, 'INVALID', `the same object as ${describe(first)}`);
    seen.set(key, m);
  }
  return manifests;
}

function toManifest(at: { index: number; line: number }, value: unknown, defaultNamespace: string | undefined): Manifest {
  if (!isObject(value)) throw documentError(at, 'INVALID', 'a document must be a mapping with apiVersion, kind and metadata');
  const kind = value.kind;
  if (typeof kind !== 'string' || kind === '') throw documentError(at, 'INVALID', 'kind is required', [{ field: 'kind', message: 'required' }]);
  if (!Object.hasOwn(KINDS, kind)) {
    throw documentError(at, 'INVALID', `unknown kind "${kind}" (known kinds: ${Object.keys(KINDS).join(', ')})`, [{ field: 'kind', message: `unknown kind "${kind}"` }]);
  }
  const def = KINDS[kind as KindName];
  if (value.apiVersion === undefined) throw documentError(at, 'INVALID', `apiVersion is required (${def.apiVersion})`, [{ field: 'apiVersion', message: 'required' }]);
  if (value.metadata !== undefined && !isObject(value.metadata)) {
    throw documentError(at, 'INVALID', 'metadata must be a mapping', [{ field: 'metadata', message: 'Invalid value: must be an object' }]);
  }
  // A list of labels or annotations (`- a=b`) is an error, never dropped or replaced.
  for (const field of ['labels', 'annotations'] as const) {
    const given = (value.metadata as Json | undefined)?.[field];
    if (given !== undefined && !isObject(given)) {
      throw documentError(at, 'INVALID', `metadata.${field} must be a map of key: value, not a ${Array.isArray(given) ? 'list' : typeof given}`, [
        { field: `metadata.${field}`, message: `Invalid value: must be a map of key: value, not a ${Array.isArray(given) ? 'list' : typeof given}` },
      ]);
    }
  }
  const metadata = isObject(value.metadata) ? { ...value.metadata } : {};
  for (const key of SERVER_METADATA) delete metadata[key];
  const name = metadata.name;
  if (typeof name !== 'string' || name === '') {
    throw documentError(at, 'INVALID', 'metadata.name is required (apply cannot use generateName)', [{ field: 'metadata.name', message: 'required' }]);
  }
  let namespace: string | undefined;
  if (def.namespaced) {
    const own = typeof metadata.namespace === 'string' && metadata.namespace !== '' ? metadata.namespace : undefined;
    if (own && defaultNamespace && own !== defaultNamespace) {
      throw documentError(at, 'INVALID', `the namespace of the object (${own}) does not match the namespace of the request (${defaultNamespace})`, [
        { field: 'metadata.namespace', message: 'does not match the namespace of the request' },
      ]);
    }
    namespace = own ?? defaultNamespace ?? 'default';
    metadata.namespace = namespace;
  } else {
    delete metadata.namespace;
  }
  const object = { ...value, metadata } as unknown as KObject;
  const annotations = isObject(metadata.annotations) ? { ...metadata.annotations } : {};
  delete annotations[LAST_APPLIED];
  const applied = { ...object, metadata: { ...metadata, ...(Object.keys(annotations).length ? { annotations } : {}) } };
  if (!Object.keys(annotations).length) delete applied.metadata.annotations;
  metadata.annotations = { ...annotations, [LAST_APPLIED]: JSON.stringify(applied) };
  return { ...at, kind: def.kind, namespace, name, object };
}

/**
 * Lists whose elements are matched by a key, as kubectl's strategic merge does, so that what
 * the server or a controller filled into an element (a Service port's allocated `nodePort`, a
 * container's defaults) survives a re-apply. The key that an element carries decides: Service
 * ports by `port`, container ports by `containerPort`, volume mounts by `mountPath`, the rest
 * by `name`.
 */
const MERGE_KEYS: Record<string, readonly string[]> = {
  ports: ['port', 'containerPort'],
  containers: ['name'],
  initContainers: ['name'],
  env: ['name'],
  volumes: ['name'],
  volumeMounts: ['mountPath'],
  imagePullSecrets: ['name'],
  tolerations: ['key'],
};

function mergeKeyOf(field: string, want: unknown[], have: unknown[]): string | undefined {
  const candidates = MERGE_KEYS[field];
  if (!candidates) return undefined;
  const all = [...want, ...have];
  if (!all.every(isObject)) return undefined;
  return candidates.find((k) => want.every((e) => (e as Json)[k] !== undefined) && have.every((e) => (e as Json)[k] !== undefined));
}

/**
 * A keyed list as the document wants it: its elements, in its order, each merged into the live
 * element with the same key (so fields nobody applied stay), then the live elements that neither
 * the document nor the previous apply named (what the server or a controller added, such as the
 * ServiceAccount admission's kube-api-access volume and mounts), as kubectl's strategic merge
 * keeps them. Elements the previous apply had and the document dropped are dropped.
 */
function mergeKeyedList(key: string, last: unknown, have: Json[], want: Json[]): Json[] {
  const lastByKey = new Map((Array.isArray(last) ? last.filter(isObject) : []).map((e) => [JSON.stringify(e[key]), e]));
  const haveByKey = new Map(have.map((e) => [JSON.stringify(e[key]), e]));
  const wanted = new Set(want.map((w) => JSON.stringify(w[key])));
  const merged = want.map((w) => {
    const k = JSON.stringify(w[key]);
    const h = haveByKey.get(k);
    if (!h) return w;
    return applyMergePatch(h, threeWayPatch(lastByKey.get(k), h, w)) as Json;
  });
  const added = have.filter((h) => {
    const k = JSON.stringify(h[key]);
    return !wanted.has(k) && !lastByKey.has(k);
  });
  return [...merged, ...added];
}

/**
 * The merge patch taking `current` to `desired`: fields of `desired` that differ, and removals
 * of fields `lastApplied` had and `desired` no longer has. Keyed lists (MERGE_KEYS) are merged
 * element by element and sent whole when they changed; other lists are replaced whole.
 */
export function threeWayPatch(lastApplied: Json | undefined, current: Json, desired: Json): Json {
  const patch: Json = {};
  for (const [key, want] of Object.entries(desired)) {
    const have = current[key];
    if (isObject(want) && isObject(have)) {
      const sub = threeWayPatch(isObject(lastApplied?.[key]) ? (lastApplied[key] as Json) : undefined, have, want);
      if (Object.keys(sub).length > 0) patch[key] = sub;
    } else if (Array.isArray(want) && Array.isArray(have) && mergeKeyOf(key, want, have)) {
      const merged = mergeKeyedList(mergeKeyOf(key, want, have)!, lastApplied?.[key], have as Json[], want as Json[]);
      if (!jsonEqual(merged, have)) patch[key] = merged;
    } else if (!jsonEqual(want, have)) {
      patch[key] = want;
    }
  }
  for (const key of Object.keys(lastApplied ?? {})) {
    if (!(key in desired) && key in current) patch[key] = null;
  }
  return patch;
}

function lastAppliedOf(obj: KObject): Json | undefined {
  const raw = obj.metadata.annotations?.[LAST_APPLIED];
  if (typeof raw !== 'string') return undefined;
  try {
    const parsed = JSON.parse(raw) as unknown;
    return isObject(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** One error for many: all field errors of all documents when every one is INVALID. */
function combine(errors: CapstanError[]): CapstanError {
  if (errors.length === 1) return errors[0]!;
  const other = errors.find((e) => e.code !== 'INVALID');
  if (other) return other;
  return new CapstanError(
    'INVALID',
    `${errors.length} documents are invalid: ${errors.map((e) => e.message).join('; ')}`,
    errors.flatMap((e) => e.fields),
  );
}

async function plan(ctx: ApiContext, m: Manifest, newNamespaces: Set<string>, newPriorityClasses: Set<string>): Promise<Plan> {
  const current = await ctx.store.get(m.kind, m.namespace, m.name);
  if (!current) {
    await ctx.authorize('create', m.kind, m.namespace, m.name);
    try {
      await ctx.store.create(m.kind, m.namespace, m.object, { dryRun: true });
      await assertNoEscalation(ctx, m.kind, m.namespace, m.object);
    } catch (err) {
      // Validation passed; only the namespace is missing, and an earlier document creates it.
      const namespaceComes = err instanceof CapstanError && err.code === 'NOT_FOUND' && m.namespace !== undefined && newNamespaces.has(m.namespace);
      // Or only the pod's PriorityClass is missing, and an earlier document creates it.
      const classComes =
        err instanceof CapstanError && err.code === 'FORBIDDEN' && err.fields[0]?.field === UNKNOWN_CLASS_FIELD && newPriorityClasses.has(String(m.object.spec?.priorityClassName));
      if (!namespaceComes && !classComes) throw err;
    }
    return { manifest: m, action: 'CREATED' };
  }
  await ctx.authorize('patch', m.kind, m.namespace, m.name);
  const patch = threeWayPatch(lastAppliedOf(current), current, m.object);
  if (Object.keys(patch).length === 0) return { manifest: m, action: 'UNCHANGED' };
  const resourceVersion = current.metadata.resourceVersion;
  const result = await ctx.store.patch(m.kind, m.namespace, m.name, patch, { dryRun: true, resourceVersion });
  await assertNoEscalation(ctx, m.kind, m.namespace, result);
  const action = jsonEqual(result, current) ? 'UNCHANGED' : 'CONFIGURED';
  return { manifest: m, action, patch, resourceVersion };
}

export async function apply(ctx: ApiContext, manifests: string, namespace: string | undefined, dryRun: boolean): Promise<ApplyResult[]> {
  const parsed = parseManifests(manifests, namespace);
  const newNamespaces = new Set<string>();
  const newPriorityClasses = new Set<string>();
  const plans: Plan[] = [];
  const errors: CapstanError[] = [];
  // In document order: a Namespace document makes later documents in it valid.
  for (const m of parsed) {
    try {
      const p = await plan(ctx, m, newNamespaces, newPriorityClasses);
      if (m.kind === 'Namespace' && p.action === 'CREATED') newNamespaces.add(m.name);
      if (m.kind === 'PriorityClass' && p.action === 'CREATED') newPriorityClasses.add(m.name);
      plans.push(p);
    } catch (err) {
      if (!(err instanceof CapstanError)) throw err;
      errors.push(documentError(m, err.code, err.message, err.fields));
    }
  }
  if (errors.length > 0) throw combine(errors);

  if (!dryRun) {
    for (const [i, p] of plans.entries()) {
      const m = p.manifest;
      try {
        if (p.action === 'CREATED') await ctx.store.create(m.kind, m.namespace, m.object);
        else if (p.action === 'CONFIGURED') await ctx.store.patch(m.kind, m.namespace, m.name, p.patch!, { resourceVersion: p.resourceVersion });
      } catch (err) {
        if (!(err instanceof CapstanError)) throw err;
        const done = i === 0 ? 'no document was applied' : `documents 1-${i} were applied`;
        throw documentError(m, err.code, `${err.message} (${done}; apply again to converge)`, err.fields);
      }
    }
  }
  return plans.map((p) => ({ kind: p.manifest.kind, namespace: p.manifest.namespace ?? null, name: p.manifest.name, action: p.action }));
}
