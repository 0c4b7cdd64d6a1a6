/**
 * Strict fields: every field of an object must be one that Kubernetes' OpenAPI schema of its kind
 * declares (server/rest/openapi/kubernetes-definitions.json), as kube-apiserver's strict decoding
 * (`kubectl --validate=strict`, `fieldValidation=Strict`) demands. An unknown field is an error
 * naming its path (`spec.containers[0].imagePullPolcy: unknown field`), never silently stored or
 * dropped; and a value whose shape the schema excludes (a list where a map belongs, such as
 * `metadata.annotations: [a, b]`) is an error too rather than something later code would skip.
 *
 * The walk follows `$ref`s, `properties`, `additionalProperties` (maps: labels, resources),
 * `items` (lists), and stops below `x-kubernetes-preserve-unknown-fields` and RawExtension-like
 * schemas that declare nothing. Scalars are left to each kind's own validation, except that
 * int-or-string and quantity fields must be a string or a number, and no scalar field may hold an
 * object or a list. Kinds without a Kubernetes definition are not checked (none today: see the
 * OpenAPI README).
 */
import type { FieldError } from '../errors.ts';
import { definitionNameFor, kubernetesDefinitions, SCHEMA_REF_PREFIX, splitApiVersion, type KubernetesDefinitions, type OpenApiObject } from '../rest/openapi/definitions.ts';
import { invalidValue, isObject } from './field-errors.ts';

export const UNKNOWN_FIELD = 'unknown field';

/** The definition name of a kind's schema, or undefined when Kubernetes has none for it. */
export function schemaNameFor(apiVersion: string, kind: string, defs: KubernetesDefinitions = kubernetesDefinitions()): string | undefined {
  return definitionNameFor(defs, { ...splitApiVersion(apiVersion), kind });
}

/**
 * Every unknown field of `obj` (as `{ field, message: 'unknown field' }`) and every value whose
 * JSON shape its schema excludes, for an object of `apiVersion`/`kind`. Empty for a kind without
 * a Kubernetes definition.
 */
export function knownFieldErrors(apiVersion: string, kind: string, obj: unknown, defs: KubernetesDefinitions = kubernetesDefinitions()): FieldError[] {
  const name = schemaNameFor(apiVersion, kind, defs);
  if (!name) return [];
  const errors: FieldError[] = [];
  walk(defs, defs.definitions[name]!, obj, '', errors);
  return errors;
}

function resolve(defs: KubernetesDefinitions, schema: OpenApiObject): OpenApiObject {
  let s = schema;
  for (let depth = 0; typeof s.$ref === 'string' && depth < 10; depth++) s = defs.definitions[s.$ref.slice(SCHEMA_REF_PREFIX.length)] ?? {};
  // OpenAPI 3 wraps a described $ref in allOf: [{ $ref }].
  if (Array.isArray(s.allOf) && s.allOf.length === 1 && !s.properties) return resolve(defs, s.allOf[0] as OpenApiObject);
  return s;
}

type Shape = 'object' | 'map' | 'array' | 'int-or-string' | 'quantity' | 'scalar' | 'any';

function shapeOf(s: OpenApiObject, name: string | undefined): Shape {
  if (s['x-kubernetes-preserve-unknown-fields'] === true) return 'any';
  if (s.format === 'int-or-string' || s['x-kubernetes-int-or-string'] === true) return 'int-or-string';
  if (name === 'io.k8s.apimachinery.pkg.api.resource.Quantity') return 'quantity';
  if (s.properties) return 'object';
  if (s.additionalProperties !== undefined && s.additionalProperties !== false) return 'map';
  if (s.type === 'array' || s.items) return 'array';
  if (s.type === 'string' || s.type === 'integer' || s.type === 'number' || s.type === 'boolean') return 'scalar';
  // A schema that declares nothing (RawExtension, FieldsV1, JSON): anything goes.
  return 'any';
}

function refName(schema: OpenApiObject): string | undefined {
  if (typeof schema.$ref === 'string') return schema.$ref.slice(SCHEMA_REF_PREFIX.length);
  if (Array.isArray(schema.allOf) && schema.allOf.length === 1) return refName(schema.allOf[0] as OpenApiObject);
  return undefined;
}

const described = (value: unknown): string => (Array.isArray(value) ? 'list' : value === null ? 'null' : typeof value === 'object' ? 'object' : typeof value);

function walk(defs: KubernetesDefinitions, schema: OpenApiObject, value: unknown, path: string, errors: FieldError[]): void {
  if (value === undefined || value === null) return;
  const s = resolve(defs, schema);
  const shape = shapeOf(s, refName(schema));
  const at = path === '' ? '<root>' : path;
  switch (shape) {
    case 'any':
      return;
    case 'int-or-string':
    case 'quantity':
      if (typeof value !== 'string' && typeof value !== 'number') {
        errors.push(invalidValue(at, value, shape === 'quantity' ? `must be a quantity (a string or a number), not a ${described(value)}` : `must be an integer or a string, not a ${described(value)}`));
      }
      return;
    case 'scalar':
      if (typeof value === 'object') errors.push(invalidValue(at, value, `must be a ${String(s.type)}, not a ${described(value)}`));
      return;
    case 'array':
      if (!Array.isArray(value)) {
        errors.push(invalidValue(at, value, `must be a list, not a ${described(value)}`));
        return;
      }
      if (s.items) value.forEach((v, i) => walk(defs, s.items as OpenApiObject, v, `${path}[${i}]`, errors));
      return;
    case 'map':
      if (!isObject(value)) {
        errors.push(invalidValue(at, value, `must be a map (an object of key: value), not a ${described(value)}`));
        return;
      }
      if (typeof s.additionalProperties === 'object') {
        for (const [key, v] of Object.entries(value)) walk(defs, s.additionalProperties as OpenApiObject, v, `${path}[${key}]`, errors);
      }
      return;
    case 'object': {
      if (!isObject(value)) {
        errors.push(invalidValue(at, value, `must be an object, not a ${described(value)}`));
        return;
      }
      const properties = s.properties as Record<string, OpenApiObject>;
      for (const [key, v] of Object.entries(value)) {
        const child = path === '' ? key : `${path}.${key}`;
        if (Object.hasOwn(properties, key)) walk(defs, properties[key]!, v, child, errors);
        else errors.push({ field: child, message: UNKNOWN_FIELD });
      }
    }
  }
}
