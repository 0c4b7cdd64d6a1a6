/**
 * Selection sets that ask for every field of a type, read from schema.graphql itself, so the
 * CLI prints whole objects (`-o yaml`) and never falls behind the schema. Only graphql's parser
 * is loaded (not the schema builder), which keeps `capstan get` quick to start.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'graphql/language/parser.js';
import type { DocumentNode, TypeNode } from 'graphql/language/ast.js';

const SCHEMA_FILE = new URL('../../schema.graphql', import.meta.url);

let objectFields: Map<string, { name: string; type: string }[]> | undefined;

function namedType(t: TypeNode): string {
  return t.kind === 'NamedType' ? t.name.value : namedType(t.type);
}

function types(): Map<string, { name: string; type: string }[]> {
  if (objectFields) return objectFields;
  const doc: DocumentNode = parse(readFileSync(SCHEMA_FILE, 'utf8'), { noLocation: true });
  objectFields = new Map();
  for (const def of doc.definitions) {
    if (def.kind === 'ObjectTypeDefinition' && def.fields) {
      objectFields.set(
        def.name.value,
        def.fields.filter((f) => !f.arguments?.length).map((f) => ({ name: f.name.value, type: namedType(f.type) })),
      );
    }
  }
  return objectFields;
}

const cache = new Map<string, string>();

/**
 * Fields left out under one parent field: a pod template's metadata has no name, but
 * ObjectMeta.name is non-null in the schema, so asking for it fails the whole request.
 */
const NESTED_SKIPS: Record<string, string[]> = { 'PodTemplateSpec.metadata': ['name'] };

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
      .filter((f) => !skip.includes(`${name}.${f.name}`) && !without.includes(f.name))
      .map((f) => (all.has(f.type) ? `${f.name} ${build(f.type, depth + 1, NESTED_SKIPS[`${name}.${f.name}`])}` : f.name));
    return `{ ${parts.join(' ')} }`;
  };
  const selection = build(typeName, 0);
  if (!selection) throw new Error(`schema.graphql has no object type ${typeName}`);
  cache.set(key, selection);
  return selection;
}
