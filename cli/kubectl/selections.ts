/**
 * Selection sets that ask for every field of a type, read from schema.graphql itself, so the
 * CLI prints whole objects (`-o yaml`) and never falls behind the schema.
 *
 * The schema is read with a small reader of its object types (names, fields, field types)
 * instead of graphql's parser: on a loaded machine graphql's parse of this file costs a few
 * hundred milliseconds of a CLI call. selections.test.ts checks the reader against graphql's.
 */
import { readFileSync } from 'node:fs';

const SCHEMA_FILE = new URL('../../schema.graphql', import.meta.url);

export interface FieldInfo {
  name: string;
  /** The named type, without list and non-null wrappers. */
  type: string;
  hasArguments: boolean;
}

/** Object types (not inputs, enums or scalars) and their fields, from SDL text. */
export function readObjectTypes(sdl: string): Map<string, FieldInfo[]> {
  const text = sdl
    .replace(/"""[\s\S]*?"""/g, ' ')
    .replace(/"(?:[^"\\\n]|\\.)*"/g, ' ')
    .replace(/#[^\n]*/g, ' ');
  const types = new Map<string, FieldInfo[]>();
  for (const m of text.matchAll(/(?:^|[\s}])type\s+(\w+)(?:\s+implements\s+[^{]*)?\s*\{([^}]*)\}/g)) {
    const fields: FieldInfo[] = [];
    for (const f of m[2]!.matchAll(/(\w+)\s*(\([^)]*\))?\s*:\s*[[\s]*(\w+)/g)) {
      fields.push({ name: f[1]!, type: f[3]!, hasArguments: f[2] !== undefined && /\w/.test(f[2]) });
    }
    types.set(m[1]!, fields);
  }
  return types;
}

let objectFields: Map<string, FieldInfo[]> | undefined;

function types(): Map<string, FieldInfo[]> {
  objectFields ??= readObjectTypes(readFileSync(SCHEMA_FILE, 'utf8'));
  return objectFields;
}

const cache = new Map<string, string>();

/**
 * Fields left out under one parent field: a pod template's metadata has no name, but
 * ObjectMeta.name is non-null in the schema, so asking for it fails the whole request.
 */
const NESTED_SKIPS: Record<string, string[]> = { 'PodTemplateSpec.metadata': ['name'], 'JobTemplateSpec.metadata': ['name'] };

/**
 * `{ apiVersion kind metadata { name … } … }` for `typeName`. Fields named in `skip` (as
 * `Type.field`) are left out: Pod.schedulingExplanation is computed per request and only
 * `describe` wants it.
 */
export function selectionFor(typeName: string, skip: readonly string[] = ['Pod.schedulingExplanation']): string {
  const key = `${typeName}|${skip.join(',')}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const all = types();
  const build = (name: string, depth: number, without: string[] = []): string => {
    if (depth > 20) throw new Error(`schema.graphql: type ${name} nests too deep`);
    const fields = all.get(name);
    if (!fields) return '';
    const parts = fields
      .filter((f) => !f.hasArguments && !skip.includes(`${name}.${f.name}`) && !without.includes(f.name))
      .map((f) => (all.has(f.type) ? `${f.name} ${build(f.type, depth + 1, NESTED_SKIPS[`${name}.${f.name}`])}` : f.name));
    return `{ ${parts.join(' ')} }`;
  };
  const selection = build(typeName, 0);
  if (!selection) throw new Error(`schema.graphql has no object type ${typeName}`);
  cache.set(key, selection);
  return selection;
}
