/**
 * Limits that keep one request from taking the server down: query depth and cost (checked as
 * GraphQL validation rules, before anything executes), body size and list page size.
 */
import type {
  ASTVisitor,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLCompositeType,
  GraphQLField,
  GraphQLSchema,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from 'graphql';
import { CapstanError } from '../errors.ts';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
} from './graphql-js.ts';

export interface ApiLimits {
  /** Deepest field nesting a query may have (`ofType` of introspection does not count). */
  maxDepth: number;
  /** Highest estimated cost: fields, times the page size of paged lists, times `nestedListSize` for other lists. */
  maxCost: number;
  /** Largest page a list returns; also the page size when `limit` is not given. */
  maxListLimit: number;
  /** The size assumed for lists that are not paged (containers, conditions, …) when estimating cost. */
  nestedListSize: number;
  /** Largest request body (HTTP) or message (graphql-ws), in bytes. */
  maxBodyBytes: number;
}

export const DEFAULT_LIMITS: ApiLimits = {
  // The deepest path of the schema: a CronJob's pod template (jobTemplate.spec.template) down to
  // its node affinity's match expressions. A whole object must stay selectable.
  maxDepth: 14,
  maxCost: 5_000_000,
  maxListLimit: 500,
  nestedListSize: 5,
  maxBodyBytes: 4 * 1024 * 1024,
};

export function resolveLimits(overrides: Partial<ApiLimits> = {}): ApiLimits {
  const limits = { ...DEFAULT_LIMITS };
  for (const [key, value] of Object.entries(overrides) as [keyof ApiLimits, number | undefined][]) {
    if (value !== undefined) limits[key] = value;
  }
  return limits;
}

/** The page size of a list request: the limit asked for, capped; the cap when none is asked. */
export function pageSize(limit: number | null | undefined, max: number): number {
  if (limit === null || limit === undefined || limit === 0) return max;
  if (!Number.isInteger(limit) || limit < 0) throw new CapstanError('INVALID', `limit: must be a positive integer, not ${limit}`, [{ field: 'limit', message: 'must be a positive integer' }]);
  return Math.min(limit, max);
}

type Fragments = (name: string) => FragmentDefinitionNode | null | undefined;

function fieldsOf(selectionSet: SelectionSetNode | undefined, fragments: Fragments, seen: Set<string>): FieldNode[] {
  if (!selectionSet) return [];
  const out: FieldNode[] = [];
  for (const s of selectionSet.selections) {
    if (s.kind === Kind.FIELD) out.push(s);
    else if (s.kind === Kind.INLINE_FRAGMENT) out.push(...fieldsOf(s.selectionSet, fragments, seen));
    else {
      // A fragment spread cycle is reported by graphql's own rules; here it just stops.
      if (seen.has(s.name.value)) continue;
      const f = fragments(s.name.value);
      if (f) out.push(...fieldsOf(f.selectionSet, fragments, new Set([...seen, s.name.value])));
    }
  }
  return out;
}

/** Deepest nesting of fields below a selection set. `ofType` chains are finite and free. */
export function selectionDepth(selectionSet: SelectionSetNode | undefined, fragments: Fragments, seen = new Set<string>()): number {
  let max = 0;
  for (const f of fieldsOf(selectionSet, fragments, seen)) {
    const own = f.name.value === 'ofType' ? 0 : 1;
    max = Math.max(max, own + selectionDepth(f.selectionSet, fragments, seen));
  }
  return max;
}

export function depthLimitRule(maxDepth: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const depth = selectionDepth(node.selectionSet, (n) => context.getFragment(n));
      if (depth > maxDepth) {
        context.reportError(new GraphQLError(`the query is ${depth} levels deep; at most ${maxDepth} are allowed`, { nodes: [node] }));
      }
    },
  });
}

function fieldDef(schema: GraphQLSchema, parent: GraphQLCompositeType | undefined, name: string): GraphQLField<unknown, unknown> | undefined {
  if (name === SchemaMetaFieldDef.name && parent === schema.getQueryType()) return SchemaMetaFieldDef;
  if (name === TypeMetaFieldDef.name && parent === schema.getQueryType()) return TypeMetaFieldDef;
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
  if (parent && (isObjectType(parent) || isInterfaceType(parent))) return parent.getFields()[name];
  return undefined;
}

const introspectionSizes = new WeakMap<GraphQLSchema, Map<string, number>>();

/**
 * Real list sizes for introspection (`__Schema.types`, `__Type.fields`, …), from the schema
 * itself: introspection nests without end, so guessing low would let it run away.
 */
