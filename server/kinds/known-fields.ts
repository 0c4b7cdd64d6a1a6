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
  const root = rootNode(defs, apiVersion, kind);
  if (!root) return [];
  const errors: FieldError[] = [];
  walk(root, obj, [], errors);
  return errors;
}

/**
 * A schema compiled once for the walk: its shape, and its children compiled when first met
 * (lazily, so recursive schemas such as JSONSchemaProps stay finite). Validating an object then
 * costs a map lookup per field and no allocation unless there is an error: the path of a field
 * is only spelt out when one is reported (validation runs on every write).
 */
interface Node {
  defs: KubernetesDefinitions;
  shape: Shape;
  type: unknown;
  /** Declared fields (`object`), with their nodes once met. */
  properties?: Record<string, OpenApiObject>;
  children?: Map<string, Node>;
  /** Node of list items (`array`) or of map values (`map`), if the schema says. */
  element?: OpenApiObject;
  elementNode?: Node;
}

const nodes = new WeakMap<OpenApiObject, Node>();
const roots = new WeakMap<KubernetesDefinitions, Map<string, Map<string, Node | null>>>();

function rootNode(defs: KubernetesDefinitions, apiVersion: string, kind: string): Node | undefined {
  let byVersion = roots.get(defs);
  if (!byVersion) roots.set(defs, (byVersion = new Map()));
  let byKind = byVersion.get(apiVersion);
  if (!byKind) byVersion.set(apiVersion, (byKind = new Map()));
  let root = byKind.get(kind);
  if (root === undefined) {
    const name = schemaNameFor(apiVersion, kind, defs);
    root = name ? nodeOf(defs, defs.definitions[name]!) : null;
    byKind.set(kind, root);
  }
  return root ?? undefined;
}

function nodeOf(defs: KubernetesDefinitions, schema: OpenApiObject): Node {
  let node = nodes.get(schema);
  if (node) return node;
  const s = resolve(defs, schema);
  const shape = shapeOf(s, refName(schema));
  node = { defs, shape, type: s.type };
  if (shape === 'object') {
    node.properties = s.properties as Record<string, OpenApiObject>;
    node.children = new Map();
  } else if (shape === 'array' && s.items) node.element = s.items as OpenApiObject;
  else if (shape === 'map' && typeof s.additionalProperties === 'object') node.element = s.additionalProperties as OpenApiObject;
  nodes.set(schema, node);
  return node;
}

function elementOf(node: Node): Node | undefined {
  if (!node.element) return undefined;
  return (node.elementNode ??= nodeOf(node.defs, node.element));
}

function childOf(node: Node, key: string): Node | undefined {
  let child = node.children!.get(key);
  if (child) return child;
  if (!Object.hasOwn(node.properties!, key)) return undefined;
  child = nodeOf(node.defs, node.properties![key]!);
  node.children!.set(key, child);
  return child;
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

/**
 * The path to a field, one entry per step: a field name, a list index (a number) or a map key
 * (in `[]`). Spelt out only for an error: `spec.containers[0].image`, `<root>` for the object.
 */
type Path = (string | number | { key: string })[];

function spelt(path: Path): string {
  if (path.length === 0) return '<root>';
  let out = '';
  for (const step of path) {
    if (typeof step === 'number') out += `[${step}]`;
    else if (typeof step === 'object') out += `[${step.key}]`;
    else out += out === '' ? step : `.${step}`;
  }
  return out;
}

function walk(node: Node, value: unknown, path: Path, errors: FieldError[]): void {
  if (value === undefined || value === null) return;
  switch (node.shape) {
    case 'any':
      return;
    case 'int-or-string':
    case 'quantity':
      if (typeof value !== 'string' && typeof value !== 'number') {
        errors.push(
          invalidValue(
            spelt(path),
            value,
            node.shape === 'quantity' ? `must be a quantity (a string or a number), not a ${described(value)}` : `must be an integer or a string, not a ${described(value)}`,
          ),
        );
      }
      return;
    case 'scalar':
      if (typeof value === 'object') errors.push(invalidValue(spelt(path), value, `must be a ${String(node.type)}, not a ${described(value)}`));
      return;
    case 'array': {
      if (!Array.isArray(value)) {
        errors.push(invalidValue(spelt(path), value, `must be a list, not a ${described(value)}`));
        return;
      }
      const element = elementOf(node);
      if (!element || element.shape === 'any') return;
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        walk(element, value[i], path, errors);
        path.pop();
      }
      return;
    }
    case 'map': {
      if (!isObject(value)) {
        errors.push(invalidValue(spelt(path), value, `must be a map (an object of key: value), not a ${described(value)}`));
        return;
      }
      const element = elementOf(node);
      // Map values that are plain strings (labels, annotations) need no path unless one is wrong.
      if (!element || element.shape === 'any') return;
      for (const key of Object.keys(value)) {
        const v = value[key];
        if (element.shape === 'scalar' && typeof v !== 'object') continue;
        path.push({ key });
        walk(element, v, path, errors);
        path.pop();
      }
      return;
    }
    case 'object': {
      if (!isObject(value)) {
        errors.push(invalidValue(spelt(path), value, `must be an object, not a ${described(value)}`));
        return;
      }
      for (const key of Object.keys(value)) {
        const child = childOf(node, key);
        if (!child) {
          path.push(key);
          errors.push({ field: spelt(path), message: UNKNOWN_FIELD });
          path.pop();
          continue;
        }
        const v = value[key];
        if (v === undefined || v === null || child.shape === 'any' || (child.shape === 'scalar' && typeof v !== 'object')) continue;
        path.push(key);
        walk(child, v, path, errors);
        path.pop();
      }
    }
  }
}
