/**
 * How server-side apply by `kubectl` (the manager name `kubectl apply --server-side` uses)
 * cooperates with client-side apply's `kubectl.kubernetes.io/last-applied-configuration`
 * annotation, as the Kubernetes API server does (fieldmanager's lastAppliedManager and
 * lastAppliedUpdater): moving an object from client-side to server-side apply does not
 * conflict on the fields the annotation still describes, and the annotation is kept up to date.
 */
import { jsonEqual } from '../../store/merge-patch.ts';
import type { FieldSet } from './field-set.ts';
import type { ObjectFields } from './object-fields.ts';

export const LAST_APPLIED_ANNOTATION = 'kubectl.kubernetes.io/last-applied-configuration';
/** The only manager whose applies read and write the annotation. */
export const KUBECTL_MANAGER = 'kubectl';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

function annotationOf(obj: unknown): string | undefined {
  if (!isObject(obj) || !isObject(obj.metadata) || !isObject(obj.metadata.annotations)) return undefined;
  const value = obj.metadata.annotations[LAST_APPLIED_ANNOTATION];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function hasLastApplied(obj: unknown): boolean {
  return annotationOf(obj) !== undefined;
}

/**
 * The fields a conflicting apply may take over: those the live object's last-applied
 * annotation sets and that still have the value it gives them. Undefined without a usable
 * annotation.
 */
export function allowedConflictsFromLastApplied(fields: ObjectFields, live: Json): FieldSet | undefined {
  const annotation = annotationOf(live);
  if (annotation === undefined) return undefined;
  try {
    const lastApplied: unknown = JSON.parse(annotation);
    if (!isObject(lastApplied)) return undefined;
    const diff = fields.compare(lastApplied, live);
    return fields.fieldSet(lastApplied).difference(diff.modified).difference(diff.removed);
  } catch {
    return undefined;
  }
}

/**
 * The annotation's value for an applied configuration, as Go's encoding/json writes it: the
 * configuration without the annotation itself, keys sorted, HTML characters escaped, a newline.
 */
export function lastAppliedValue(applied: Json): string {
  const copy = structuredClone(applied);
  if (isObject(copy.metadata) && isObject(copy.metadata.annotations)) delete copy.metadata.annotations[LAST_APPLIED_ANNOTATION];
  return `${goJson(copy)}\n`;
}

/** `obj` with the annotation set to `value`, when it already has the annotation. */
export function withLastApplied(obj: Json, value: string): Json {
  const annotations = (obj.metadata as Json).annotations as Json;
  if (jsonEqual(annotations[LAST_APPLIED_ANNOTATION], value)) return obj;
  return { ...obj, metadata: { ...(obj.metadata as Json), annotations: { ...annotations, [LAST_APPLIED_ANNOTATION]: value } } };
}

function goJson(value: unknown): string {
  return JSON.stringify(sortKeys(value)).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sortKeys(value[k])]),
  );
}
