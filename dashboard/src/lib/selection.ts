/**
 * Selections built from the schema itself, for reading an object back in the shape its input
 * type accepts (a CronJob's job template, to create a Job from it as `kubectl create job
 * --from=cronjob/…` does). The dashboard's watches ask for the fields its pages show, not whole
 * pod specs; this asks for every field the input type has, and only those, so what comes back can
 * be sent as that input.
 */
import type { Api } from './graphql.ts';
import type { K8sObject } from './kinds.ts';

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}

export interface IntrospectedType {
  kind: string;
  name: string;
  fields: { name: string; type: TypeRef }[] | null;
  inputFields: { name: string; type: TypeRef }[] | null;
}

const TYPE_REF = `kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }`;

/** The introspection query for `typesByName`. */
export const TYPES_QUERY = `query SchemaTypes { __schema { types { kind name fields { name type { ${TYPE_REF} } } inputFields { name type { ${TYPE_REF} } } } } }`;

export function typesByName(types: IntrospectedType[]): Map<string, IntrospectedType> {
  return new Map(types.map((t) => [t.name, t]));
}

const schemaTypes = new WeakMap<Api, Promise<Map<string, IntrospectedType>>>();

/** The schema's types, asked for once per session (a failed ask is asked again next time). */
export function schemaTypesOf(api: Api): Promise<Map<string, IntrospectedType>> {
  let types = schemaTypes.get(api);
  if (!types) {
    types = api.request<{ __schema: { types: IntrospectedType[] } }>(TYPES_QUERY).then((d) => typesByName(d.__schema.types));
    types.catch(() => schemaTypes.delete(api));
    schemaTypes.set(api, types);
  }
  return types;
}

function named(t: TypeRef): string {
  let cur: TypeRef | null = t;
  while (cur && !cur.name) cur = cur.ofType;
  return cur?.name ?? '';
}

/**
 * The selection of `outputType` that reads every field `inputType` accepts (recursively), for
 * fields present in both. Leaves (scalars, enums, JSON) are selected by name.
 */
export function inputSelection(types: Map<string, IntrospectedType>, outputType: string, inputType: string, depth = 0): string {
  if (depth > 16) throw new Error(`${outputType} nests deeper than a selection can`);
  const out = types.get(outputType);
  const inp = types.get(inputType);
  if (!out?.fields || !inp?.inputFields) throw new Error(`no types ${outputType} / ${inputType} in the schema`);
  const parts: string[] = [];
  for (const f of inp.inputFields) {
    const of = out.fields.find((o) => o.name === f.name);
    if (!of) continue;
    const ot = types.get(named(of.type));
    if (!ot) continue;
    if (ot.kind === 'OBJECT') {
      const inner = inputSelection(types, ot.name, named(f.type), depth + 1);
      if (inner) parts.push(`${f.name} { ${inner} }`);
    } else if (ot.kind === 'SCALAR' || ot.kind === 'ENUM') {
      parts.push(f.name);
    }
  }
  return parts.join(' ');
}

/** A GraphQL answer without its nulls (an input leaves unset fields out). */
export function withoutNulls<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutNulls) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== null && v !== undefined) out[k] = withoutNulls(v);
    return out as T;
  }
  return value;
}

export const MANUAL_ANNOTATION = 'cronjob.kubernetes.io/instantiate';

/**
 * The Job `kubectl create job <name> --from=cronjob/<cj>` makes: the template's labels and
 * annotations, `cronjob.kubernetes.io/instantiate: manual`, owned by the CronJob, the template's
 * spec.
 */
export function jobFromCronJob<S extends object>(cj: K8sObject, template: { metadata?: { labels?: Record<string, string> | null; annotations?: Record<string, string> | null } | null; spec: S }, name: string) {
  return {
    metadata: {
      name,
      labels: template.metadata?.labels ?? undefined,
      annotations: { ...(template.metadata?.annotations ?? {}), [MANUAL_ANNOTATION]: 'manual' },
      ownerReferences: [{ apiVersion: 'batch/v1', kind: 'CronJob', name: cj.metadata.name, uid: cj.metadata.uid, controller: true, blockOwnerDeletion: true }],
    },
    spec: withoutNulls(template.spec),
  };
}
