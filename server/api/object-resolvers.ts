/**
 * The resolvers every kind shares: get, list, create, replace, merge patch, delete, status
 * write and watch. Thin on purpose: authorize, turn arguments into the store's terms, call the
 * store or the watch hub, return the stored object as it is (the schema mirrors its JSON).
 */
import type { GraphQLResolveInfo } from 'graphql';
import { assertNoEscalation, isRbacKind } from '../auth/rbac-escalation.ts';
import { KINDS } from '../kinds/registry.ts';
import type { KindName, KObject } from '../kinds/types.ts';
import type { PropagationPolicy } from '../store/types.ts';
import type { ApiContext } from './context.ts';
import { mergePatch, optional, withoutNulls } from './input.ts';
import { pageSize } from './limits.ts';
import type { ApiWatchEvent } from './types.ts';
import { watchStream } from './watch-stream.ts';

type Maybe<T> = T | null | undefined;

interface ObjectArgs {
  namespace?: Maybe<string>;
  name: string;
}

interface ListArgs {
  namespace?: Maybe<string>;
  labelSelector?: Maybe<string>;
  fieldSelector?: Maybe<string>;
  limit?: Maybe<number>;
  continue?: Maybe<string>;
}

interface WatchArgs {
  namespace?: Maybe<string>;
  labelSelector?: Maybe<string>;
  fieldSelector?: Maybe<string>;
  resourceVersion?: Maybe<string>;
  sendInitialEvents?: Maybe<boolean>;
}

interface DeleteArgs extends ObjectArgs {
  resourceVersion?: Maybe<string>;
  propagationPolicy?: Maybe<PropagationPolicy>;
  gracePeriodSeconds?: Maybe<number>;
}

interface PatchArgs extends ObjectArgs {
  patch: unknown;
  resourceVersion?: Maybe<string>;
}

/** create/replace: the object argument is named after the kind (`pod`; for Namespace, `namespace`). */
type WriteArgs = { name?: string } & Record<string, unknown>;

interface StatusArgs extends ObjectArgs {
  status: unknown;
  resourceVersion?: Maybe<string>;
}

type Resolver<A, R> = (parent: unknown, args: A, ctx: ApiContext, info: GraphQLResolveInfo) => Promise<R>;

export interface KindResolvers {
  get: Resolver<ObjectArgs, KObject | null>;
  list: Resolver<ListArgs, { items: KObject[]; metadata: { resourceVersion: string; continue: string | null } }>;
  create: Resolver<WriteArgs, KObject>;
  replace: Resolver<WriteArgs & { name: string }, KObject>;
  patch: Resolver<PatchArgs, KObject>;
  delete: Resolver<DeleteArgs, KObject | null>;
  updateStatus: Resolver<StatusArgs, KObject>;
  watch: {
    subscribe: (parent: unknown, args: WatchArgs, ctx: ApiContext) => AsyncIterable<ApiWatchEvent>;
    resolve: (event: ApiWatchEvent) => ApiWatchEvent;
  };
}

/** `Pod` → `pod`, the name of the object argument of createPod/replacePod. */
export function objectArgName(kind: KindName): string {
  return kind[0]!.toLowerCase() + kind.slice(1);
}

export function kindResolvers(kind: KindName): KindResolvers {
  const def = KINDS[kind];
  const argName = objectArgName(kind);
  // Cluster-scoped kinds have no namespace; namespaced lists and watches span all without one.
  const scope = (namespace: Maybe<string>): string | undefined => (def.namespaced ? namespace || undefined : undefined);
  const objectOf = (args: WriteArgs): KObject => withoutNulls(args[argName]) as KObject;
  const namespaceOf = (args: WriteArgs): string | undefined => (def.namespaced ? scope(args.namespace as Maybe<string>) : undefined);

  return {
    async get(_, args, ctx) {
      const ns = scope(args.namespace);
      await ctx.authorize('get', kind, ns, args.name);
      return ctx.store.get(kind, ns, args.name);
    },

    async list(_, args, ctx) {
      const ns = scope(args.namespace);
      await ctx.authorize('list', kind, ns, undefined, { fieldSelector: optional(args.fieldSelector), labelSelector: optional(args.labelSelector) });
      const result = await ctx.store.list(kind, {
        namespace: ns,
        labelSelector: optional(args.labelSelector),
        fieldSelector: optional(args.fieldSelector),
        limit: pageSize(args.limit, ctx.limits.maxListLimit),
        continue: optional(args.continue) || undefined,
      });
      return { items: result.items, metadata: { resourceVersion: result.resourceVersion, continue: result.continue || null } };
    },

    async create(_, args, ctx) {
      const ns = namespaceOf(args);
      const obj = objectOf(args);
      await ctx.authorize('create', kind, ns, obj.metadata?.name);
      await assertNoEscalation(ctx, kind, ns, obj);
      return ctx.store.create(kind, ns, obj);
    },

    async replace(_, args, ctx) {
      const ns = namespaceOf(args);
      await ctx.authorize('update', kind, ns, args.name);
      const obj = objectOf(args);
      await assertNoEscalation(ctx, kind, ns, { ...obj, metadata: { ...obj.metadata, name: args.name } });
      return ctx.store.replace(kind, ns, args.name, obj, { resourceVersion: obj.metadata?.resourceVersion || undefined });
    },

    async patch(_, args, ctx) {
      const ns = scope(args.namespace);
      await ctx.authorize('patch', kind, ns, args.name);
      // RBAC objects are checked as the patch leaves them (escalation prevention).
      if (isRbacKind(kind)) {
        const patched = await ctx.store.patch(kind, ns, args.name, mergePatch(args.patch), { resourceVersion: optional(args.resourceVersion), dryRun: true });
        await assertNoEscalation(ctx, kind, ns, patched);
      }
      return ctx.store.patch(kind, ns, args.name, mergePatch(args.patch), { resourceVersion: optional(args.resourceVersion) });
    },

    async delete(_, args, ctx) {
      const ns = scope(args.namespace);
      await ctx.authorize('delete', kind, ns, args.name);
      return ctx.store.delete(kind, ns, args.name, {
        resourceVersion: optional(args.resourceVersion),
        propagationPolicy: optional(args.propagationPolicy),
        gracePeriodSeconds: optional(args.gracePeriodSeconds),
      });
    },

    async updateStatus(_, args, ctx) {
      const ns = scope(args.namespace);
      await ctx.authorize('update', `${kind}/status`, ns, args.name);
      return ctx.store.updateStatus(kind, ns, args.name, withoutNulls(args.status), { resourceVersion: optional(args.resourceVersion) });
    },

    watch: {
      subscribe(_, args, ctx) {
        const ns = scope(args.namespace);
        return watchStream(async function* (signal) {
          await ctx.authorize('watch', kind, ns, undefined, { fieldSelector: optional(args.fieldSelector), labelSelector: optional(args.labelSelector) });
          // Unsubscribed while authorizing: the hub would never hear of the abort.
          if (signal.aborted) return;
          yield* ctx.hub.watch(kind, {
            namespace: ns,
            labelSelector: optional(args.labelSelector),
            fieldSelector: optional(args.fieldSelector),
            resourceVersion: optional(args.resourceVersion),
            sendInitialEvents: optional(args.sendInitialEvents),
            signal,
          });
        }, ctx.watches);
      },
      resolve: (event) => event,
    },
  };
}