function introspectionListSize(schema: GraphQLSchema, parent: string, field: string): number | undefined {
  let sizes = introspectionSizes.get(schema);
  if (!sizes) {
    sizes = new Map();
    const types = Object.values(schema.getTypeMap());
    const mean = (counts: number[]) => Math.max(1, Math.ceil(counts.reduce((a, b) => a + b, 0) / Math.max(1, counts.length)));
    const fieldsOf = (t: unknown) => (isObjectType(t) || isInterfaceType(t) ? Object.values(t.getFields()) : []);
    const allFields = types.flatMap(fieldsOf);
    sizes.set('__Schema.types', types.length);
    sizes.set('__Schema.directives', schema.getDirectives().length);
    sizes.set('__Type.fields', mean(types.map((t) => fieldsOf(t).length)));
    sizes.set('__Type.inputFields', mean(types.map((t) => (isInputObjectType(t) ? Object.keys(t.getFields()).length : 0))));
    sizes.set('__Type.enumValues', mean(types.map((t) => (isEnumType(t) ? t.getValues().length : 0))));
    sizes.set('__Field.args', mean(allFields.map((f) => f.args.length)));
    sizes.set('__Directive.args', mean(schema.getDirectives().map((d) => d.args.length)));
    introspectionSizes.set(schema, sizes);
  }
  return sizes.get(`${parent}.${field}`) ?? (parent.startsWith('__') ? 1 : undefined);
}

/** The page size of a paged field (one with a `limit` argument): variables and no limit count as the maximum. */
function askedPage(field: FieldNode, def: GraphQLField<unknown, unknown> | undefined, limits: ApiLimits): number | undefined {
  if (!def?.args.some((a) => a.name === 'limit')) return undefined;
  const arg = field.arguments?.find((a) => a.name.value === 'limit');
  if (!arg) return limits.maxListLimit;
  if (arg.value.kind === Kind.INT) {
    const n = Number(arg.value.value);
    return n > 0 ? Math.min(n, limits.maxListLimit) : limits.maxListLimit;
  }
  return limits.maxListLimit;
}

/**
 * Estimated cost of a selection: each field costs 1 plus its children's cost times the size of
 * the list it returns. A paged list (a field with `limit`) has the page size, other lists
 * `nestedListSize`.
 */
export function selectionCost(
  schema: GraphQLSchema,
  selectionSet: SelectionSetNode | undefined,
  parent: GraphQLCompositeType | undefined,
  fragments: Fragments,
  limits: ApiLimits,
  page?: number,
  seen = new Set<string>(),
): number {
  let cost = 0;
  for (const s of selectionSet?.selections ?? []) {
    if (s.kind === Kind.INLINE_FRAGMENT) {
      const named = s.typeCondition ? schema.getType(s.typeCondition.name.value) : parent;
      cost += selectionCost(schema, s.selectionSet, named && isCompositeType(named) ? named : parent, fragments, limits, page, seen);
      continue;
    }
    if (s.kind === Kind.FRAGMENT_SPREAD) {
      if (seen.has(s.name.value)) continue;
      const f = fragments(s.name.value);
      const named = f ? schema.getType(f.typeCondition.name.value) : undefined;
      if (f) cost += selectionCost(schema, f.selectionSet, named && isCompositeType(named) ? named : parent, fragments, limits, page, new Set([...seen, s.name.value]));
      continue;
    }
    const def = fieldDef(schema, parent, s.name.value);
    const type = def?.type;
    const childParent = type ? getNamedType(type) : undefined;
    const isList = type ? isListType(getNullableType(type)) : false;
    const multiplier = isList ? (page ?? introspectionListSize(schema, parent!.name, s.name.value) ?? limits.nestedListSize) : 1;
    const childPage = askedPage(s, def, limits);
    const children = s.selectionSet
      ? selectionCost(schema, s.selectionSet, childParent && isCompositeType(childParent) ? childParent : undefined, fragments, limits, childPage, seen)
      : 0;
    cost += 1 + multiplier * children;
  }
  return cost;
}

export function costLimitRule(limits: ApiLimits): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const schema = context.getSchema();
      const root = schema.getRootType(node.operation) ?? undefined;
      const cost = selectionCost(schema, node.selectionSet, root, (n) => context.getFragment(n), limits);
      if (cost > limits.maxCost) {
        context.reportError(
          new GraphQLError(`the query is too costly: estimated cost ${cost} exceeds ${limits.maxCost} (select fewer fields, or ask for smaller pages with limit)`, {
            nodes: [node],
          }),
        );
      }
    },
  });
}

export function limitRules(limits: ApiLimits): ValidationRule[] {
  return [depthLimitRule(limits.maxDepth), costLimitRule(limits)];
}
