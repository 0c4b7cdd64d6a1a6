/**
 * graphql-codegen plugin: for each named object type, its top-level fields each with the
 * selection of every nested field (`metadata { name namespace … }`), so a client asks for whole
 * objects without reading schema.graphql at run time (the CLI's `get -o yaml`).
 *
 * Fields that take arguments are left out (they are computed per request and need them).
 */
import type { PluginFunction } from '@graphql-codegen/plugin-helpers';
import type { GraphQLNamedType, GraphQLObjectType, GraphQLOutputType, GraphQLSchema } from 'graphql';

export interface SelectionsConfig {
  /** The object types to write selections for (the kinds). */
  types: readonly string[];
  /** `Type.field` → fields left out under it: a template's metadata has no name though ObjectMeta.name is non-null. */
  nestedSkips?: Record<string, readonly string[]>;
  /** Declaration the generated constant `satisfies`, e.g. `Record<KindName, readonly string[]>`. */
  satisfies?: string;
  /** Lines put before the constant (imports the `satisfies` type needs). */
  imports?: readonly string[];
}

// Duck-typed rather than graphql's isObjectType/getNamedType: those check `instanceof`, and
// the schema may come from another copy of graphql (codegen's CommonJS one under vitest).
const isObject = (t: GraphQLNamedType | null | undefined): t is GraphQLObjectType => String(t?.[Symbol.toStringTag]) === 'GraphQLObjectType';
const named = (t: GraphQLOutputType): GraphQLNamedType => ('ofType' in t ? named(t.ofType) : t);

function selection(schema: GraphQLSchema, typeName: string, nestedSkips: Record<string, readonly string[]>, without: readonly string[] = [], depth = 0): string[] {
  if (depth > 20) throw new Error(`selections: type ${typeName} nests too deep`);
  const type = schema.getType(typeName);
  if (!isObject(type)) throw new Error(`selections: schema.graphql has no object type ${typeName}`);
  return Object.values(type.getFields())
    .filter((f) => f.args.length === 0 && !without.includes(f.name))
    .map((f) => {
      const inner = named(f.type);
      if (!isObject(inner)) return f.name;
      const fields = selection(schema, inner.name, nestedSkips, nestedSkips[`${typeName}.${f.name}`], depth + 1);
      return `${f.name} { ${fields.join(' ')} }`;
    });
}

export const plugin: PluginFunction<SelectionsConfig> = (schema, _documents, config) => {
  const entries = config.types.map((t) => `  ${t}: ${JSON.stringify(selection(schema, t, config.nestedSkips ?? {}))},`);
  return {
    prepend: [...(config.imports ?? [])],
    content: [
      '/** Every top-level field of each type with its whole nested selection, in schema order. */',
      `export const TYPE_FIELDS = {\n${entries.join('\n')}\n}${config.satisfies ? ` satisfies ${config.satisfies}` : ''};`,
    ].join('\n'),
  };
};
