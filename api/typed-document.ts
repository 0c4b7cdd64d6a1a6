/**
 * A GraphQL document as the plain text a client sends, typed with its result and variables
 * (the operations in `generated/graphql.ts` are these). It is a `string`, so any client that
 * takes a query string takes it; a client that takes `TypedDocument<R, V>` infers `R` and `V`.
 */
export type TypedDocument<TResult, TVariables> = string & {
  /** Never set: only carries the types. */
  readonly __result?: TResult;
  readonly __variables?: TVariables;
};

/** The result type of a typed document. */
export type ResultOf<D> = D extends TypedDocument<infer R, unknown> ? R : never;

/** The variables type of a typed document. */
export type VariablesOf<D> = D extends TypedDocument<unknown, infer V> ? V : never;
