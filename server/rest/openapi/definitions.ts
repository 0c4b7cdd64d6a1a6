/**
 * Kubernetes' OpenAPI definitions for the kinds Capstan serves, read from the generated
 * kubernetes-definitions.json (see scripts/openapi-generate.ts for its source). Definitions are
 * kept in the form Kubernetes' swagger.json uses: a `$ref` may stand beside a `description`,
 * references point at `#/components/schemas/<name>`.
 */
import { readFileSync } from 'node:fs';

/** One OpenAPI schema or parameter object, as JSON. */
export type OpenApiObject = Record<string, unknown>;

export interface GroupVersionKind {
  group: string;
  version: string;
  kind: string;
}

export interface KubernetesDefinitions {
  source: { packages: string[]; kubernetes: string; groupVersions: string[] };
  /** Query and path parameters by name (`fieldValidation`, `dryRun`), in OpenAPI 3 form. */
  parameters: Record<string, OpenApiObject>;
  /** Schemas by definition name (`io.k8s.api.core.v1.Pod`). */
  definitions: Record<string, OpenApiObject>;
}

export const SCHEMA_REF_PREFIX = '#/components/schemas/';

let loaded: KubernetesDefinitions | undefined;

/** The generated definitions, read once. */
export function kubernetesDefinitions(): KubernetesDefinitions {
  loaded ??= JSON.parse(readFileSync(new URL('./kubernetes-definitions.json', import.meta.url), 'utf8')) as KubernetesDefinitions;
  return loaded;
}

/** The `x-kubernetes-group-version-kind` entries of a schema. */
export function gvksOf(schema: OpenApiObject): GroupVersionKind[] {
  const value = schema['x-kubernetes-group-version-kind'];
  return Array.isArray(value) ? (value as GroupVersionKind[]) : [];
}

/**
 * The name of the definition of one kind (`io.k8s.api.core.v1.Pod` for v1 Pod), or undefined.
 * Shared meta types (DeleteOptions, WatchEvent) list many kinds and are never the answer.
 */
export function definitionNameFor(defs: KubernetesDefinitions, gvk: GroupVersionKind): string | undefined {
  let byKind = kindIndexes.get(defs);
  if (!byKind) {
    byKind = new Map();
    for (const [name, schema] of Object.entries(defs.definitions)) {
      const list = gvksOf(schema);
      if (list.length === 1) byKind.set(gvkKey(list[0]!), name);
    }
    kindIndexes.set(defs, byKind);
  }
  return byKind.get(gvkKey(gvk));
}

const kindIndexes = new WeakMap<KubernetesDefinitions, Map<string, string>>();
const gvkKey = (g: GroupVersionKind) => `${g.group}/${g.version}/${g.kind}`;

/** `names` and every definition they reference, directly or not, sorted. */
export function referencedClosure(defs: KubernetesDefinitions, names: Iterable<string>): string[] {
  const seen = new Set<string>();
  const queue = [...names];
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (seen.has(name)) continue;
    const schema = defs.definitions[name];
    if (!schema) throw new Error(`OpenAPI definition ${name} is referenced but not generated`);
    seen.add(name);
    collectRefs(schema, queue);
  }
  return [...seen].sort();
}

function collectRefs(value: unknown, into: string[]): void {
  if (Array.isArray(value)) for (const v of value) collectRefs(v, into);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string' && v.startsWith(SCHEMA_REF_PREFIX)) into.push(v.slice(SCHEMA_REF_PREFIX.length));
      else collectRefs(v, into);
    }
  }
}

/** `{ group, version }` of an apiVersion ('v1' → core group ''). */
export function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? { group: '', version: apiVersion } : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}
