/**
 * What the API server does to an object on its way in, before it is stored: server-set
 * metadata, defaults, validation, generation, and the deletion rules of finalizers. Pure
 * functions; the store calls them and does the I/O.
 */
import { rfc3339 as timestamp } from '../../api/time.ts';
import { randomBytes, randomUUID } from 'node:crypto';
import { CapstanError, invalid } from '../errors.ts';
import type { KindDefinition } from '../kinds/registry.ts';
import { validateObject } from '../kinds/registry.ts';
import type { KObject } from '../kinds/types.ts';
import { jsonEqual } from './merge-patch.ts';

export { timestamp };

/** Namespace of a request and of the body must agree; cluster-scoped kinds have none. */
export function resolveNamespace(def: KindDefinition, requestNamespace: string | undefined, obj: KObject): string {
  const bodyNamespace = obj.metadata?.namespace || undefined;
  if (!def.namespaced) return '';
  const ns = requestNamespace || bodyNamespace;
  if (!ns) throw invalid('metadata.namespace', `a namespace is required for ${def.kind}`);
  if (requestNamespace && bodyNamespace && requestNamespace !== bodyNamespace) {
    throw invalid('metadata.namespace', `the namespace of the object (${bodyNamespace}) does not match the namespace of the request (${requestNamespace})`);
  }
  return ns;
}

function baseShape(def: KindDefinition, obj: KObject): KObject {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) throw invalid('', 'the object must be a JSON object');
  if (obj.kind !== undefined && obj.kind !== def.kind) throw invalid('kind', `must be ${def.kind}, not ${obj.kind}`);
  if (obj.apiVersion !== undefined && obj.apiVersion !== def.apiVersion) {
    throw invalid('apiVersion', `${def.kind} is served as ${def.apiVersion}, not ${obj.apiVersion}`);
  }
  const out = structuredClone(obj);
  out.apiVersion = def.apiVersion;
  out.kind = def.kind;
  out.metadata = { ...(out.metadata ?? {}) };
  return out;
}

/** A new object as it will be stored: defaults, server metadata, validation. */
export function prepareCreate(def: KindDefinition, namespace: string, input: KObject, now: Date): KObject {
  const obj = baseShape(def, input);
  const meta = obj.metadata;
  if (meta.resourceVersion) throw invalid('metadata.resourceVersion', 'must not be set on objects to be created');
  if (!meta.name && meta.generateName) meta.name = `${meta.generateName}${randomSuffix()}`;
  if (!meta.name) throw invalid('metadata.name', 'name or generateName is required');
  if (def.namespaced) meta.namespace = namespace;
  else delete meta.namespace;
  meta.uid = randomUUID();
  meta.creationTimestamp = timestamp(now);
  delete meta.deletionTimestamp;
  delete meta.deletionGracePeriodSeconds;
  if (def.hasSpec) meta.generation = 1;
  else delete meta.generation;
  if (def.statusResetOnCreate) delete obj.status;
  def.applyDefaults(obj);
  validateObject(def, obj);
  return obj;
}

/**
 * The stored form of an update: the server-owned metadata of `current` is kept, `generation`
 * moves when the spec changed, and the status is kept unless `statusUpdate` (the status
 * sub-resource, which in turn changes nothing but the status).
 */
export function prepareUpdate(def: KindDefinition, current: KObject, input: KObject, mode: 'main' | 'status'): KObject {
  const obj = baseShape(def, input);
  const cur = current.metadata;
  if (obj.metadata.name && obj.metadata.name !== cur.name) {
    throw invalid('metadata.name', `the name of the object (${obj.metadata.name}) does not match the name of the request (${cur.name})`);
  }
  let next: KObject;
  if (mode === 'status') {
    next = structuredClone(current);
    next.status = obj.status;
  } else {
    next = obj;
    const meta = next.metadata;
    meta.name = cur.name;
    if (def.namespaced) meta.namespace = cur.namespace;
    else delete meta.namespace;
    meta.uid = cur.uid;
    meta.creationTimestamp = cur.creationTimestamp;
    if (cur.deletionTimestamp) {
      meta.deletionTimestamp = cur.deletionTimestamp;
      if (cur.deletionGracePeriodSeconds !== undefined) meta.deletionGracePeriodSeconds = cur.deletionGracePeriodSeconds;
      const added = (meta.finalizers ?? []).filter((f) => !(cur.finalizers ?? []).includes(f));
      if (added.length > 0) throw new CapstanError('FORBIDDEN', `no new finalizers can be added if the object is being deleted, found new finalizers ${JSON.stringify(added)}`);
    } else {
      delete meta.deletionTimestamp;
      delete meta.deletionGracePeriodSeconds;
    }
    if (def.hasStatusSubresource) next.status = structuredClone(current.status);
  }
  next.metadata.resourceVersion = cur.resourceVersion;
  def.applyDefaults(next);
  if (def.hasSpec) {
    const changed = !jsonEqual(specOf(next), specOf(current));
    next.metadata.generation = (cur.generation ?? 1) + (changed ? 1 : 0);
  }
  validateObject(def, next, current);
  return next;
}

/** The part of an object whose change is a new generation. */
function specOf(obj: KObject): unknown {
  return obj.spec;
}

/** The finalizers that hold an object back from deletion (Namespaces also have spec.finalizers). */
export function pendingFinalizers(obj: KObject): string[] {
  const fromSpec: string[] = obj.kind === 'Namespace' ? (obj.spec?.finalizers ?? []) : [];
  return [...(obj.metadata.finalizers ?? []), ...fromSpec];
}

function randomSuffix(): string {
  const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
  const bytes = randomBytes(5);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}
