/**
 * The fields of a request body that a kind's Kubernetes schema does not declare, for the REST
 * API's `fieldValidation=Strict|Warn`. kubectl 1.32 sends `fieldValidation=Strict` on every
 * create, replace and patch (its default `--validate=strict`) once the OpenAPI documents say the
 * server supports it, and then validates nothing itself: an unknown field it is told about is
 * refused, one it is not is silently dropped.
 */
import { definitionNameFor, kubernetesDefinitions, SCHEMA_REF_PREFIX, splitApiVersion, type KubernetesDefinitions, type OpenApiObject } from './definitions.ts';

/**
 * Paths of the fields in `obj` that the schema of `apiVersion`/`kind` does not declare, written
 * as kube-apiserver reports them (`spec.containers[0].bogus`, `metadata.labels` never, being a
 * map). Empty for a kind without a Kubernetes definition and below fields that accept anything
 * (`x-kubernetes-preserve-unknown-fields`, RawExtension).
 */
export function unknownFields(apiVersion: string, kind: string, obj: unknown, defs: KubernetesDefinitions = kubernetesDefinitions()): string[] {
  const name = definitionNameFor(defs, { ...splitApiVersion(apiVersion), kind });
  if (!name) return [];
  const found: string[] = [];
  walk(defs, defs.definitions[name]!, obj, '', found);
  return found;
}

function resolve(defs: KubernetesDefinitions, schema: OpenApiObject): OpenApiObject {
  let s = schema;
  for (let depth = 0; typeof s.$ref === 'string' && depth < 10; depth++) s = defs.definitions[s.$ref.slice(SCHEMA_REF_PREFIX.length)] ?? {};
  return s;
}

function walk(defs: KubernetesDefinitions, schema: OpenApiObject, value: unknown, path: string, found: string[]): void {
  const s = resolve(defs, schema);
  if (value === null || typeof value !== 'object' || s['x-kubernetes-preserve-unknown-fields'] === true) return;
  if (Array.isArray(value)) {
    if (s.items) value.forEach((v, i) => walk(defs, s.items as OpenApiObject, v, `${path}[${i}]`, found));
    return;
  }
  const properties = s.properties as Record<string, OpenApiObject> | undefined;
  for (const [key, v] of Object.entries(value)) {
    const child = path === '' ? key : `${path}.${key}`;
    if (properties) {
      if (properties[key]) walk(defs, properties[key], v, child, found);
      else found.push(child);
    } else if (s.additionalProperties && typeof s.additionalProperties === 'object') {
      walk(defs, s.additionalProperties as OpenApiObject, v, child, found);
    }
  }
}

/** The `fieldValidation` query parameter's values; kube-apiserver's default is Warn. */
export type FieldValidation = 'Ignore' | 'Warn' | 'Strict';

export interface FieldValidationOutcome {
  /** For `Warning: 299 - "<text>"` headers (Warn). */
  warnings: string[];
  /** The message of a 400 BadRequest (Strict), as kube-apiserver words it. */
  error?: string;
}

/**
 * What a create, replace or patch body's unknown fields call for under `directive`:
 * `unknown field "spec.containers[0].bogus"` as warnings (Warn) or in one error (Strict).
 */
export function fieldValidationOutcome(directive: FieldValidation, apiVersion: string, kind: string, body: unknown): FieldValidationOutcome {
  if (directive === 'Ignore') return { warnings: [] };
  const messages = unknownFields(apiVersion, kind, body).map((p) => `unknown field ${JSON.stringify(p)}`);
  if (directive === 'Warn' || messages.length === 0) return { warnings: messages };
  const { version } = splitApiVersion(apiVersion);
  return { warnings: [], error: `${kind} in version ${JSON.stringify(version)} cannot be handled as a ${kind}: strict decoding error: ${messages.join(', ')}` };
}
