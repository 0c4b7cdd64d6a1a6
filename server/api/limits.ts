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
  ValueNode,
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
  /**
   * Highest estimated cost: fields, times the page size of paged lists, times `nestedListSize`
   * for other lists; a paged list also costs `listItemCost` per object of its page. Aliases
   * count as fields of their own, so 5,000 aliases of one list cost 5,000 lists.
   */
  maxCost: number;
  /**
   * What one object of a paged list costs besides its selected fields: reading it from the
   * database and decoding it, which happens whatever the query selects.
   */
  listItemCost: number;
  /** Largest page a list returns; also the page size when `limit` is not given. */
  maxListLimit: number;
  /** The size assumed for lists that are not paged (containers, conditions, …) when estimating cost. */
  nestedListSize: number;
  /** Largest request body (HTTP) or message (graphql-ws), in bytes. */
  maxBodyBytes: number;
  /** Deepest nesting of JSON input (variables, bodies) and of object arguments in a query. */
  maxInputDepth: number;
  /**
   * Most tokens a query document may have. The parser stops at the first one past it, so a
   * document of thousands of aliases is refused before it costs a full parse and validation
   * (which take about a second for 5,000 aliases).
   */
  maxQueryTokens: number;

  // ── fairness, per identity (fairness.ts); 0 means no limit ──────────────────────────────
  /** Requests per second of an identity that is neither an admin nor a node (token bucket refill). */
  rateLimit: number;
  /** How many requests such an identity may send at once before the rate applies (bucket size). */
  rateBurst: number;
  /** The same for node identities (agents). */
  nodeRateLimit: number;
  nodeRateBurst: number;
  /** The same for admins and system:masters (default: no limit). */
  adminRateLimit: number;
  adminRateBurst: number;
  /** Requests (not watches) one identity may have in flight; admins: `adminMaxInFlight`. */
  maxInFlight: number;
  adminMaxInFlight: number;
  /** Subscriptions one graphql-ws connection may hold. */
  maxSubscriptionsPerSocket: number;
  /** Subscriptions and REST watches one identity may hold across connections. */
  maxSubscriptionsPerIdentity: number;
  nodeMaxSubscriptionsPerIdentity: number;
  adminMaxSubscriptionsPerIdentity: number;

  // ── priority between kinds of request (priority.ts); 0 seats means no limit ─────────────────
  /** Requests other than admins' and nodes' heartbeats that run at once; the rest wait for a seat. */
  workloadSeats: number;
  /** Requests that may wait for a seat; more are refused (429) at once. */
  workloadQueueLength: number;
  /** How long a request may wait for a seat before it is refused (429). */
  workloadQueueWaitMs: number;

  // ── time (api-server.ts) ───────────────────────────────────────────────────────────────
  /** How long an HTTP request that is not a watch or stream may take before it is answered with a timeout. */
  requestTimeoutMs: number;
  /** How long a connection may take to send a request's headers, from its first byte or from connecting. */
  headersTimeoutMs: number;
  /** How long an idle keep-alive connection stays open between requests. */
  keepAliveTimeoutMs: number;
}

export const DEFAULT_LIMITS: ApiLimits = {
  // The deepest path of the schema: a CronJob's pod template (jobTemplate.spec.template) down to
  // its node affinity's match expressions. A whole object must stay selectable.
  maxDepth: 14,
  // A whole Pod list of 500 (every field) costs about 3.6 million; 100 bare lists of 500 reach it.
  maxCost: 5_000_000,
  listItemCost: 100,
  maxListLimit: 500,
  nestedListSize: 5,
  maxBodyBytes: 4 * 1024 * 1024,
  // A Pod is about 12 levels deep; JSON values (annotations aside) add a few more.
  maxInputDepth: 64,
  // A whole Pod list selecting every field is about 800 tokens; every list of the schema at once about 14,000.
  maxQueryTokens: 20_000,
  rateLimit: 100,
  rateBurst: 200,
  nodeRateLimit: 100,
  nodeRateBurst: 200,
  adminRateLimit: 0,
  adminRateBurst: 0,
  maxInFlight: 50,
  adminMaxInFlight: 0,
  maxSubscriptionsPerSocket: 200,
  maxSubscriptionsPerIdentity: 2_000,
  // An agent needs a handful; a node's identity is shared by nothing else, so more is harmless.
  nodeMaxSubscriptionsPerIdentity: 4_000,
  adminMaxSubscriptionsPerIdentity: 0,
  // A request's own work is ~0.3-1.5 ms of the event loop and its database round trip about as
  // long: 64 keep the loop and the statement batchers busy without letting a heartbeat queue
  // behind hundreds of requests.
  workloadSeats: 64,
  workloadQueueLength: 1_000,
  workloadQueueWaitMs: 5_000,
  requestTimeoutMs: 60_000,
  headersTimeoutMs: 30_000,
  // Longer than the gap between an agent's requests (a Lease renewal every 10 s): with Node's
  // 5 s every renewal opened a new connection, and 5,000 nodes overflowed the accept queue
  // (500 connects a second). Sent as `Keep-Alive: timeout=65`, which undici clients follow.
  keepAliveTimeoutMs: 65_000,
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
 * `nestedListSize`; the paged field itself costs `listItemCost` per object of its page, the
 * database work, even when it selects nothing of them.
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
    const reads = childPage === undefined ? 0 : childPage * limits.listItemCost;
    cost += 1 + reads + multiplier * children;
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
  return [depthLimitRule(limits.maxDepth), costLimitRule(limits), inputDepthRule(limits.maxInputDepth)];
}

/**
 * How deep a JSON value nests, counting no further than `max + 1` (walked without recursion: a
 * body may nest a million levels, and recursing through it would overflow the stack).
 */
export function jsonDepth(value: unknown, max: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth > deepest) deepest = depth;
    if (deepest > max) return deepest;
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return deepest;
}

/** Refuses JSON input (variables, a request body) nested deeper than `maxInputDepth`, as INVALID. */
export function assertInputDepth(value: unknown, limits: Pick<ApiLimits, 'maxInputDepth'>, what: string): void {
  if (jsonDepth(value, limits.maxInputDepth) > limits.maxInputDepth) {
    throw new CapstanError('INVALID', `${what} nests deeper than ${limits.maxInputDepth} levels`, [{ field: what, message: `nests deeper than ${limits.maxInputDepth} levels` }]);
  }
}

/** Object and list arguments written into the query itself, nested deeper than `maxDepth`. */
export function inputDepthRule(maxDepth: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    let depth = 0;
    let reported = false;
    const enter = (node: ValueNode) => {
      depth++;
      if (depth > maxDepth && !reported) {
        reported = true;
        context.reportError(new GraphQLError(`an argument nests deeper than ${maxDepth} levels`, { nodes: [node] }));
      }
    };
    const leave = () => {
      depth--;
    };
    return { ObjectValue: { enter, leave }, ListValue: { enter, leave } };
  };
}
